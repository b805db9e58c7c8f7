import "server-only";
import { z } from "zod";
import { db } from "../db";
import { toIsoDate } from "../format/dates";
import { figureSelect, toFigureDto } from "./investments";
import type {
  AssessmentDto,
  CitedSource,
  EventDto,
  ExpertViewDto,
  FlaggedClaimDto,
  InstrumentDto,
  InstrumentRef,
  JurisdictionPageDto,
  JurisdictionSummaryDto,
} from "../dto/jurisdictions";

/** Public pages read published, undeleted rows only — related rows included. */
export const PUBLISHED = { publication: "PUBLISHED", deletedAt: null } as const;

export const citedSourceSelect = { key: true, title: true, titleZh: true, publisher: true, url: true, isSeedArticle: true } as const;
const publishedSources = { select: citedSourceSelect, where: PUBLISHED } as const;

// To-one relations cannot be filtered inside a select, so their publication state is read and checked here.
export const instrumentRefSelect = {
  slug: true,
  titleEn: true,
  titleZh: true,
  publication: true,
  deletedAt: true,
  jurisdiction: { select: { code: true } },
} as const;

type RefRow = { slug: string; titleEn: string; titleZh: string | null; publication: string; deletedAt: Date | null; jurisdiction: { code: string } };

export function toInstrumentRef(row: RefRow | null): InstrumentRef | null {
  if (!row || row.publication !== "PUBLISHED" || row.deletedAt) return null;
  return { slug: row.slug, titleEn: row.titleEn, titleZh: row.titleZh, jurisdictionCode: row.jurisdiction.code };
}

// Seed articles (S0–S4), then R1, R2 … R70 in numeric order, then anything else (the FS1 fact-sheet placeholder).
const keyRank = (key: string) => (/^S\d+$/.test(key) ? 0 : /^R\d+$/.test(key) ? 1 : 2);

export function compareSourceKeys(a: { key: string }, b: { key: string }): number {
  return keyRank(a.key) - keyRank(b.key) || a.key.localeCompare(b.key, "en", { numeric: true });
}

export function sortSources<T extends { key: string }>(sources: T[]): T[] {
  return [...sources].sort(compareSourceKeys);
}

/** "FR, US" / "FR,US" → ["FR", "US"] (alsoJurisdictions is stored as comma-separated codes). */
export function splitCodes(codes: string | null | undefined): string[] {
  return (codes ?? "").split(",").map((c) => c.trim().toUpperCase()).filter(Boolean);
}

export const claimSelect = {
  slug: true,
  claimEn: true,
  claimZh: true,
  correctionEn: true,
  correctionZh: true,
  source: { select: citedSourceSelect },
  evidence: publishedSources,
  instrument: { select: { ...instrumentRefSelect, alsoJurisdictions: true } },
  investmentFigure: {
    select: { slug: true, actorName: true, actorNameZh: true, measure: true, periodLabel: true, publication: true, deletedAt: true, jurisdiction: { select: { code: true } } },
  },
} as const;

// A claim is shown only when the article making it is published; its evidence list is already filtered.
export const publishedClaimWhere = { ...PUBLISHED, source: { is: PUBLISHED } } as const;

type ClaimRow = Awaited<ReturnType<typeof loadClaims>>[number];

export function loadClaims(where: Record<string, unknown> = {}) {
  return db().flaggedClaim.findMany({ where: { ...publishedClaimWhere, ...where }, select: claimSelect, orderBy: { slug: "asc" } });
}

export function toClaimDto(row: ClaimRow): FlaggedClaimDto {
  const f = row.investmentFigure;
  const figureShown = f && f.publication === "PUBLISHED" && !f.deletedAt;
  return {
    slug: row.slug,
    source: row.source,
    claimEn: row.claimEn,
    claimZh: row.claimZh,
    correctionEn: row.correctionEn,
    correctionZh: row.correctionZh,
    evidence: sortSources(row.evidence),
    instrument: toInstrumentRef(row.instrument),
    figure: figureShown
      ? { slug: f.slug, actorName: f.actorName, actorNameZh: f.actorNameZh, measure: f.measure, periodLabel: f.periodLabel, jurisdictionCode: f.jurisdiction?.code ?? null }
      : null,
  };
}

// The fact sheet's order (the three largest regimes first); codes added later follow alphabetically.
const FACT_SHEET_ORDER = ["EU", "US", "CN", "UK", "FR", "JP", "KR", "SA", "AE", "INT"];
const orderRank = (code: string) => {
  const i = FACT_SHEET_ORDER.indexOf(code);
  return i === -1 ? FACT_SHEET_ORDER.length : i;
};

