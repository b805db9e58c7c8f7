import "server-only";
import { db } from "../db";
import { ownedDeckWhere, purgeDate, restoreCutoff, type DeckActor } from "../decks/ownership";
import type { ChartView, DeckDto, DeckSummaryDto, DeletedDeckDto, FrozenSlideData, SlideDto, SlideKind } from "../dto/decks";
import type { InvestmentFigureDto } from "../dto/investment";
import type { RateDto } from "../charts/currency";
import type { InvestmentFilters } from "../validations/investment-filters";
import { chartViewSchema, frozenSlideDataSchema } from "../validations/decks";
import { figuresAsOf } from "../charts/as-of";
import { chartFigures, figureWhere, getExchangeRates, type ExplorerChart } from "./investment-explorer";

// ---------------------------------------------------------------- decks (shared with the whole team)

const deckSummarySelect = {
  id: true,
  title: true,
  audience: true,
  briefingOn: true,
  frozenAt: true,
  version: true,
  updatedAt: true,
  createdById: true,
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
  createdById: string;
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
    ownerId: row.createdById,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The decks in use (a deleted deck is only in listDeletedDecks until it is restored or purged). */
export async function listDecks(): Promise<DeckSummaryDto[]> {
  const rows = await db().deck.findMany({
    where: { deletedAt: null },
    select: deckSummarySelect,
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: 500,
  });
  return rows.map(toSummary);
}

/**
 * Deleted decks still in their restore window: an admin sees all of them, anyone else only their own
 * (a viewer owns none).
 */
export async function listDeletedDecks(user: DeckActor, now = new Date()): Promise<DeletedDeckDto[]> {
  const rows = await db().deck.findMany({
    where: { deletedAt: { not: null, gte: restoreCutoff(now) }, ...ownedDeckWhere(user) },
    select: { ...deckSummarySelect, deletedAt: true },
    orderBy: [{ deletedAt: "desc" }, { id: "asc" }],
    take: 500,
  });
  return rows.map((row) => ({ ...toSummary(row), deletedAt: row.deletedAt!.toISOString(), purgeOn: purgeDate(row.deletedAt!) }));
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
  // A deleted deck is gone for every reader: the deck page, presenting and the PDF / PowerPoint exports.
  const row = await db().deck.findFirst({
    where: { id, deletedAt: null },
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

export type ViewFigures = {
  capex: InvestmentFigureDto[];
  initiatives: InvestmentFigureDto[];
  privateAggregates: InvestmentFigureDto[];
  rates: RateDto[];
  /** The newest date of the information shown (never a write time; lib/charts/as-of.ts). */
  asOf: string | null;
  /** When the figures were last checked ("2026-12-04", or a range), null when not recorded. */
  lastChecked: string | null;
};

/**
 * The figures of one saved investment view: the explorer's selection (`chartFigures`), read without the
 * explorer's 60-second cache, since a deck compares frozen numbers with what the database says now.
 */
export async function getViewFigures(filters: InvestmentFilters, chart: ExplorerChart): Promise<ViewFigures> {
  const where = figureWhere(filters);
  const [figures, rates] = await Promise.all([chartFigures(where, chart), chart === "initiatives" ? getExchangeRates() : []]);
  return viewFigures(chart, figures, rates);
}

/** One chart's figures as a saved view reads them, with their as-of and last check (live or as published then). */
export function viewFigures(chart: ExplorerChart, figures: InvestmentFigureDto[], rates: RateDto[]): ViewFigures {
  const dates = figuresAsOf(figures);
  const lastChecked = dates.checkedTo === null ? null : dates.checkedFrom === dates.checkedTo ? dates.checkedTo : `${dates.checkedFrom} – ${dates.checkedTo}`;
  return {
    capex: chart === "capex" ? figures : [],
    privateAggregates: chart === "private" ? figures : [],
    initiatives: chart === "initiatives" ? figures : [],
    rates,
    asOf: dates.newest,
    lastChecked,
  };
}
