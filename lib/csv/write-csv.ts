// The one way the app writes CSV (admin export, chart CSV): papaparse with formula cells neutralised.
// A spreadsheet runs a cell that begins with = + - @ (or a tab / CR, which some strip before one of those) as a
// formula (OWASP "CSV injection"). papaparse's `escapeFormulae` prefixes such cells with ' and quotes them, so the
// text stays readable and is never run. Its default pattern (/^[=+\-@\t\r].*$/) misses cells with a line break
// (`.` stops at "\n" and `$` needs the end), so we pass our own. Cells that already begin with ' before one of
// those characters get one more ', so that `unescapeFormulaCell` gives back exactly what was written.
import Papa from "papaparse";

export const FORMULA_CELL = /^'*[=+\-@\t\r]/;

export function toCsv(fields: string[], rows: unknown[][], options: { newline?: string } = {}): string {
  return Papa.unparse({ fields, data: rows }, { escapeFormulae: FORMULA_CELL, ...(options.newline ? { newline: options.newline } : {}) });
}

/** Undoes the ' that `toCsv` put before a formula cell (for importing an exported file). */
export function unescapeFormulaCell(value: string): string {
  return value.startsWith("'") && FORMULA_CELL.test(value) ? value.slice(1) : value;
}
