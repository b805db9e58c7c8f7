"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { clearLockAction, type ClearLockState } from "./actions";
import { Button } from "@/components/ui/button";

export function ClearLockForm({ lockKey, label }: { lockKey: string; label: string }) {
  const t = useTranslations("signInLocks");
  const [state, action, pending] = useActionState<ClearLockState, FormData>(clearLockAction, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="key" value={lockKey} />
      <Button type="submit" size="sm" disabled={pending} aria-label={t("clearFor", { subject: label })}>
        {t("clear")}
      </Button>
      {state && !state.ok && (
        <span role="alert" className="text-sm text-red-800">
          {t(`errors.${state.code}`)}
        </span>
      )}
      {state?.ok && !state.cleared && (
        <span role="status" className="text-sm text-slate-700">
          {t("alreadyGone")}
        </span>
      )}
    </form>
  );
}
