// CSV in and out for curated records, in the forms' field shape. Lists (sources) are joined with ";".
import Papa from "papaparse";
import { toCsv, unescapeFormulaCell } from "../csv/write-csv";
import type { EntityName } from "../validations/curated";
import { fieldColumns, importColumns, MATCH_KEY, READ_ONLY_COLUMNS } from "./import-columns";
import type { ImportMessageKey } from "./import-messages";

const LIST_FIELDS = new Set(["sourceKeys", "evidenceKeys"]);
export const MAX_IMPORT_ROWS = 5000;

export function recordsToCsv(records: Record<string, unknown>[], columns: string[]): string {
  const rows = records.map((r) => Object.fromEntries(columns.map((c) => [c, Array.isArray(r[c]) ? (r[c] as unknown[]).join(";") : (r[c] ?? "")])));
  return toCsv(
    columns,
    rows.map((r) => columns.map((c) => r[c])),
  );
}

export type ParsedCsv = { rows: Record<string, unknown>[]; errors: string[] };

/** Generic reading (tests and tools): every cell as text, lists split, true/false as booleans. */
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
        if (LIST_FIELDS.has(k))
          return [
            k,
            value
              ? value
                  .split(/[;,]/)
                  .map((s) => s.trim())
                  .filter(Boolean)
              : [],
          ];
        if (value === "true" || value === "false") return [k, value === "true"];
        return [k, value];
      }),
    ),
  );
  return { rows, errors };
}

export type FileProblem = { key: ImportMessageKey; params?: Record<string, string | number> };
/** One data row of an import file: its number (1 = first row under the header) and its cells by column. */
export type CsvRow = { row: number; cells: Record<string, unknown> };
export type ImportCsv = { rows: CsvRow[]; columns: string[]; ignored: string[]; problems: FileProblem[] };

/**
 * Reads an import file for one entity. The header must use the export's columns (any subset that includes the
 * match key; columns left out keep their current values on update); read-only columns are accepted and ignored.
 * Cells are read as the export wrote them: lists split on ";", TRUE/FALSE (any case) as booleans, the ' before a
 * formula-like cell taken off.
 */
export function parseImportCsv(entity: EntityName, text: string): ImportCsv {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: "greedy", transformHeader: (h) => h.trim() });
  const problems: FileProblem[] = [];
  const header = (result.meta.fields ?? []).filter((f) => f !== "");
  if (header.length === 0) return { rows: [], columns: [], ignored: [], problems: [{ key: "noHeader" }] };
  const known = importColumns(entity);
  const readOnly: readonly string[] = READ_ONLY_COLUMNS;
  const unknown = header.filter((h) => !known.includes(h) && !readOnly.includes(h));
  if (unknown.length) problems.push({ key: "unknownColumns", params: { columns: unknown.join(", "), expected: known.join(", ") } });
  const duplicated = header.filter((h, i) => header.indexOf(h) !== i);
  if (duplicated.length) problems.push({ key: "duplicateColumns", params: { columns: [...new Set(duplicated)].join(", ") } });
  const missingKey = MATCH_KEY[entity].filter((k) => !header.includes(k));
  if (missingKey.length) problems.push({ key: "missingKey", params: { columns: missingKey.join(", ") } });
  for (const e of result.errors.slice(0, 5)) {
    // papaparse's own messages name the problem (e.g. "Unclosed quoted field"); the row says where.
    if (e.code === "TooFewFields" || e.code === "TooManyFields") problems.push({ key: "wrongCellCount", params: { row: (e.row ?? 0) + 1 } });
    else problems.push({ key: "unreadable", params: { row: (e.row ?? 0) + 1, detail: e.message } });
  }
  if (result.data.length > MAX_IMPORT_ROWS) problems.push({ key: "tooManyRows", params: { max: MAX_IMPORT_ROWS } });
  if (result.data.length === 0) problems.push({ key: "noRows" });
  const kinds = new Map(fieldColumns(entity).map((c) => [c.name, c.kind]));
  const columns = header.filter((h) => known.includes(h));
  const rows = result.data.slice(0, MAX_IMPORT_ROWS).map((data, index) => ({
    row: index + 1,
    cells: Object.fromEntries(columns.map((c) => [c, readCell(kinds.get(c), unescapeFormulaCell(data[c] ?? "").trim())])),
  }));
  return { rows, columns, ignored: header.filter((h) => readOnly.includes(h)), problems };
}

function readCell(kind: string | undefined, value: string): unknown {
  if (kind === "list")
    return value
      ? value
          .split(/[;,]/)
          .map((s) => s.trim())
          .filter(Boolean)
      : [];
  if (kind === "boolean") {
    const v = value.toLowerCase();
    if (v === "true" || v === "1" || v === "yes") return true;
    if (v === "false" || v === "0" || v === "no" || v === "") return false;
  }
  return value;
}
