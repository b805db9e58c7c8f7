"use client";
import { useTranslations } from "next-intl";
import type { UserFailure } from "@/lib/mutations/users";

/** The form-level message for a refused action (role, session, lock, last admin …), translated by code. */
export function FailureMessage({ failure }: { failure: UserFailure }) {
  const t = useTranslations("users.codes");
  const time = failure.lockedUntil ? failure.lockedUntil.slice(0, 16).replace("T", " ") : "";
  return (
    <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-800" data-testid="form-error">
      {t(failure.code, { time })}
    </p>
  );
}

export function SuccessMessage({ children }: { children: React.ReactNode }) {
  return (
    <p role="status" className="rounded bg-green-50 p-2 text-sm text-green-900" data-testid="form-success">
      {children}
    </p>
  );
}

/** A password returned once by the server; selectable in one click for copying. */
export function OneTimePassword({ label, password }: { label: string; password: string }) {
  return (
    <div role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
      <p>{label}</p>
      <code className="mt-1 block select-all break-all rounded bg-white px-2 py-1 font-mono text-base text-slate-900" data-testid="one-time-password">
        {password}
      </code>
    </div>
  );
}
