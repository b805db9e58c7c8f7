"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { restoreRevisionAction } from "@/app/[locale]/admin/[entity]/actions";

export function RestoreButton(props: { entity: string; id: string; revisionId: string; version: number }) {
  const t = useTranslations("curation");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <span className="flex items-center gap-2">
      <button type="button" disabled={pending} className="rounded border border-brand-700 px-2 py-1 text-xs text-brand-700"
        onClick={() => start(async () => {
          const r = await restoreRevisionAction(props.entity, props.id, props.revisionId, props.version);
          setMessage(r.ok ? t("form.restored", { version: r.version }) : r.message);
          if (r.ok) router.refresh();
        })}>
        {t("history.restore")}
      </button>
      {message && <span role="status" className="text-xs">{message}</span>}
    </span>
  );
}
