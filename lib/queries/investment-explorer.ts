import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "../db";
import type { InvestmentFigureDto } from "../dto/investment";
import type { RateDto } from "../charts/currency";
import type { InvestmentFilters } from "../validations/investment-filters";
import { tableOrderBy, type TableSort } from "../validations/figure-table";
import { figureSelect, toFigureDto } from "./investments";
import { largestActors } from "./largest-actors";
import { INITIATIVE_CATEGORIES } from "../charts/initiatives-state";

export const FIGURES_TAG = "figures";
export const PAGE_SIZE = 50;
const TOP_SERIES = 8;
const MAX_BARS = 40;
const PRIVATE_CATEGORIES = ["PRIVATE_INVESTMENT_AGGREGATE", "CORPORATE_INVESTMENT_AGGREGATE"] as const;

type Where = Record<string, unknown>;

/** Filters → a Prisma where clause. A year filter keeps figures whose period overlaps the range. */
export function figureWhere(f: Omit<InvestmentFilters, "currency" | "page">): Where {
  const and: Where[] = [{ publication: "PUBLISHED", deletedAt: null }];
  if (f.categories.length) and.push({ category: { in: f.categories } });
  if (f.kinds.length) and.push({ kind: { in: f.kinds } });
  if (f.actorTypes.length) and.push({ actorType: { in: f.actorTypes } });
  if (f.from !== null) and.push({ OR: [{ periodEnd: { gte: f.from } }, { periodEnd: null, periodStart: { gte: f.from } }] });
  if (f.to !== null) and.push({ OR: [{ periodStart: { lte: f.to } }, { periodStart: null, periodEnd: { lte: f.to } }] });
  return { AND: and };
}

async function find(where: Where, take: number, skip = 0, orderBy: object[] = [{ actorName: "asc" }, { periodStart: "asc" }, { slug: "asc" }]) {
  const rows = await db().investmentFigure.findMany({ where, select: figureSelect, orderBy, take, skip });
  return rows.map(toFigureDto);
}

export type ExplorerData = {
  total: number;
  capex: InvestmentFigureDto[];
  initiatives: InvestmentFigureDto[];
  privateAggregates: InvestmentFigureDto[];
  table: InvestmentFigureDto[];
  rates: RateDto[];
};

export type ExplorerChart = "capex" | "private" | "initiatives";

/**
 * The figures one investment chart shows for filters `where`: every figure of the eight largest companies (capex)
 * or private-investment actors, or the forty largest public initiatives. The explorer and briefing decks both
 * read them here, so a slide shows what the page shows.
 */
export async function chartFigures(where: Where, chart: ExplorerChart): Promise<InvestmentFigureDto[]> {
  if (chart === "initiatives")
    return find({ AND: [where, { category: { in: [...INITIATIVE_CATEGORIES] } }] }, MAX_BARS, 0, [{ amount: "desc" }, { slug: "asc" }]);
  const scope: Where = chart === "capex" ? { AND: [where, { actorType: "COMPANY" }] } : where;
  const categories = chart === "capex" ? (["CORPORATE_CAPEX"] as const) : PRIVATE_CATEGORIES;
  const actors = await largestActors(scope, categories, TOP_SERIES);
  return find({ AND: [scope, { category: { in: [...categories] } }, { actorName: { in: actors } }] }, 500);
}

/** Uncached; `getExplorerData` is the cached entry point. Takes the JSON of the filters (the cache key). */
export async function loadExplorer(key: string): Promise<ExplorerData> {
  const { sort = null, ...f } = JSON.parse(key) as InvestmentFilters & { sort?: TableSort };
  const where = figureWhere(f);
  // Counted per category: Prisma's count() selects `id`, which no index covers (measured 16 vs 8 ms with 100k
  // figures).
  const [perCategory, capex, privateAggregates, initiatives, table, rates] = await Promise.all([
    db().investmentFigure.groupBy({ by: ["category"], where, _count: { _all: true } }),
    chartFigures(where, "capex"),
    chartFigures(where, "private"),
    chartFigures(where, "initiatives"),
    find(where, PAGE_SIZE, (f.page - 1) * PAGE_SIZE, tableOrderBy(sort)),
    getExchangeRates(),
  ]);
  return { total: perCategory.reduce((sum, c) => sum + c._count._all, 0), capex, initiatives, privateAggregates, table, rates };
}

const cachedExplorer = unstable_cache(loadExplorer, ["investment-explorer"], { tags: [FIGURES_TAG], revalidate: 60 });

export function getExplorerData(filters: InvestmentFilters, sort: TableSort = null): Promise<ExplorerData> {
  const { currency: _display, ...query } = filters;
  return cachedExplorer(JSON.stringify({ ...query, currency: "original", ...(sort ? { sort } : {}) }));
}

/** The most rows one table download holds; the page says so when the filters match more. */
export const TABLE_EXPORT_LIMIT = 5000;

/** Every figure the table lists for these filters (all pages), in the table's order: its CSV / JSON download. */
export async function getTableFigures(filters: InvestmentFilters, sort: TableSort): Promise<{ total: number; figures: InvestmentFigureDto[] }> {
  const where = figureWhere(filters);
  const [total, figures] = await Promise.all([db().investmentFigure.count({ where }), find(where, TABLE_EXPORT_LIMIT, 0, tableOrderBy(sort))]);
  return { total, figures };
}

export async function getExchangeRates(): Promise<RateDto[]> {
  const rows = await db().exchangeRate.findMany({
    where: { publication: "PUBLISHED", deletedAt: null },
    select: {
      currency: true,
      period: true,
      rate: true,
      usdPerUnit: true,
      source: { select: { key: true, title: true, url: true, publisher: true, publishedOn: true } },
    },
    orderBy: [{ currency: "asc" }, { period: "desc" }],
  });
  return rows.map((r) => {
    const { publishedOn, ...source } = r.source;
    return {
      currency: r.currency,
      period: r.period,
      rate: r.rate.toString(),
      usdPerUnit: r.usdPerUnit,
      sourceKey: r.source.key,
      source: { ...source, date: publishedOn?.toISOString().slice(0, 10) ?? null },
    };
  });
}
