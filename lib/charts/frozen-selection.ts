// The explorer's selection of one chart's figures (lib/queries/investment-explorer.ts: `figureWhere` and
// `chartFigures`), applied to figures already in memory: frozen embeds rebuild the figures as published on a past
// day from revisions and must pick the same ones the live chart would have picked then. Pure.
import type { InvestmentFigureDto } from "../dto/investment";
import type { InvestmentFilters } from "../validations/investment-filters";
import { INITIATIVE_CATEGORIES } from "./initiatives-state";

const TOP_SERIES = 8;
const MAX_BARS = 40;
const PRIVATE_CATEGORIES = ["PRIVATE_INVESTMENT_AGGREGATE", "CORPORATE_INVESTMENT_AGGREGATE"];

/** The explorer's filters: categories, kinds, actor types, and a year range the period overlaps. */
export function matchesFilters(f: InvestmentFigureDto, filters: Omit<InvestmentFilters, "currency" | "page">): boolean {
  if (filters.categories.length && !filters.categories.includes(f.category as never)) return false;
  if (filters.kinds.length && !filters.kinds.includes(f.kind as never)) return false;
  if (filters.actorTypes.length && !filters.actorTypes.includes(f.actorType as never)) return false;
  if (
    filters.from !== null &&
    !((f.periodEnd !== null && f.periodEnd >= filters.from) || (f.periodEnd === null && f.periodStart !== null && f.periodStart >= filters.from))
  )
    return false;
  if (
    filters.to !== null &&
    !((f.periodStart !== null && f.periodStart <= filters.to) || (f.periodStart === null && f.periodEnd !== null && f.periodEnd <= filters.to))
  )
    return false;
  return true;
}

const amountOf = (f: InvestmentFigureDto) => (f.amount === null ? null : Number(f.amount));
const byName = (a: InvestmentFigureDto, b: InvestmentFigureDto) =>
  a.actorName.localeCompare(b.actorName) || (a.periodStart ?? 0) - (b.periodStart ?? 0) || a.slug.localeCompare(b.slug);

/** The `limit` actors whose largest amount is largest; actors without any amount follow, by name. */
export function largestActorsOf(figures: InvestmentFigureDto[], limit: number): string[] {
  const max = new Map<string, number | null>();
  for (const f of figures) {
    const a = amountOf(f);
    const m = max.get(f.actorName);
    if (!max.has(f.actorName) || (a !== null && (m === null || m === undefined || a > m))) max.set(f.actorName, a ?? m ?? null);
  }
  return [...max]
    .sort(([an, a], [bn, b]) => (a === null ? (b === null ? an.localeCompare(bn) : 1) : b === null ? -1 : b - a || an.localeCompare(bn)))
    .slice(0, limit)
    .map(([name]) => name);
}

/** What `chartFigures` would select from these figures for one chart. */
export function selectChartFigures(
  all: InvestmentFigureDto[],
  filters: Omit<InvestmentFilters, "currency" | "page">,
  chart: "capex" | "initiatives" | "private",
): InvestmentFigureDto[] {
  const matching = all.filter((f) => matchesFilters(f, filters));
  if (chart === "initiatives") {
    return matching
      .filter((f) => (INITIATIVE_CATEGORIES as readonly string[]).includes(f.category))
      .sort((a, b) => {
        const x = amountOf(a);
        const y = amountOf(b);
        // Prisma's `amount desc` puts nulls last on SQLite and PostgreSQL alike here (nulls are never charted).
        return (x === null ? (y === null ? 0 : 1) : y === null ? -1 : y - x) || a.slug.localeCompare(b.slug);
      })
      .slice(0, MAX_BARS);
  }
  const categories = chart === "capex" ? ["CORPORATE_CAPEX"] : PRIVATE_CATEGORIES;
  const scoped = matching.filter((f) => categories.includes(f.category) && (chart !== "capex" || f.actorType === "COMPANY"));
  const actors = new Set(largestActorsOf(scoped, TOP_SERIES));
  return scoped
    .filter((f) => actors.has(f.actorName))
    .sort(byName)
    .slice(0, 500);
}
