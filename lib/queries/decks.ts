import "server-only";
import { db } from "../db";
import type { ChartView, DeckDto, DeckSummaryDto, FrozenSlideData, SlideDto, SlideKind } from "../dto/decks";
import type { InvestmentFigureDto } from "../dto/investment";
import type { RateDto } from "../charts/currency";
import type { InvestmentFilters } from "../validations/investment-filters";
import { chartViewSchema, frozenSlideDataSchema } from "../validations/decks";
import { figureWhere, getExchangeRates } from "./investment-explorer";
import { figureSelect, toFigureDto } from "./investments";

// ---------------------------------------------------------------- decks (shared with the whole team)

const deckSummarySelect = {
  id: true,
  title: true,
  audience: true,
  briefingOn: true,
  frozenAt: true,
  version: true,
  updatedAt: true,
  createdBy: { select: { name: true } },
  _count: { select: { slides: true } },
} as const;

type DeckSummaryRow = {
  id: string;
  title: string;
  audience: string | null;
  briefingOn: Date | null;
  frozenAt: Date | null;
  version: number;
  updatedAt: Date;
  createdBy: { name: string };
  _count: { slides: number };
};

function toSummary(row: DeckSummaryRow): DeckSummaryDto {
  return {
    id: row.id,
    title: row.title,
    audience: row.audience,
    briefingOn: row.briefingOn?.toISOString().slice(0, 10) ?? null,
    frozenAt: row.frozenAt?.toISOString() ?? null,
    version: row.version,
    slideCount: row._count.slides,
    createdBy: row.createdBy.name,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listDecks(): Promise<DeckSummaryDto[]> {
  const rows = await db().deck.findMany({ select: deckSummarySelect, orderBy: [{ updatedAt: "desc" }, { id: "asc" }], take: 500 });
  return rows.map(toSummary);
}

/** A stored view that no longer parses (e.g. a chart id this version no longer has) is kept as null. */
export function parseStoredView(json: unknown): { view: ChartView | null; label: string | null } {
  const parsed = chartViewSchema.safeParse(json);
  const chart = json && typeof json === "object" && "chart" in json ? String((json as { chart: unknown }).chart).slice(0, 40) : null;
  return { view: parsed.success ? parsed.data : null, label: chart };
}

export function parseFrozen(json: unknown): FrozenSlideData | null {
  const parsed = frozenSlideDataSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

export async function getDeck(id: string): Promise<DeckDto | null> {
  const row = await db().deck.findUnique({
    where: { id },
    select: {
      ...deckSummarySelect,
      slides: {
        select: { id: true, position: true, kind: true, title: true, takeaway: true, notes: true, body: true, view: true, frozenData: true },
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      },
    },
  });
  if (!row) return null;
  const slides: SlideDto[] = row.slides.map((s) => {
    const { view, label } = s.kind === "TEXT" ? { view: null, label: null } : parseStoredView(s.view);
    return {
      id: s.id,
      position: s.position,
      kind: (["CHART", "TEXT", "TABLE"].includes(s.kind) ? s.kind : "TEXT") as SlideKind,
      title: s.title,
      takeaway: s.takeaway,
      notes: s.notes,
      body: s.body,
      view,
      viewLabel: label,
      frozen: parseFrozen(s.frozenData),
    };
  });
  return { ...toSummary(row), slides };
}

// ---------------------------------------------------------------- figures behind a saved investment view

const TOP_SERIES = 8;
const MAX_BARS = 40;
type Where = Record<string, unknown>;

export type ViewFigures = {
  capex: InvestmentFigureDto[];
  initiatives: InvestmentFigureDto[];
  privateAggregates: InvestmentFigureDto[];
  rates: RateDto[];
  asOf: string | null;
};

async function topActors(where: Where): Promise<string[]> {
  const groups = await db().investmentFigure.groupBy({
    by: ["actorName"],
    where,
    _max: { amount: true, amountHigh: true },
    orderBy: { _max: { amount: "desc" } },
    take: TOP_SERIES,
  });
  return groups.map((g) => g.actorName);
}

async function find(where: Where, take: number, orderBy: object[]) {
  return (await db().investmentFigure.findMany({ where, select: figureSelect, orderBy, take })).map(toFigureDto);
}

/**
 * The same selection as the investment explorer (largest eight actors per chart, forty initiatives), read without
 * the explorer's 60-second cache: a deck compares frozen numbers with what the database says now.
 */
export async function getViewFigures(filters: InvestmentFilters, chart: "capex" | "initiatives" | "private"): Promise<ViewFigures> {
  const where = figureWhere(filters);
  const byActor = [{ actorName: "asc" }, { periodStart: "asc" }, { slug: "asc" }];
  const capexWhere = { AND: [where, { category: "CORPORATE_CAPEX", actorType: "COMPANY" }] };
  const privateWhere = { AND: [where, { category: { in: ["PRIVATE_INVESTMENT_AGGREGATE", "CORPORATE_INVESTMENT_AGGREGATE"] } }] };
  const loadCapex = async () => find({ AND: [capexWhere, { actorName: { in: await topActors(capexWhere) } }] }, 500, byActor);
  const loadPrivate = async () => find({ AND: [privateWhere, { actorName: { in: await topActors(privateWhere) } }] }, 500, byActor);
  const [capex, privateAggregates, initiatives, rates, latest] = await Promise.all([
    chart === "capex" ? loadCapex() : [],
    chart === "private" ? loadPrivate() : [],
    chart === "initiatives" ? find({ AND: [where, { category: "PUBLIC_INITIATIVE" }] }, MAX_BARS, [{ amount: "desc" }, { slug: "asc" }]) : [],
    chart === "initiatives" ? getExchangeRates() : [],
    db().investmentFigure.aggregate({ where, _max: { updatedAt: true } }),
  ]);
  return { capex, initiatives, privateAggregates, rates, asOf: latest._max.updatedAt?.toISOString().slice(0, 10) ?? null };
}
