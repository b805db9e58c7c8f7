"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createUserAction, type CreateUserState } from "@/app/[locale]/admin/users/actions";
import { ROLES } from "@/lib/auth/roles";
import { PASSWORD_LIMITS } from "@/lib/validations/users";
import { errorProps, FieldError, UserInput } from "./field-error";
import { FailureMessage, OneTimePassword, SuccessMessage } from "./result-message";
import { Button } from "@/components/ui/button";
import { stackedInputClass } from "@/components/ui/stacked-input";
import { Label } from "@/components/ui/label";

export function CreateUserForm() {
  const t = useTranslations();
  const [state, action, pending] = useActionState<CreateUserState, FormData>(createUserAction, { result: null });
  const result = state.result;
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form action={action} noValidate className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2" data-testid="create-user-form">
      <UserInput
        id="new-email"
        label={t("users.email")}
        field="email"
        errors={errors}
        type="email"
        autoComplete="off"
        required
        maxLength={254}
        defaultValue={state.values?.email}
      />
      <UserInput
        id="new-name"
        label={t("users.name")}
        field="name"
        errors={errors}
        required
        maxLength={100}
        autoComplete="off"
        defaultValue={state.values?.name}
      />
      <div>
        <Label htmlFor="new-role">{t("users.role")}</Label>
        <select
          id="new-role"
          name="role"
          defaultValue={state.values?.role || "VIEWER"}
          className={stackedInputClass}
          {...errorProps("new-role", errors, "role")}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
        <FieldError id="new-role" errors={errors} field="role" />
      </div>
      <UserInput
        id="new-password"
        label={t("users.initialPassword")}
        field="password"
        errors={errors}
        hint={t("users.passwordHint")}
        type="password"
        autoComplete="new-password"
        maxLength={PASSWORD_LIMITS.max + 1}
      />
      <div className="space-y-2 sm:col-span-2">
        {result && !result.ok && <FailureMessage failure={result} />}
        {result?.ok && <SuccessMessage>{t("users.created", { email: result.user.email })}</SuccessMessage>}
        {result?.ok && result.generatedPassword && (
          <OneTimePassword label={t("users.oneTimePassword", { email: result.user.email })} password={result.generatedPassword} />
        )}
        <Button type="submit" variant="primary" size="lg" disabled={pending}>
          {t("users.create")}
        </Button>
      </div>
    </form>
  );
}
