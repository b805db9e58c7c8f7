// Rows for a chart's CSV / JSON export.
import { toCsv } from "../csv/write-csv";
import type { SourceRef } from "../dto/investment";

export type ExportRow = Record<string, string | number | null>;

/**
 * Writes out the `sources` field of rows that carry source keys ("R6; R11") in full from `sourceNotes`
 * ("R6 Title <url>"), so that the full text of each source reaches the browser once per chart, not once per row.
 * Keys without a note stay as they are.
 */
export function withSourceNotes(rows: ExportRow[], sourceNotes?: Record<string, string>): ExportRow[] {
  if (!sourceNotes) return rows;
  return rows.map((r) => ({
    ...r,
    sources: String(r.sources ?? "")
      .split("; ")
      .filter(Boolean)
      .map((key) => sourceNotes[key] ?? key)
      .join("; "),
  }));
}

/** The chart's CSV: one column per key of the first row, formula cells neutralised (lib/csv/write-csv.ts). */
export function exportRowsToCsv(rows: ExportRow[]): string {
  const fields = rows.length ? Object.keys(rows[0]) : [];
  return toCsv(
    fields,
    rows.map((r) => fields.map((f) => r[f] ?? "")),
    { newline: "\n" },
  );
}

/** A source written out for an export or a stamp: "R23 Title — Publisher, 2025-01-21 <url>". */
export function describeSource(s: SourceRef, undated: string, withUrl = false): string {
  return `${s.key} ${s.title} — ${s.publisher}, ${s.date ?? undated}${withUrl && s.url ? ` <${s.url}>` : ""}`;
}
