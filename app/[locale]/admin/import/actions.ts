"use server";
import { z } from "zod";
import { parseImportCsv } from "@/lib/curation/csv";
import { MAX_CSV_BYTES, MAX_CSV_MB } from "@/lib/curation/import-limits";
import { importMessage } from "@/lib/curation/import-messages";
import { importRecords, type ImportPreview } from "@/lib/mutations/curated/import-records";
import { fail } from "@/lib/mutations/curated/result";
import { entityParam } from "@/lib/validations/admin-list";

const flag = z.enum(["true", "false"]).transform((v) => v === "true");
const request = z.strictObject({
  entity: entityParam,
  locale: z.enum(["en", "zh"]),
  file: z.instanceof(File),
  dryRun: flag,
  publish: flag,
});

/**
 * Dry run or apply of one entity's CSV (form data: entity, locale, file, dryRun, publish); the mutation checks the
 * role and writes all or nothing. The size is checked from the upload's metadata before the text is decoded.
 */
export async function importCsvAction(form: FormData) {
  if (!(form instanceof FormData)) return fail("invalid", importMessage("malformed", "en"));
  const locale = form.get("locale") === "zh" ? "zh" : "en";
  const parsed = request.safeParse(Object.fromEntries(form.entries()));
  if (!parsed.success) {
    const onFile = parsed.error.issues[0]?.path[0] === "file";
    const message = importMessage(onFile ? "noFile" : "malformed", locale);
    return fail("invalid", message, onFile ? { fieldErrors: { file: message } } : {});
  }
  const { entity, file: upload, dryRun, publish } = parsed.data;
  if (upload.size > MAX_CSV_BYTES) {
    const message = importMessage("fileTooLarge", locale, { max: MAX_CSV_MB });
    return fail("invalid", message, { fieldErrors: { file: message } });
  }
  const file = parseImportCsv(entity, await upload.text());
  if (file.problems.length) {
    const message = file.problems.map((p) => importMessage(p.key, locale, p.params)).join(" ");
    return fail("invalid", message, { fieldErrors: { file: message } });
  }
  const result = await importRecords(entity, file, { dryRun, publish, locale });
  if (!result.ok && (result.code === "forbidden" || result.code === "unauthorized" || result.code === "busy"))
    return { ...result, message: importMessage(result.code, locale) };
  return "preview" in result && result.preview ? { ...result, preview: trimmed(result.preview) } : result;
}

/** Rows the page shows: every error and conflict, and the first others (the API returns them all). */
const SHOWN_ROWS = 300;
function trimmed(preview: ImportPreview): ImportPreview {
  let others = 0;
  const rows = preview.rows.filter((r) => r.action === "error" || r.action === "conflict" || others++ < SHOWN_ROWS);
  return { ...preview, rows, omitted: preview.rows.length - rows.length };
}
