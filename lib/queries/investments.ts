import "server-only";
import { db } from "../db";
import type { InvestmentFigureDto } from "../dto/investment";
import { bySourceKey } from "../format/source-order";

const sourceSelect = { key: true, title: true, url: true, publisher: true, publishedOn: true } as const;

/** The columns of a published figure that both the app's DTO and the open-data API (lib/queries/open-data/figures.ts) read. */
export const figureColumns = {
  slug: true,
  actorName: true,
  actorNameZh: true,
  actorType: true,
  jurisdiction: { select: { code: true } },
  category: true,
  funding: true,
  measure: true,
  measureZh: true,
  amount: true,
  amountLow: true,
  amountHigh: true,
  qualifier: true,
  valueText: true,
  currency: true,
  periodType: true,
  periodStart: true,
  periodEnd: true,
  periodLabel: true,
  kind: true,
  kindNote: true,
  confidence: true,
  comparabilityNote: true,
  note: true,
  reportedOn: true,
  lastCheckedOn: true,
} as const;

export const figureSelect = {
  id: true,
  ...figureColumns,
  periodLabelZh: true,
  kindNoteZh: true,
  confidenceNote: true,
  comparabilityNoteZh: true,
  noteZh: true,
  updatedAt: true,
  sources: { select: sourceSelect, orderBy: { key: "asc" } },
  claims: { select: { slug: true }, where: { publication: "PUBLISHED", deletedAt: null } },
} as const;

type FigureRow = Awaited<ReturnType<typeof loadRows>>[number];

function loadRows(where: Record<string, unknown>) {
  return db().investmentFigure.findMany({
    where: { publication: "PUBLISHED", deletedAt: null, ...where },
    select: figureSelect,
    orderBy: [{ actorName: "asc" }, { periodStart: "asc" }, { slug: "asc" }],
  });
}

export function toFigureDto(row: FigureRow): InvestmentFigureDto {
  const { jurisdiction, claims, amount, amountLow, amountHigh, reportedOn, lastCheckedOn, updatedAt, ...rest } = row;
  return {
    ...rest,
    jurisdictionCode: jurisdiction?.code ?? null,
    amount: amount?.toString() ?? null,
    amountLow: amountLow?.toString() ?? null,
    amountHigh: amountHigh?.toString() ?? null,
    reportedOn: reportedOn?.toISOString().slice(0, 10) ?? null,
    lastCheckedOn: lastCheckedOn?.toISOString().slice(0, 10) ?? null,
    updatedAt: updatedAt.toISOString(),
    sources: rest.sources.map(({ publishedOn, ...s }) => ({ ...s, date: publishedOn?.toISOString().slice(0, 10) ?? null })).sort(bySourceKey),
    flaggedClaimSlugs: claims.map((c) => c.slug),
  };
}

export async function getPublishedFigures(where: Record<string, unknown> = {}): Promise<InvestmentFigureDto[]> {
  return (await loadRows(where)).map(toFigureDto);
}

export async function getCorporateCapexFigures(): Promise<InvestmentFigureDto[]> {
  return getPublishedFigures({ category: "CORPORATE_CAPEX" });
}

export async function getFiguresBySlug(slugs: string[]): Promise<InvestmentFigureDto[]> {
  return getPublishedFigures({ slug: { in: slugs } });
}
