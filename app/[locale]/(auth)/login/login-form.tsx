"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { login, type LoginState } from "../actions";
import { Button } from "@/components/ui/button";

export function LoginForm({ locale, next }: { locale: string; next?: string }) {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState<LoginState, FormData>(login, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {next && <input type="hidden" name="next" value={next} />}
      <div>
        <label htmlFor="email" className="block text-sm font-medium">
          {t("email")}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          aria-invalid={!!state.error}
          aria-describedby={state.error ? "login-error" : undefined}
          className="mt-1 w-full rounded border border-slate-300 px-3 py-2"
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">
          {t("password")}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={!!state.error}
          aria-describedby={state.error ? "login-error" : undefined}
          className="mt-1 w-full rounded border border-slate-300 px-3 py-2"
        />
      </div>
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