const jurisdictionSummarySelect = {
  code: true,
  nameEn: true,
  nameZh: true,
  kind: true,
  blocs: true,
  approachEn: true,
  approachZh: true,
  confidence: true,
  confidenceNote: true,
  _count: { select: { instruments: { where: PUBLISHED } } },
} as const;

type SummaryRow = Awaited<ReturnType<typeof loadSummaries>>[number];

function loadSummaries(where: Record<string, unknown> = {}) {
  return db().jurisdiction.findMany({ where: { ...PUBLISHED, ...where }, select: jurisdictionSummarySelect });
}

function toSummary({ _count, ...row }: SummaryRow): JurisdictionSummaryDto {
  return { ...row, instrumentCount: _count.instruments };
}

export async function getJurisdictionIndex(): Promise<JurisdictionSummaryDto[]> {
  const rows = await loadSummaries();
  return rows.map(toSummary).sort((a, b) => orderRank(a.code) - orderRank(b.code) || a.code.localeCompare(b.code));
}

const ScaleSchema = z.array(z.object({ level: z.number().int(), en: z.string(), zh: z.string() }));

async function loadAssessments(code: string): Promise<AssessmentDto[]> {
  const rows = await db().assessment.findMany({
    where: { ...PUBLISHED, jurisdiction: { code } },
    select: {
      level: true, labelEn: true, labelZh: true, rationaleEn: true, rationaleZh: true, asOf: true, confidence: true, confidenceNote: true,
      dimension: { select: { key: true, nameEn: true, nameZh: true, scale: true, sortOrder: true } },
      sources: publishedSources,
    },
  });
  return rows
    .sort((a, b) => a.dimension.sortOrder - b.dimension.sortOrder)
    .map(({ dimension, asOf, sources, ...a }) => ({
      ...a,
      dimensionKey: dimension.key,
      dimensionNameEn: dimension.nameEn,
      dimensionNameZh: dimension.nameZh,
      // A malformed scale shows no level meanings rather than breaking the page.
      scale: ScaleSchema.safeParse(dimension.scale).data?.sort((x, y) => x.level - y.level) ?? [],
      asOf: toIsoDate(asOf)!,
      sources: sortSources(sources),
    }));
}

const instrumentSelect = {
  slug: true, titleEn: true, titleZh: true, type: true, typeZh: true, alsoJurisdictions: true, status: true, statusNote: true,
  statusNoteZh: true, adoptedOn: true, adoptedPrecision: true, effectiveOn: true, effectivePrecision: true, revokedOn: true, dateNote: true,
  dateNoteZh: true,
  summaryEn: true, summaryZh: true, confidence: true, confidenceNote: true,
  jurisdiction: { select: { code: true } },
  revokedBy: { select: instrumentRefSelect },
  revokes: { select: instrumentRefSelect, where: PUBLISHED },
  milestones: { select: { date: true, labelEn: true, labelZh: true, sources: publishedSources }, where: PUBLISHED, orderBy: { date: "asc" } },
  sources: publishedSources,
  claims: { select: { slug: true }, where: publishedClaimWhere },
} as const;

/** Instruments filed under `code`, and those of other jurisdictions that name `code` as a further party. */
async function loadInstruments(code: string): Promise<InstrumentDto[]> {
  const rows = await db().instrument.findMany({
    where: { ...PUBLISHED, OR: [{ jurisdiction: { code } }, { alsoJurisdictions: { contains: code } }] },
    select: instrumentSelect,
  });
  const dtos: InstrumentDto[] = rows.map(({ jurisdiction, claims, ...r }) => ({
    ...r,
    jurisdictionCode: jurisdiction.code,
    alsoJurisdictions: splitCodes(r.alsoJurisdictions),
    adoptedOn: toIsoDate(r.adoptedOn),
    effectiveOn: toIsoDate(r.effectiveOn),
    revokedOn: toIsoDate(r.revokedOn),
    revokedBy: toInstrumentRef(r.revokedBy),
    revokes: r.revokes.map(toInstrumentRef).filter((x): x is InstrumentRef => x !== null),
    milestones: r.milestones.map((m) => ({ ...m, date: toIsoDate(m.date)!, sources: sortSources(m.sources) })),
    sources: sortSources(r.sources),
    claimSlugs: claims.map((c) => c.slug),
  }));
  // `contains` is a substring match; keep only exact codes. Then chronological by the first known date.
  const firstDate = (i: InstrumentDto) => i.adoptedOn ?? i.milestones[0]?.date ?? i.effectiveOn ?? "9999";
  return dtos
    .filter((i) => i.jurisdictionCode === code || i.alsoJurisdictions.includes(code))
    .sort((a, b) => firstDate(a).localeCompare(firstDate(b)) || a.slug.localeCompare(b.slug));
}

