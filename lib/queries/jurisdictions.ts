import "server-only";
import { z } from "zod";
import { db } from "../db";
import { toIsoDate } from "../format/dates";
import { newestDate, splitHistory } from "../charts/compare-state";
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
  parent: { select: { code: true } },
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

function toSummary({ _count, parent, ...row }: SummaryRow): JurisdictionSummaryDto {
  return { ...row, parentCode: parent?.code ?? null, instrumentCount: _count.instruments };
}

export async function getJurisdictionIndex(): Promise<JurisdictionSummaryDto[]> {
  const rows = await loadSummaries();
  // A state follows its country (US, then US-CA, US-CO …).
  const home = (j: JurisdictionSummaryDto) => j.parentCode ?? j.code;
  return rows
    .map(toSummary)
    .sort((a, b) => orderRank(home(a)) - orderRank(home(b)) || home(a).localeCompare(home(b)) || Number(Boolean(a.parentCode)) - Number(Boolean(b.parentCode)) || a.code.localeCompare(b.code));
}

const ScaleSchema = z.array(z.object({ level: z.number().int(), en: z.string(), zh: z.string() }));

async function loadAssessments(code: string): Promise<AssessmentDto[]> {
  const rows = await db().assessment.findMany({
    where: { ...PUBLISHED, jurisdiction: { code } },
    select: {
      level: true, labelEn: true, labelZh: true, rationaleEn: true, rationaleZh: true, asOf: true, since: true, lastCheckedOn: true, confidence: true,
      dimension: { select: { key: true, nameEn: true, nameZh: true, scale: true, sortOrder: true } },
      sources: publishedSources,
    },
  });
  const all = rows
    .sort((a, b) => a.dimension.sortOrder - b.dimension.sortOrder)
    .map(({ dimension, asOf, since, lastCheckedOn, sources, ...a }) => ({
      ...a,
      dimensionKey: dimension.key,
      dimensionNameEn: dimension.nameEn,
      dimensionNameZh: dimension.nameZh,
      // A malformed scale shows no level meanings rather than breaking the page.
      scale: ScaleSchema.safeParse(dimension.scale).data?.sort((x, y) => x.level - y.level) ?? [],
      asOf: toIsoDate(asOf)!,
      since: toIsoDate(since),
      lastChecked: toIsoDate(lastCheckedOn) ?? toIsoDate(asOf)!,
      sources: sortSources(sources),
    }));
  // Several dated codings per dimension: the current one (latest `since`) with the earlier ones kept readable.
  const keys = [...new Set(all.map((a) => a.dimensionKey))];
  return keys.flatMap((key) => {
    const { current, earlier } = splitHistory(all.filter((a) => a.dimensionKey === key));
    if (!current) return [];
    return [{ ...current, earlier: earlier.map(({ scale: _s, dimensionNameEn: _e, dimensionNameZh: _z, ...e }) => e) }];
  });
}

const instrumentSelect = {
  slug: true, titleEn: true, titleZh: true, type: true, typeZh: true, alsoJurisdictions: true, status: true, statusNote: true,
  statusNoteZh: true, adoptedOn: true, adoptedPrecision: true, effectiveOn: true, effectivePrecision: true, revokedOn: true, dateNote: true,
  dateNoteZh: true,
  summaryEn: true, summaryZh: true, confidence: true, confidenceNote: true,
  jurisdiction: { select: { code: true } },
  revokedBy: { select: instrumentRefSelect },
  revokes: { select: instrumentRefSelect, where: PUBLISHED },
  milestones: {
    select: {
      date: true, labelEn: true, labelZh: true, sources: publishedSources,
      supersededOn: true, supersededBy: { select: instrumentRefSelect }, supersededNoteEn: true, supersededNoteZh: true,
    },
    where: PUBLISHED,
    orderBy: { date: "asc" },
  },
  sources: publishedSources,
  claims: { select: { slug: true }, where: publishedClaimWhere },
} as const;

/**
 * Instruments filed under `code` or one of its sub-national jurisdictions (`within`: the US's states), and those
 * of other jurisdictions that name `code` as a further party.
 */
