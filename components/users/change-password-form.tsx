"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { changePasswordAction, type ChangePasswordState } from "@/app/[locale]/account/password/actions";
import { PASSWORD_LIMITS } from "@/lib/validations/users";
import { UserInput } from "./field-error";
import { FailureMessage, SuccessMessage } from "./result-message";
import { Button } from "@/components/ui/button";

type Field = { name: "currentPassword" | "newPassword" | "confirmPassword"; autoComplete: string; hint?: boolean };
const FIELDS: Field[] = [
  { name: "currentPassword", autoComplete: "current-password" },
  { name: "newPassword", autoComplete: "new-password", hint: true },
  { name: "confirmPassword", autoComplete: "new-password" },
];

export function ChangePasswordForm({ email }: { email: string }) {
  const t = useTranslations("account");
  const [state, action, pending] = useActionState<ChangePasswordState, FormData>(changePasswordAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} noValidate className="space-y-4" data-testid="change-password-form">
      {/* Lets password managers file the new password under the right account (no name: not submitted). */}
      <input type="text" autoComplete="username" value={email} readOnly hidden />
      {FIELDS.map(({ name, autoComplete, hint }) => (
        <UserInput
          key={name}
          id={`pw-${name}`}
          label={t(name)}
          field={name}
          errors={errors}
          hint={hint && t("newPasswordHint")}
          type="password"
          autoComplete={autoComplete}
          required
          maxLength={PASSWORD_LIMITS.max + 1}
        />
      ))}
      {state && !state.ok && !Object.keys(state.fieldErrors).some((f) => f !== "_form") && <FailureMessage failure={state} />}
      {state?.ok && <SuccessMessage>{t("changed")}</SuccessMessage>}
      <Button type="submit" variant="primary" size="lg" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