async function loadEvents(code: string): Promise<EventDto[]> {
  const rows = await db().timelineEvent.findMany({
    where: { ...PUBLISHED, OR: [{ jurisdiction: { code } }, { alsoJurisdictions: { contains: code } }] },
    select: {
      slug: true, date: true, datePrecision: true, dateNote: true, dateNoteZh: true, alsoJurisdictions: true, titleEn: true, titleZh: true,
      confidence: true, confidenceNote: true,
      jurisdiction: { select: { code: true } },
      instrument: { select: instrumentRefSelect },
      sources: publishedSources,
    },
    orderBy: [{ date: "asc" }, { slug: "asc" }],
  });
  return rows
    .map(({ jurisdiction, instrument, date, ...e }) => ({
      ...e,
      date: toIsoDate(date)!,
      jurisdictionCode: jurisdiction.code,
      alsoJurisdictions: splitCodes(e.alsoJurisdictions),
      instrument: toInstrumentRef(instrument),
      sources: sortSources(e.sources),
    }))
    .filter((e) => e.jurisdictionCode === code || e.alsoJurisdictions.includes(code));
}

async function loadExpertViews(code: string): Promise<ExpertViewDto[]> {
  return db().expertView.findMany({
    where: { ...PUBLISHED, jurisdiction: { code }, source: { is: PUBLISHED } },
    select: { slug: true, person: true, personZh: true, affiliation: true, year: true, viewEn: true, viewZh: true, source: { select: citedSourceSelect } },
    orderBy: [{ year: "asc" }, { slug: "asc" }],
  });
}

/** Claims whose linked instrument or figure belongs to (or names) this jurisdiction. */
async function loadClaimsFor(code: string): Promise<FlaggedClaimDto[]> {
  const rows = await loadClaims({
    OR: [
      { instrument: { jurisdiction: { code } } },
      { instrument: { alsoJurisdictions: { contains: code } } },
      { investmentFigure: { jurisdiction: { code } } },
    ],
  });
  // `contains` is a substring match, and the linked record must itself be published.
  return rows
    .map((row) => ({ row, dto: toClaimDto(row) }))
    .filter(({ row, dto }) => {
      const viaInstrument = dto.instrument && (dto.instrument.jurisdictionCode === code || splitCodes(row.instrument?.alsoJurisdictions).includes(code));
      return Boolean(viaInstrument || dto.figure?.jurisdictionCode === code);
    })
    .map(({ dto }) => dto);
}

async function loadFigures(code: string) {
  const rows = await db().investmentFigure.findMany({
    where: { ...PUBLISHED, jurisdiction: { code } },
    select: { ...figureSelect, sources: { ...figureSelect.sources, where: PUBLISHED } },
    orderBy: [{ category: "asc" }, { actorName: "asc" }, { periodStart: "asc" }, { slug: "asc" }],
  });
  return rows.map(toFigureDto);
}

/** Everything the jurisdiction page shows; null when the code is unknown or unpublished. */
export async function getJurisdictionPage(code: string): Promise<JurisdictionPageDto | null> {
  const upper = code.toUpperCase();
  const [summary] = await loadSummaries({ code: upper });
  if (!summary) return null;
  const [jurisdictionSources, assessments, instruments, figures, events, expertViews, claims] = await Promise.all([
    db().source.findMany({ where: { ...PUBLISHED, jurisdictions: { some: { code: upper } } }, select: citedSourceSelect }),
    loadAssessments(upper),
    loadInstruments(upper),
    loadFigures(upper),
    loadEvents(upper),
    loadExpertViews(upper),
    loadClaimsFor(upper),
  ]);
  const citedKeys = new Set<string>([
    ...jurisdictionSources.map((s) => s.key),
    ...assessments.flatMap((a) => a.sources.map((s) => s.key)),
    ...instruments.flatMap((i) => [...i.sources, ...i.milestones.flatMap((m) => m.sources)].map((s) => s.key)),
    ...figures.flatMap((f) => f.sources.map((s) => s.key)),
    ...events.flatMap((e) => e.sources.map((s) => s.key)),
    ...expertViews.map((v) => v.source.key),
    ...claims.flatMap((c) => [c.source.key, ...c.evidence.map((s) => s.key)]),
  ]);
  const sources: CitedSource[] = await db().source.findMany({ where: { ...PUBLISHED, key: { in: [...citedKeys] } }, select: citedSourceSelect });
  return {
    jurisdiction: { ...toSummary(summary), sources: sortSources(jurisdictionSources) },
    assessments,
    instruments,
    figures,
    events,
    expertViews,
    claims,
    sources: sortSources(sources),
  };
}
