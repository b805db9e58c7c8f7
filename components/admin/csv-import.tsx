"use client";
import { useId, useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { importCsvAction } from "@/app/[locale]/admin/import/actions";
import type { ImportPreview as Preview } from "@/lib/mutations/curated/import-records";
import type { EntityName } from "@/lib/validations/curated";
import { MAX_CSV_BYTES, MAX_CSV_MB } from "@/lib/curation/import-limits";
import { ImportPreview } from "./import-preview";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";

type Outcome = { kind: "checked" | "applied" | "refused"; message?: string; preview: Preview } | { kind: "error"; message: string };

export function CsvImport({ entity, canPublish }: { entity: EntityName; canPublish: boolean }) {
  const t = useTranslations("import");
  const locale = useLocale();
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
      form.set("entity", entity);
      form.set("locale", locale);
      form.set("file", file);
      form.set("dryRun", String(dryRun));
      form.set("publish", String(publish));
      let r: Awaited<ReturnType<typeof importCsvAction>>;
      try {
        r = await importCsvAction(form);
      } catch {
        return setOutcome({ kind: "error", message: t("sendError") });
      }
      if (!r.ok) {
        if (r.fieldErrors?.file) setFileError(r.fieldErrors.file);
        const preview = "preview" in r ? (r.preview as Preview | undefined) : undefined;
        return setOutcome(preview ? { kind: "refused", message: r.message, preview } : { kind: "error", message: r.message });
      }
      setOutcome({ kind: r.applied ? "applied" : "checked", preview: r.preview });
    });
  const preview = outcome && outcome.kind !== "error" ? outcome.preview : null;
  const counts = preview?.counts;
  const changes = counts ? counts.create + counts.update : 0;
  const clean = outcome?.kind === "checked" && counts !== undefined && counts.error + counts.conflict === 0;
  const drafts = preview ? preview.rows.filter((r) => r.asDraft).length : 0;
  return (
    <div className="space-y-4">
      <Label>
        {t("file")}
        <input
          type="file"
          accept=".csv,text/csv"
          className="mt-1 block text-sm"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? fileErrorId : undefined}
          onChange={(e) => {
            setOutcome(null);
            const chosen = e.target.files?.[0] ?? null;
            // Refused here, before anything is sent; the server checks the size again.
            const tooLarge = chosen !== null && chosen.size > MAX_CSV_BYTES;
            setFileError(tooLarge ? t("tooLarge", { max: MAX_CSV_MB }) : null);
            setFile(tooLarge ? null : chosen);
          }}
        />
      </Label>
      {fileError && (
        <p id={fileErrorId} className="text-sm text-red-800" data-testid="import-file-error">
          {fileError}
        </p>
      )}
      {canPublish && (
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={publish}
            onChange={(e) => {
              setPublish(e.target.checked);
              setOutcome(null);
            }}
          />{" "}
          {t("publish")}
        </label>
      )}
      <div className="flex flex-wrap gap-3">
        <Button variant="outline" size="lg" disabled={!file || pending} onClick={() => send(true)}>
          {t("check")}
        </Button>
        <Button variant="primary" size="lg" disabled={!clean || changes === 0 || pending} onClick={() => send(false)}>
          {t("apply", { count: clean ? changes : 0 })}
        </Button>
      </div>
      {outcome?.kind === "error" && (
        <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-800">
          {outcome.message}
        </p>
      )}
      {preview && counts && (
        <div role="status" className="space-y-3" data-testid="import-outcome">
          <p className="text-sm">{t("summary", counts)}</p>
          {preview.ignoredColumns.length > 0 && (
            <p className="text-sm text-slate-600" data-testid="import-ignored">
              {t("ignored", { columns: preview.ignoredColumns.join(", ") })}
            </p>
          )}
          {outcome?.kind === "applied" ? (
            <p className="rounded bg-emerald-50 p-2 text-sm text-emerald-900">
              {t("applied", { create: counts.create, update: counts.update, unchanged: counts.unchanged })}{" "}
              {drafts > 0 && t("appliedDrafts", { count: drafts })}
            </p>
          ) : outcome?.kind === "refused" ? (
            <p className="rounded bg-red-50 p-2 text-sm text-red-800">{outcome.message}</p>
          ) : clean ? (
            <p className="rounded bg-emerald-50 p-2 text-sm text-emerald-900">{t("ready")}</p>
          ) : (
            <p className="rounded bg-red-50 p-2 text-sm text-red-800">{t("blocked")}</p>
          )}
          <ImportPreview preview={preview} />
        </div>
      )}
    </div>
  );
}
