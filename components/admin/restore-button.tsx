"use client";
import { useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { restoreRevisionAction } from "@/app/[locale]/admin/[entity]/actions";
import { Button } from "@/components/ui/button";
import { DiffTable } from "./diff-table";

export type RestorePreview = {
  /** The revision's version whose values come back. */
  fromVersion: number;
  /** What the restore will do for this user: publish at once (admins) or save a draft for review (editors). */
  mode: "publish" | "draft";
  /** Field label, value now, value after the restore (formatted). */
  changes: { field: string; label: string; current: string; restored: string }[];
  /** Who saved the pending draft that an admin's restore replaces (null: no pending draft). */
  replacesDraftBy: string | null;
  undeletes: boolean;
};

/**
 * Restore with a confirmation first: the dialog says what will happen (published at once, or a draft for review)
 * and shows the values that come back beside the current ones. Nothing is written before "Restore" is confirmed.
 */
export function RestoreButton(props: { entity: string; id: string; revisionId: string; version: number; preview: RestorePreview }) {
  const t = useTranslations("review.restore");
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const p = props.preview;
  const titleId = `restore-title-${props.revisionId}`;
  const confirm = () =>
    start(async () => {
      const r = await restoreRevisionAction(props.entity, props.id, props.revisionId, props.version);
      dialog.current?.close();
      if (r.ok) {
        setMessage(t(r.mode === "publish" ? "donePublished" : "doneDraft", { from: p.fromVersion, version: r.version }));
        router.refresh();
      } else setMessage(r.message);
    });
  return (
    <span className="flex items-center gap-2">
      <Button variant="outline" size="sm" onClick={() => dialog.current?.showModal()}>
        {t("button")}
      </Button>
      {message && (
        <span role="status" className="text-xs" data-testid="restore-message">
          {message}
        </span>
      )}
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="m-auto max-w-2xl rounded-lg border border-slate-300 p-5 shadow-xl backdrop:bg-slate-900/40"
        data-testid="restore-dialog"
      >
        <h2 id={titleId} className="text-lg font-semibold">
          {t("title", { version: p.fromVersion })}
        </h2>
        <p className="mt-2 text-sm font-medium">{p.mode === "publish" ? t("willPublish") : t("willDraft")}</p>
        {p.replacesDraftBy && <p className="mt-1 text-sm text-amber-900">{t("replacesDraft", { by: p.replacesDraftBy })}</p>}
        {p.undeletes && <p className="mt-1 text-sm text-amber-900">{t("undeletes")}</p>}
        <DiffTable
          frameClassName="mt-3 max-h-96 overflow-y-auto"
          data-testid="restore-diff"
          mark="color"
          columns={{ field: t("field"), before: t("current"), after: t("restored") }}
          rows={p.changes.map((c) => ({ field: c.field, label: c.label, before: c.current, after: c.restored }))}
          empty={t("noChanges")}
        />
        <div className="mt-4 flex justify-end gap-3">
          <Button onClick={() => dialog.current?.close()}>{t("cancel")}</Button>
          <Button variant="primary" disabled={pending} onClick={confirm}>
            {p.mode === "publish" ? t("confirm") : t("confirmDraft")}
          </Button>
        </div>
      </dialog>
    </span>
  );
}
