"use server";
import { z } from "zod";
import { importFigures } from "@/lib/mutations/curated/import-figures";
import { csvToRecords, MAX_IMPORT_ROWS } from "@/lib/curation/csv";
import { MAX_CSV_BYTES, MAX_CSV_MB } from "@/lib/curation/import-limits";
import { fail } from "@/lib/mutations/curated/result";

const flag = z.enum(["true", "false"]).transform((v) => v === "true");
const request = z.strictObject({
  file: z.instanceof(File, { message: "Choose a CSV file." }).refine((f) => f.size <= MAX_CSV_BYTES, `The file is larger than ${MAX_CSV_MB} MB.`),
  dryRun: flag,
  publish: flag,
});

/**
 * Dry run or commit of a CSV of investment figures (form data: file, dryRun, publish); the mutation checks the
 * role and writes all or nothing. The size is checked from the upload's metadata before the text is decoded.
 */
export async function importFiguresAction(form: FormData) {
  if (!(form instanceof FormData)) return fail("invalid", "The request was malformed.");
  const parsed = request.safeParse(Object.fromEntries(form.entries()));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail("invalid", issue.message, issue.path[0] === "file" ? { fieldErrors: { file: issue.message } } : {});
  }
  const { rows, errors } = csvToRecords(await parsed.data.file.text());
  if (errors.length) return fail("invalid", errors.join(" "), { fieldErrors: { file: errors.join(" ") } });
  if (rows.length === 0) return fail("invalid", "The file has no data rows.", { fieldErrors: { file: "The file has no data rows." } });
  if (rows.length > MAX_IMPORT_ROWS) return fail("invalid", `At most ${MAX_IMPORT_ROWS} rows.`, { fieldErrors: { file: `At most ${MAX_IMPORT_ROWS} rows.` } });
  const result = await importFigures(rows, { dryRun: parsed.data.dryRun, publish: parsed.data.publish });
  return result.ok ? { ...result, total: rows.length, preview: rows.slice(0, 50) } : result;
}
