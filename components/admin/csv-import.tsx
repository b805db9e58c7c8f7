"use client";
import { useId, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { importFiguresAction } from "@/app/[locale]/admin/import/actions";
import type { RowProblem } from "@/lib/mutations/curated/import-figures";
import { MAX_CSV_BYTES, MAX_CSV_MB } from "@/lib/curation/import-limits";

type Outcome = { kind: "checked" | "imported"; total: number; created: number; problems: RowProblem[]; preview: Record<string, unknown>[] } | { kind: "error"; message: string };

export function CsvImport({ canPublish }: { canPublish: boolean }) {
  const t = useTranslations("curation");
  const fileErrorId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [publish, setPublish] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, start] = useTransition();
  const send = (dryRun: boolean) =>
    start(async () => {
      if (!file) return;
      const form = new FormData();
      form.set("file", file);
      form.set("dryRun", String(dryRun));
      form.set("publish", String(publish));
      let r: Awaited<ReturnType<typeof importFiguresAction>>;
      try {
        r = await importFiguresAction(form);
      } catch {
        return setOutcome({ kind: "error", message: t("import.sendError") });
      }
      if (!r.ok) {
        if (r.fieldErrors?.file) setFileError(r.fieldErrors.file);
        return setOutcome({ kind: "error", message: r.code === "busy" ? t("errors.busy") : r.message });
      }
      setOutcome({ kind: dryRun ? "checked" : "imported", total: r.total, created: r.created, problems: r.problems, preview: r.preview });
    });
  const clean = outcome && outcome.kind === "checked" && outcome.problems.length === 0;
  return (
    <div className="space-y-4">
      <label className="block text-sm font-medium">
        {t("import.file")}
        <input type="file" accept=".csv,text/csv" className="mt-1 block text-sm" aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? fileErrorId : undefined} onChange={(e) => {
            setOutcome(null);
            const chosen = e.target.files?.[0] ?? null;
            // Refused here, before anything is sent; the server checks the size again.
            const tooLarge = chosen !== null && chosen.size > MAX_CSV_BYTES;
            setFileError(tooLarge ? t("import.tooLarge", { max: MAX_CSV_MB }) : null);
            setFile(tooLarge ? null : chosen);
          }} />
      </label>
      {fileError && <p id={fileErrorId} className="text-sm text-red-800" data-testid="import-file-error">{fileError}</p>}
      {canPublish && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={publish} onChange={(e) => { setPublish(e.target.checked); setOutcome(null); }} /> {t("import.publish")}
        </label>
      )}
      <div className="flex flex-wrap gap-3">
        <button type="button" disabled={!file || pending} onClick={() => send(true)} className="rounded border border-brand-700 px-4 py-2 text-sm text-brand-700 disabled:opacity-50">{t("import.check")}</button>
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
