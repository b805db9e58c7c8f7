"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { login, type LoginState } from "../actions";
import { Button } from "@/components/ui/button";
import { StackedInput } from "@/components/ui/stacked-input";

export function LoginForm({ locale, next }: { locale: string; next?: string }) {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState<LoginState, FormData>(login, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {next && <input type="hidden" name="next" value={next} />}
      <StackedInput
        id="email"
        label={t("email")}
        name="email"
        type="email"
        autoComplete="username"
        required
        defaultValue={state.email}
        aria-invalid={!!state.error}
        aria-describedby={state.error ? "login-error" : undefined}
      />
      <StackedInput
        id="password"
        label={t("password")}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        aria-invalid={!!state.error}
        aria-describedby={state.error ? "login-error" : undefined}
      />
      {state.error && (
        <p id="login-error" role="alert" className="rounded bg-red-50 p-2 text-sm text-red-800">
          {t(state.error)}
        </p>
      )}
      <Button type="submit" variant="primary" size="lg" className="w-full" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
