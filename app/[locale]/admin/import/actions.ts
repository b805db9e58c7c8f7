"use server";
import { z } from "zod";
import { importEntities } from "@/lib/mutations/curated/engine";
import { csvToRecords, MAX_IMPORT_ROWS } from "@/lib/curation/csv";
import { fail } from "@/lib/mutations/curated/result";

const request = z.strictObject({ csv: z.string().max(5_000_000, "The file is larger than 5 MB."), dryRun: z.boolean(), publish: z.boolean() });

/** Dry run or commit of a CSV of investment figures; the engine checks the role and writes all or nothing. */
export async function importFiguresAction(raw: unknown) {
  const parsed = request.safeParse(raw);
  if (!parsed.success) return fail("invalid", parsed.error.issues[0].message);
  const { rows, errors } = csvToRecords(parsed.data.csv);
  if (errors.length) return fail("invalid", errors.join(" "), { fieldErrors: { file: errors.join(" ") } });
  if (rows.length === 0) return fail("invalid", "The file has no data rows.");
  if (rows.length > MAX_IMPORT_ROWS) return fail("invalid", `At most ${MAX_IMPORT_ROWS} rows.`);
  const result = await importEntities("investmentFigures", rows, { dryRun: parsed.data.dryRun, publish: parsed.data.publish });
  return result.ok ? { ...result, total: rows.length, preview: rows.slice(0, 50) } : result;
}
