// CSV in and out for curated records, in the forms' field shape. Lists (sources) are joined with ";".
import Papa from "papaparse";
import { toCsv, unescapeFormulaCell } from "../csv/write-csv";

const LIST_FIELDS = new Set(["sourceKeys", "evidenceKeys"]);
export const MAX_IMPORT_ROWS = 5000;

export function recordsToCsv(records: Record<string, unknown>[], columns: string[]): string {
  const rows = records.map((r) =>
    Object.fromEntries(columns.map((c) => [c, Array.isArray(r[c]) ? (r[c] as unknown[]).join(";") : (r[c] ?? "")])),
  );
  return toCsv(columns, rows.map((r) => columns.map((c) => r[c])));
}

export type ParsedCsv = { rows: Record<string, unknown>[]; errors: string[] };

export function csvToRecords(text: string): ParsedCsv {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: "greedy", transformHeader: (h) => h.trim() });
  const errors = result.errors.slice(0, 20).map((e) => `Row ${(e.row ?? 0) + 1}: ${e.message}`);
  if (result.data.length > MAX_IMPORT_ROWS) errors.push(`Too many rows: at most ${MAX_IMPORT_ROWS} per import.`);
  if (!result.meta.fields?.length) errors.push("The file has no header row.");
  const rows = result.data.slice(0, MAX_IMPORT_ROWS).map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([k, v]) => {
        // Formula cells were exported with a ' in front (lib/csv/write-csv.ts): take it off again.
        const value = unescapeFormulaCell(v ?? "").trim();
        if (LIST_FIELDS.has(k)) return [k, value ? value.split(/[;,]/).map((s) => s.trim()).filter(Boolean) : []];
        if (value === "true" || value === "false") return [k, value === "true"];
        return [k, value];
      }),
    ),
  );
  return { rows, errors };
}
