"use client";
// The dry run's (or the applied import's) rows: what each row does, its field changes old → new, and its problems
// by column. Unchanged rows are hidden unless asked for; a large file's rows are trimmed by the server action.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { displayValue } from "@/lib/curation/diff";
import type { ImportPreview as Preview } from "@/lib/mutations/curated/import-records";

const BADGE: Record<string, string> = {
  create: "bg-emerald-100 text-emerald-900", update: "bg-sky-100 text-sky-900", unchanged: "bg-slate-100 text-slate-700",
  conflict: "bg-amber-100 text-amber-900", error: "bg-red-100 text-red-900",
};

export function ImportPreview({ preview }: { preview: Preview }) {
  const t = useTranslations("import");
  const [showUnchanged, setShowUnchanged] = useState(false);
  const rows = preview.rows.filter((r) => showUnchanged || r.action !== "unchanged");
  return (
    <div className="space-y-2">
      {preview.counts.unchanged > 0 && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={showUnchanged} onChange={(e) => setShowUnchanged(e.target.checked)} /> {t("showUnchanged")}
        </label>
      )}
      <div className="overflow-x-auto">
        <table className="min-w-full text-left text-sm" data-testid="import-preview">
          <thead>
            <tr><th scope="col" className="pr-3">{t("row")}</th><th scope="col" className="pr-3">{t("key")}</th><th scope="col" className="pr-3">{t("action")}</th><th scope="col">{t("details")}</th></tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.row} className="border-t border-slate-200 align-top" data-row={r.row} data-action={r.action}>
                <td className="pr-3">{r.row}</td>
                <td className="pr-3 font-mono text-xs">{r.key || "—"}</td>
                <td className="pr-3">
                  <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${BADGE[r.action]}`}>{t(`actions.${r.action}`)}</span>
                  {r.asDraft && <span className="ml-1 text-xs text-slate-600">({t("asDraft")})</span>}
                </td>
                <td>
                  {r.problems.length > 0 && (
                    <ul className="text-red-800">
                      {r.problems.map((p) => <li key={p.column}><span className="font-mono text-xs">{p.column}</span>: {p.message}</li>)}
                    </ul>
                  )}
                  {r.action !== "error" && r.action !== "conflict" && r.changes.length > 0 && (
                    <ul>
                      {r.changes.map((c) => (
                        <li key={c.field}>
                          <span className="font-mono text-xs">{c.field}</span>:{" "}
                          {r.action === "update" && <><del className="text-slate-500">{displayValue(c.before)}</del> → </>}
                          <ins className="no-underline font-medium">{displayValue(c.after)}</ins>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {(preview.omitted ?? 0) > 0 && <p className="text-sm text-slate-600">{t("more", { count: preview.omitted ?? 0 })}</p>}
    </div>
  );
}
