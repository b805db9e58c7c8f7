// Cells of the admin lists. Each cell is either text as stored (keys, dates, labels, amounts formatted in the
// figure's currency) or an enum the page translates (`enumOf` names the message namespace).
import { formatFigure } from "../../charts/money";
import { AMOUNT_QUALIFIERS } from "../enums";

export type ListCell = { text: string } | { enumOf: "kinds" | "jurisdictions.kind" | "jurisdictions.status" | "confidence"; value: string };
export type ListColumn = { key: string; cell: (v: Record<string, unknown>) => ListCell };

export const textCell = (v: unknown): ListCell => ({ text: v === null || v === undefined || v === "" ? "—" : String(v) });
/** A column showing one value as stored. */
export const column = (key: string, field = key): ListColumn => ({ key, cell: (v) => textCell(v[field]) });
export const enumColumn = (key: string, enumOf: Extract<ListCell, { enumOf: string }>["enumOf"], field = key): ListColumn => ({
  key,
  cell: (v) => ({ enumOf, value: String(v[field]) }),
});

export function truncate(s: string, n: number) {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

const textOrNull = (x: unknown) => (x === null || x === undefined || x === "" ? null : String(x));
const stringOrNull = (x: unknown) => (typeof x === "string" ? x : null);
const isQualifier = (q: unknown): q is (typeof AMOUNT_QUALIFIERS)[number] => AMOUNT_QUALIFIERS.some((a) => a === q);

/**
 * "$80bn", "~€20bn", "$175–185bn", or the value as stated when there is no number. Curation screens write amounts
 * with the English scale words in both languages, as the amount field and the CSV import take them.
 */
export function figureValue(v: Record<string, unknown>): string {
  return formatFigure(
    {
      amount: textOrNull(v.amount),
      amountLow: textOrNull(v.amountLow),
      amountHigh: textOrNull(v.amountHigh),
      qualifier: isQualifier(v.qualifier) ? v.qualifier : "EXACT",
      valueText: stringOrNull(v.valueText),
      currency: stringOrNull(v.currency),
    },
    "en",
  );
}
