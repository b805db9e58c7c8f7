"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { clearLockAction, type ClearLockState } from "./actions";

export function ClearLockForm({ lockKey, label }: { lockKey: string; label: string }) {
  const t = useTranslations("signInLocks");
  const [state, action, pending] = useActionState<ClearLockState, FormData>(clearLockAction, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="key" value={lockKey} />
      <button type="submit" disabled={pending} aria-label={t("clearFor", { subject: label })}
        className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-60">
        {t("clear")}
      </button>
      {state && !state.ok && <span role="alert" className="text-sm text-red-800">{t(`errors.${state.code}`)}</span>}
      {state?.ok && !state.cleared && <span role="status" className="text-sm text-slate-700">{t("alreadyGone")}</span>}
    </form>
  );
}
