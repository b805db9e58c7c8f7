"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { importFiguresAction } from "@/app/[locale]/admin/import/actions";
import type { RowProblem } from "@/lib/mutations/curated/engine";

type Outcome = { kind: "checked" | "imported"; total: number; created: number; problems: RowProblem[]; preview: Record<string, unknown>[] } | { kind: "error"; message: string };

export function CsvImport({ canPublish }: { canPublish: boolean }) {
  const t = useTranslations("curation");
  const [csv, setCsv] = useState<string | null>(null);
  const [publish, setPublish] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, start] = useTransition();
  const send = (dryRun: boolean) =>
    start(async () => {
      const r = await importFiguresAction({ csv: csv ?? "", dryRun, publish });
      if (!r.ok) return setOutcome({ kind: "error", message: r.message });
      setOutcome({ kind: dryRun ? "checked" : "imported", total: r.total, created: r.created, problems: r.problems, preview: r.preview });
    });
  const clean = outcome && outcome.kind === "checked" && outcome.problems.length === 0;
  return (
    <div className="space-y-4">
      <label className="block text-sm font-medium">
        {t("import.file")}
        <input type="file" accept=".csv,text/csv" className="mt-1 block text-sm" onChange={async (e) => {
          setOutcome(null);
          const file = e.target.files?.[0];
          try {
            setCsv(file ? await file.text() : null);
          } catch {
            setOutcome({ kind: "error", message: t("import.readError") });
          }
        }} />
      </label>
      {canPublish && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={publish} onChange={(e) => { setPublish(e.target.checked); setOutcome(null); }} /> {t("import.publish")}
        </label>
      )}
      <div className="flex flex-wrap gap-3">
        <button type="button" disabled={!csv || pending} onClick={() => send(true)} className="rounded border border-brand-700 px-4 py-2 text-sm text-brand-700 disabled:opacity-50">{t("import.check")}</button>
        <button type="button" disabled={!clean || pending} onClick={() => send(false)} className="rounded bg-brand-700 px-4 py-2 text-sm text-white disabled:opacity-50">
          {t("import.commit", { count: outcome && outcome.kind !== "error" ? outcome.total : 0 })}
        </button>
      </div>
      {outcome?.kind === "error" && <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-800">{outcome.message}</p>}
      {outcome && outcome.kind !== "error" && (
        <div role="status" className="space-y-3" data-testid="import-outcome">
          {outcome.kind === "imported" && outcome.problems.length === 0 ? (
            <p className="rounded bg-emerald-50 p-2 text-sm text-emerald-900">{t("import.imported", { count: outcome.created })}</p>
          ) : outcome.problems.length === 0 ? (
            <p className="rounded bg-emerald-50 p-2 text-sm text-emerald-900">{t("import.ok", { count: outcome.total })}</p>
          ) : (
            <>
              <p className="rounded bg-red-50 p-2 text-sm text-red-800">{t("import.problems", { count: outcome.problems.length })}</p>
              <div className="overflow-x-auto">
                <table className="min-w-full text-left text-sm" data-testid="import-problems">
                  <thead><tr><th scope="col" className="pr-3">{t("import.row")}</th><th scope="col" className="pr-3">{t("import.field")}</th><th scope="col">{t("import.problem")}</th></tr></thead>
                  <tbody>
                    {outcome.problems.flatMap((p) => Object.entries(p.fieldErrors).map(([field, message]) => (
                      <tr key={`${p.row}-${field}`} className="border-t border-slate-200"><td className="pr-3">{p.row}</td><td className="pr-3">{field}</td><td>{message}</td></tr>
                    )))}
                  </tbody>
                </table>
              </div>
            </>
          )}
          {outcome.kind === "checked" && outcome.preview.length > 0 && (
            <details>
              <summary className="cursor-pointer text-sm font-medium">{t("import.preview")}</summary>
              <ul className="ml-5 list-disc text-sm">
                {outcome.preview.slice(0, 10).map((r, i) => <li key={i}>{String(r.slug)} — {String(r.actorName)} · {String(r.amount || r.valueText)} {String(r.currency ?? "")}</li>)}
              </ul>
            </details>
          )}
        </div>
      )}
    </div>
  );
}
