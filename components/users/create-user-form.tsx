"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createUserAction, type CreateUserState } from "@/app/[locale]/admin/users/actions";
import { ROLES } from "@/lib/auth/roles";
import { PASSWORD_LIMITS } from "@/lib/validations/users";
import { errorProps, FieldError } from "./field-error";
import { FailureMessage, OneTimePassword, SuccessMessage } from "./result-message";
import { Button } from "@/components/ui/button";

const input = "mt-1 w-full rounded border border-slate-300 px-3 py-2";

export function CreateUserForm() {
  const t = useTranslations();
  const [state, action, pending] = useActionState<CreateUserState, FormData>(createUserAction, { result: null });
  const result = state.result;
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form action={action} noValidate className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2" data-testid="create-user-form">
      <div>
        <label htmlFor="new-email" className="block text-sm font-medium">
          {t("users.email")}
        </label>
        <input
          id="new-email"
          name="email"
          type="email"
          autoComplete="off"
          required
          maxLength={254}
          defaultValue={state.values?.email}
          className={input}
          {...errorProps("new-email", errors, "email")}
        />
        <FieldError id="new-email" errors={errors} field="email" />
      </div>
      <div>
        <label htmlFor="new-name" className="block text-sm font-medium">
          {t("users.name")}
        </label>
        <input
          id="new-name"
          name="name"
          required
          maxLength={100}
          autoComplete="off"
          defaultValue={state.values?.name}
          className={input}
          {...errorProps("new-name", errors, "name")}
        />
        <FieldError id="new-name" errors={errors} field="name" />
      </div>
      <div>
        <label htmlFor="new-role" className="block text-sm font-medium">
          {t("users.role")}
        </label>
        <select id="new-role" name="role" defaultValue={state.values?.role || "VIEWER"} className={input} {...errorProps("new-role", errors, "role")}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
        <FieldError id="new-role" errors={errors} field="role" />
      </div>
      <div>
        <label htmlFor="new-password" className="block text-sm font-medium">
          {t("users.initialPassword")}
        </label>
        <input
          id="new-password"
          name="password"
          type="password"
          autoComplete="new-password"
          maxLength={PASSWORD_LIMITS.max + 1}
          className={input}
          {...errorProps("new-password", errors, "password")}
          aria-describedby={errors?.password?.length ? "new-password-error new-password-hint" : "new-password-hint"}
        />
        <p id="new-password-hint" className="mt-1 text-sm text-slate-600">
          {t("users.passwordHint")}
        </p>
        <FieldError id="new-password" errors={errors} field="password" />
      </div>
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