async function loadInstruments(code: string, within: string[] = []): Promise<InstrumentDto[]> {
  const rows = await db().instrument.findMany({
    where: { ...PUBLISHED, OR: [{ jurisdiction: { code: { in: [code, ...within] } } }, { alsoJurisdictions: { contains: code } }] },
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
    milestones: r.milestones.map(({ supersededOn, supersededBy, supersededNoteEn, supersededNoteZh, ...m }) => ({
      ...m,
      date: toIsoDate(m.date)!,
      sources: sortSources(m.sources),
      superseded:
        supersededOn || supersededBy || supersededNoteEn
          ? { on: toIsoDate(supersededOn), by: toInstrumentRef(supersededBy), noteEn: supersededNoteEn, noteZh: supersededNoteZh }
          : null,
    })),
    sources: sortSources(r.sources),
    claimSlugs: claims.map((c) => c.slug),
  }));
  // `contains` is a substring match; keep only exact codes. Then chronological by the first known date.
  const firstDate = (i: InstrumentDto) => i.adoptedOn ?? i.milestones[0]?.date ?? i.effectiveOn ?? "9999";
  return dtos
    .filter((i) => i.jurisdictionCode === code || within.includes(i.jurisdictionCode) || i.alsoJurisdictions.includes(code))
    .sort((a, b) => firstDate(a).localeCompare(firstDate(b)) || a.slug.localeCompare(b.slug));
}

async function loadEvents(code: string, within: string[] = []): Promise<EventDto[]> {
  const rows = await db().timelineEvent.findMany({
    where: { ...PUBLISHED, OR: [{ jurisdiction: { code: { in: [code, ...within] } } }, { alsoJurisdictions: { contains: code } }] },
    select: {
      slug: true, date: true, datePrecision: true, dateNote: true, dateNoteZh: true, alsoJurisdictions: true, titleEn: true, titleZh: true,
      confidence: true, confidenceNote: true, lastCheckedOn: true,
      jurisdiction: { select: { code: true } },
      instrument: { select: instrumentRefSelect },
      sources: publishedSources,
    },
    orderBy: [{ date: "asc" }, { slug: "asc" }],
  });
  return rows
    .map(({ jurisdiction, instrument, date, lastCheckedOn: _checked, ...e }) => ({
      ...e,
      date: toIsoDate(date)!,
      jurisdictionCode: jurisdiction.code,
      alsoJurisdictions: splitCodes(e.alsoJurisdictions),
      instrument: toInstrumentRef(instrument),
      sources: sortSources(e.sources),
    }))
    .filter((e) => e.jurisdictionCode === code || within.includes(e.jurisdictionCode) || e.alsoJurisdictions.includes(code));
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
  const children = await db().jurisdiction.findMany({
    where: { ...PUBLISHED, parent: { code: upper } },
    select: { code: true, nameEn: true, nameZh: true },
    orderBy: { code: "asc" },
  });
  const within = children.map((c) => c.code);
  const [jurisdictionSources, assessments, instruments, figures, events, expertViews, claims, checked] = await Promise.all([
    db().source.findMany({ where: { ...PUBLISHED, jurisdictions: { some: { code: upper } } }, select: citedSourceSelect }),
    loadAssessments(upper),
    loadInstruments(upper, within),
    loadFigures(upper),
    loadEvents(upper, within),
    loadExpertViews(upper),
    loadClaimsFor(upper),
    loadLastChecked([upper, ...within]),
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
  const sourceRows = await db().source.findMany({ where: { ...PUBLISHED, key: { in: [...citedKeys] } }, select: { ...citedSourceSelect, publishedOn: true } });
  const sources: CitedSource[] = sourceRows.map((s) => ({ ...s, publishedOn: toIsoDate(s.publishedOn) }));
  // The newest date the page's information carries (scheduled dates excluded), never when rows were written.
  const today = new Date().toISOString().slice(0, 10);
  const dated = [
    ...assessments.map((a) => a.asOf),
    ...instruments.flatMap((i) => [i.adoptedOn, i.effectiveOn, i.revokedOn, ...i.milestones.flatMap((m) => [m.date, m.superseded?.on ?? null])]),
    ...events.map((e) => e.date),
  ].filter((d): d is string => Boolean(d) && d! <= today);
  return {
    children,
    asOf: newestDate(dated),
    lastChecked: newestDate([checked, ...assessments.map((a) => a.lastChecked)]),
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

/** The newest lastCheckedOn among a jurisdiction's (and its states') instruments, milestones and events. */
async function loadLastChecked(codes: string[]): Promise<string | null> {
  const where = { ...PUBLISHED, jurisdiction: { code: { in: codes } }, lastCheckedOn: { not: null } };
  const [instrument, event, jurisdiction] = await Promise.all([
    db().instrument.findFirst({ where, select: { lastCheckedOn: true }, orderBy: { lastCheckedOn: "desc" } }),
    db().timelineEvent.findFirst({ where, select: { lastCheckedOn: true }, orderBy: { lastCheckedOn: "desc" } }),
    db().jurisdiction.findFirst({ where: { ...PUBLISHED, code: { in: codes }, lastCheckedOn: { not: null } }, select: { lastCheckedOn: true }, orderBy: { lastCheckedOn: "desc" } }),
  ]);
  return newestDate([instrument?.lastCheckedOn, event?.lastCheckedOn, jurisdiction?.lastCheckedOn].map((d) => toIsoDate(d ?? null)));
}
