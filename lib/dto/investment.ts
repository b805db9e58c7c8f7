// Plain data shapes that cross from the server to client components (no Prisma types, no Decimals).
// Fields added with the December 2026 schema are optional so that older fixtures still type-check; the queries
// always fill them (null when empty).
export type SourceRef = { key: string; title: string; url: string | null; publisher: string; date: string | null };

export type Qualifier = "EXACT" | "APPROX" | "UP_TO" | "AT_LEAST" | "MORE_THAN";
export type FigureKind = "ACTUAL" | "GUIDANCE" | "PLAN" | "PLEDGE" | "COMMITTED" | "ESTIMATE";
export type Funding = "PUBLIC" | "PRIVATE" | "MIXED";
export type Category = "CORPORATE_CAPEX" | "PUBLIC_INITIATIVE" | "PRIVATE_INITIATIVE" | "PRIVATE_INVESTMENT_AGGREGATE" | "CORPORATE_INVESTMENT_AGGREGATE";

export type InvestmentFigureDto = {
  id: string;
  slug: string;
  actorName: string;
  actorNameZh: string | null;
  actorType: string;
  jurisdictionCode: string | null;
  category: Category;
  /** Whose money (null: not stated). */
  funding?: Funding | null;
  measure: string;
  measureZh?: string | null;
  /** Exact decimal strings in full currency units. */
  amount: string | null;
  amountLow: string | null;
  amountHigh: string | null;
  qualifier: Qualifier;
  valueText: string | null;
  currency: string | null;
  periodType: "CALENDAR_YEAR" | "FISCAL_YEAR" | "MULTI_YEAR";
  periodStart: number | null;
  periodEnd: number | null;
  periodLabel: string;
  periodLabelZh?: string | null;
  kind: FigureKind;
  kindNote: string | null;
  kindNoteZh?: string | null;
  confidence: "HIGH" | "MEDIUM" | "LOW";
  confidenceNote: string | null;
  comparabilityNote: string | null;
  comparabilityNoteZh?: string | null;
  note: string | null;
  noteZh?: string | null;
  reportedOn: string | null;
  /** When a curator last checked the figure against its sources (YYYY-MM-DD; null: not recorded). */
  lastCheckedOn?: string | null;
  updatedAt: string;
  sources: SourceRef[];
  flaggedClaimSlugs: string[];
};
