"use client";
import { useTranslations } from "next-intl";
import { diffRecords, displayValue } from "@/lib/curation/diff";
import type { ConflictInfo } from "@/lib/mutations/curated/result";

/** "Their version beside yours": shown when a save was refused because someone saved first. */
export function ConflictPanel(props: { conflict: ConflictInfo; mine: Record<string, unknown>; onLoadTheirs: () => void; onKeepMine: () => void }) {
  const t = useTranslations("curation");
  const changes = diffRecords(props.conflict.theirs, props.mine);
  return (
    <section role="alert" aria-labelledby="conflict-title" className="rounded border-2 border-amber-400 bg-amber-50 p-4" data-testid="conflict-panel">
      <h2 id="conflict-title" className="text-lg font-semibold">{t("conflict.title")}</h2>
      <p className="text-sm">{t("conflict.by", { by: props.conflict.by ?? "?", at: props.conflict.at.replace("T", " ").slice(0, 19) + " UTC", version: props.conflict.currentVersion })}</p>
      <p className="text-sm">{t("conflict.explain")}</p>
      <div className="mt-2 overflow-x-auto">
        <table className="min-w-full text-left text-sm">
          <thead>
            <tr>
              <th scope="col" className="pr-3">{t("conflict.field")}</th>
              <th scope="col" className="pr-3">{t("conflict.theirs")}</th>
              <th scope="col" className="pr-3">{t("conflict.yours")}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.field} className="border-t border-amber-200 align-top">
                <th scope="row" className="pr-3 font-medium">{t.has(`fields.${c.field}`) ? t(`fields.${c.field}`) : c.field}</th>
                <td className="pr-3" data-testid={`theirs-${c.field}`}>{displayValue(c.before)}</td>
                <td className="pr-3" data-testid={`yours-${c.field}`}>{displayValue(c.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-3 flex flex-wrap gap-3">
        <button type="button" onClick={props.onLoadTheirs} className="rounded border border-slate-400 bg-white px-3 py-1.5 text-sm">{t("conflict.loadTheirs")}</button>
        <button type="button" onClick={props.onKeepMine} className="rounded bg-amber-700 px-3 py-1.5 text-sm text-white">{t("conflict.keepMine")}</button>
      </div>
    </section>
  );
}
