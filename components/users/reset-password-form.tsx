"use client";
import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import { resetPasswordAction, type ResetPasswordState } from "@/app/[locale]/admin/users/actions";
import { PASSWORD_LIMITS } from "@/lib/validations/users";
import { errorProps, FieldError } from "./field-error";
import { FailureMessage, OneTimePassword, SuccessMessage } from "./result-message";
import { Button } from "@/components/ui/button";

/** Sets a chosen password or generates one; a generated password is shown here once and never again. */
export function ResetPasswordForm({ id, email }: { id: string; email: string }) {
  const t = useTranslations("users");
  const fieldId = `reset-${useId().replace(/:/g, "")}`;
  const [state, action, pending] = useActionState<ResetPasswordState, FormData>(resetPasswordAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <details className="text-sm" data-testid={`reset-${email}`}>
      <summary className="cursor-pointer text-brand-700 underline">{t("resetPassword")}</summary>
      <form action={action} className="mt-2 space-y-2" noValidate>
        <input type="hidden" name="id" value={id} />
        <label htmlFor={fieldId} className="block">
          {t("newPasswordFor", { email })}
        </label>
        <input
          id={fieldId}
          name="password"
          type="password"
          autoComplete="new-password"
          maxLength={PASSWORD_LIMITS.max + 1}
          className="w-full min-w-48 rounded border border-slate-300 px-2 py-1"
          {...errorProps(fieldId, errors, "password")}
        />
        <FieldError id={fieldId} errors={errors} field="password" />
        <p className="text-slate-600">{t("passwordHint")}</p>
        <Button type="submit" variant="outline" disabled={pending}>
          {t("resetSubmit")}
        </Button>
        {state && !state.ok && <FailureMessage failure={state} />}
        {state?.ok && !state.generatedPassword && <SuccessMessage>{t("resetDone", { email })}</SuccessMessage>}
        {state?.ok && state.generatedPassword && <OneTimePassword label={t("oneTimePassword", { email })} password={state.generatedPassword} />}
      </form>
    </details>
  );
}
