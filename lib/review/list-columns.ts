// The value columns that identify a record in its admin list, per entity (the label column comes first). Each cell
// is either text as stored (keys, dates, labels, amounts formatted in the figure's currency) or an enum the page
// translates (`enumOf` names the message namespace).
import { formatFigure } from "../charts/money";
import type { Qualifier } from "../dto/investment";
import type { EntityName } from "../validations/curated";

export type ListCell = { text: string } | { enumOf: "kinds" | "jurisdictions.kind" | "jurisdictions.status" | "confidence"; value: string };
export type ListColumn = { key: string; cell: (v: Record<string, unknown>) => ListCell };

const text = (v: unknown): ListCell => ({ text: v === null || v === undefined || v === "" ? "—" : String(v) });

export const LIST_COLUMNS: Record<EntityName, ListColumn[]> = {
  jurisdictions: [
    { key: "kind", cell: (v) => ({ enumOf: "jurisdictions.kind", value: String(v.kind) }) },
    { key: "parent", cell: (v) => text(v.parentCode) },
  ],
  sources: [
    { key: "publisher", cell: (v) => text(v.publisher) },
    { key: "publishedOn", cell: (v) => text(v.publishedOn ?? v.dateNote) },
  ],
  instruments: [
    { key: "jurisdiction", cell: (v) => text(v.jurisdictionCode) },
    { key: "status", cell: (v) => ({ enumOf: "jurisdictions.status", value: String(v.status) }) },
    { key: "adoptedOn", cell: (v) => text(v.adoptedOn) },
  ],
  milestones: [
    { key: "instrument", cell: (v) => text(v.instrumentSlug) },
    { key: "date", cell: (v) => text(v.date) },
  ],
  assessments: [
    { key: "jurisdiction", cell: (v) => text(v.jurisdictionCode) },
    { key: "dimension", cell: (v) => text(v.dimensionKey) },
    { key: "level", cell: (v) => text(v.level) },
    { key: "since", cell: (v) => text(v.since ?? v.asOf) },
  ],
  investmentFigures: [
    { key: "amount", cell: (v) => ({ text: figureValue(v) }) },
    { key: "period", cell: (v) => text(v.periodLabel) },
    { key: "kind", cell: (v) => ({ enumOf: "kinds", value: String(v.kind) }) },
  ],
  exchangeRates: [
    { key: "rate", cell: (v) => ({ text: `${v.rate} ${v.usdPerUnit ? `USD/${v.currency}` : `${v.currency}/USD`}` }) },
    { key: "period", cell: (v) => text(v.period) },
    { key: "source", cell: (v) => text(v.sourceKey) },
  ],
  events: [
    { key: "date", cell: (v) => text(v.date) },
    { key: "jurisdiction", cell: (v) => text(v.jurisdictionCode) },
  ],
  flaggedClaims: [
    { key: "source", cell: (v) => text(v.sourceKey) },
    { key: "correction", cell: (v) => text(typeof v.correctionEn === "string" ? truncate(v.correctionEn, 80) : null) },
  ],
};

function truncate(s: string, n: number) {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/** "$80bn", "~€20bn", "$175–185bn", or the value as stated when there is no number. */
export function figureValue(v: Record<string, unknown>): string {
  const dec = (x: unknown) => (x === null || x === undefined || x === "" ? null : String(x));
  return formatFigure({
    amount: dec(v.amount), amountLow: dec(v.amountLow), amountHigh: dec(v.amountHigh),
    qualifier: ((v.qualifier as Qualifier | undefined) ?? "EXACT"), valueText: (v.valueText as string | null) ?? null, currency: (v.currency as string | null) ?? null,
  } as never);
}
