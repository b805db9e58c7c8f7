// A CSV export as a table to edit in tests, and back to CSV text (as a spreadsheet would save it).
import Papa from "papaparse";

export type Table = { fields: string[]; rows: Record<string, string>[] };

export const read = (text: string): Table => {
  const r = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  return { fields: r.meta.fields!, rows: r.data };
};

export const write = (t: Table) => Papa.unparse({ fields: t.fields, data: t.rows.map((r) => t.fields.map((f) => r[f] ?? "")) });
