// How a figure's kind and funding look (fills, colours, order): no message catalog here, so that client
// components (the Recharts views) can import it without bundling both languages' catalogs. The words are in
// figure-labels.ts (server components, exports, decks).
import type { FigureKind, Funding, InvestmentFigureDto } from "../dto/investment";

export type FundingKey = Funding | "UNSTATED";

export const KIND_ORDER: readonly FigureKind[] = ["ACTUAL", "COMMITTED", "GUIDANCE", "PLAN", "PLEDGE", "ESTIMATE"];
export const FUNDING_ORDER: readonly FundingKey[] = ["PUBLIC", "MIXED", "PRIVATE", "UNSTATED"];

/** Fill of a bar by kind: money spent or set aside is solid; guidance, plans and pledges are hatched; estimates dotted. */
export type KindFill = "solid" | "hatch" | "dots";
export const KIND_FILL: Record<FigureKind, KindFill> = {
  ACTUAL: "solid",
  COMMITTED: "solid",
  GUIDANCE: "hatch",
  PLAN: "hatch",
  PLEDGE: "hatch",
  ESTIMATE: "dots",
};

/** Okabe–Ito colours by whose money it is (distinguishable with the common colour-vision deficiencies). */
export const FUNDING_COLORS: Record<FundingKey, string> = {
  PUBLIC: "#0072B2",
  MIXED: "#CC79A7",
  PRIVATE: "#D55E00",
  UNSTATED: "#6B7280",
};

/** Whose money a figure is: its stated funding; a figure filed as a private initiative is private. */
export function fundingOf(f: Pick<InvestmentFigureDto, "funding" | "category">): FundingKey {
  if (f.funding) return f.funding;
  return f.category === "PRIVATE_INITIATIVE" ? "PRIVATE" : "UNSTATED";
}
