"use client";
import { useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { restoreRevisionAction } from "@/app/[locale]/admin/[entity]/actions";

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
      <button type="button" className="rounded border border-brand-700 px-2 py-1 text-xs text-brand-700" onClick={() => dialog.current?.showModal()}>
        {t("button")}
      </button>
      {message && <span role="status" className="text-xs" data-testid="restore-message">{message}</span>}
      <dialog ref={dialog} aria-labelledby={titleId} className="m-auto max-w-2xl rounded-lg border border-slate-300 p-5 shadow-xl backdrop:bg-slate-900/40" data-testid="restore-dialog">
        <h2 id={titleId} className="text-lg font-semibold">{t("title", { version: p.fromVersion })}</h2>
        <p className="mt-2 text-sm font-medium">{p.mode === "publish" ? t("willPublish") : t("willDraft")}</p>
        {p.replacesDraftBy && <p className="mt-1 text-sm text-amber-900">{t("replacesDraft", { by: p.replacesDraftBy })}</p>}
        {p.undeletes && <p className="mt-1 text-sm text-amber-900">{t("undeletes")}</p>}
        {p.changes.length === 0 ? (
          <p className="mt-3 text-sm text-slate-600">{t("noChanges")}</p>
        ) : (
          <div className="mt-3 max-h-96 overflow-auto">
            <table className="min-w-full text-left text-sm" data-testid="restore-diff">
              <thead>
                <tr className="border-b border-slate-200">
                  <th scope="col" className="pr-3">{t("field")}</th>
                  <th scope="col" className="pr-3">{t("current")}</th>
                  <th scope="col" className="pr-3">{t("restored")}</th>
                </tr>
              </thead>
              <tbody>
                {p.changes.map((c) => (
                  <tr key={c.field} className="border-t border-slate-100 align-top" data-field={c.field}>
                    <th scope="row" className="pr-3 font-medium">{c.label}</th>
                    <td className="pr-3 text-red-800">{c.current}</td>
                    <td className="pr-3 text-emerald-900">{c.restored}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <div className="mt-4 flex justify-end gap-3">
          <button type="button" className="rounded border border-slate-400 px-3 py-1.5 text-sm" onClick={() => dialog.current?.close()}>{t("cancel")}</button>
          <button type="button" disabled={pending} className="rounded bg-brand-700 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60" onClick={confirm}>
            {p.mode === "publish" ? t("confirm") : t("confirmDraft")}
          </button>
        </div>
      </dialog>
    </span>
  );
}
