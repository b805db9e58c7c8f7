import "server-only";
import { z } from "zod";
import { db } from "../db";
import { toIsoDate } from "../format/dates";
import { newestDate, splitHistory } from "../charts/compare-state";
import { figureSelect, toFigureDto } from "./investments";
import {
  PUBLISHED,
  citedSourceSelect,
  instrumentRefSelect,
  loadClaims,
  publishedClaimWhere,
  publishedSources,
  sortSources,
  splitCodes,
  toClaimDto,
  toInstrumentRef,
} from "./jurisdictions-shared";
import type { AssessmentDto, EventDto, ExpertViewDto, FlaggedClaimDto, InstrumentDto, InstrumentRef } from "../dto/jurisdictions";
import { assessmentColumns, instrumentHeadColumns, instrumentStatusColumns } from "./columns";

// One loader per kind of record a jurisdiction page lists (assessments, instruments, events, expert views, claims,
// figures) and the page's last-checked date; lib/queries/jurisdictions.ts puts the page together.
const ScaleSchema = z.array(z.object({ level: z.number().int(), en: z.string(), zh: z.string() }));

export async function loadAssessments(code: string): Promise<AssessmentDto[]> {
  const rows = await db().assessment.findMany({
    where: { ...PUBLISHED, jurisdiction: { code } },
    select: {
      ...assessmentColumns,
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
  ...instrumentHeadColumns,
  typeZh: true,
  ...instrumentStatusColumns,
  summaryEn: true,
  summaryZh: true,
  confidence: true,
  confidenceNote: true,
  revokedBy: { select: instrumentRefSelect },
  revokes: { select: instrumentRefSelect, where: PUBLISHED },
  milestones: {
    select: {
      date: true,
      labelEn: true,
      labelZh: true,
      sources: publishedSources,
      supersededOn: true,
      supersededBy: { select: instrumentRefSelect },
      supersededNoteEn: true,
      supersededNoteZh: true,
    },
    where: PUBLISHED,
    orderBy: { date: "asc" },
  },
  sources: publishedSources,
  claims: { select: { slug: true }, where: publishedClaimWhere },
} as const;

/**
 * The published instruments or events a jurisdiction is party to: filed under it (or under one of `within`, its
 * states), or naming it among their further jurisdictions. The database's `contains` is a substring match (a
 * candidate list); isPartyTo keeps the exact codes.
 */
const partyToWhere = (code: string, within: string[]) => ({
  ...PUBLISHED,
  OR: [{ jurisdiction: { code: { in: [code, ...within] } } }, { alsoJurisdictions: { contains: code } }],
});
const isPartyTo = (code: string, within: string[]) => (r: { jurisdictionCode: string; alsoJurisdictions: string[] }) =>
  r.jurisdictionCode === code || within.includes(r.jurisdictionCode) || r.alsoJurisdictions.includes(code);

/**
 * Instruments filed under `code` or one of its sub-national jurisdictions (`within`: the US's states), and those
 * of other jurisdictions that name `code` as a further party.
 */
export async function loadInstruments(code: string, within: string[] = []): Promise<InstrumentDto[]> {
  const rows = await db().instrument.findMany({
    where: partyToWhere(code, within),
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
  // Chronological by the first known date.
  const firstDate = (i: InstrumentDto) => i.adoptedOn ?? i.milestones[0]?.date ?? i.effectiveOn ?? "9999";
  return dtos.filter(isPartyTo(code, within)).sort((a, b) => firstDate(a).localeCompare(firstDate(b)) || a.slug.localeCompare(b.slug));
}

export async function loadEvents(code: string, within: string[] = []): Promise<EventDto[]> {
  const rows = await db().timelineEvent.findMany({
    where: partyToWhere(code, within),
    select: {
      slug: true,
      date: true,
      datePrecision: true,
      dateNote: true,
      dateNoteZh: true,
      alsoJurisdictions: true,
      titleEn: true,
      titleZh: true,
      confidence: true,
      confidenceNote: true,
      lastCheckedOn: true,
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
    .filter(isPartyTo(code, within));
}

export async function loadExpertViews(code: string): Promise<ExpertViewDto[]> {
  return db().expertView.findMany({
    where: { ...PUBLISHED, jurisdiction: { code }, source: { is: PUBLISHED } },
    select: { slug: true, person: true, personZh: true, affiliation: true, year: true, viewEn: true, viewZh: true, source: { select: citedSourceSelect } },
    orderBy: [{ year: "asc" }, { slug: "asc" }],
  });
}

/** Claims whose linked instrument or figure belongs to (or names) this jurisdiction. */
export async function loadClaimsFor(code: string): Promise<FlaggedClaimDto[]> {
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

export async function loadFigures(code: string) {
  const rows = await db().investmentFigure.findMany({
    where: { ...PUBLISHED, jurisdiction: { code } },
    select: { ...figureSelect, sources: { ...figureSelect.sources, where: PUBLISHED } },
    orderBy: [{ category: "asc" }, { actorName: "asc" }, { periodStart: "asc" }, { slug: "asc" }],
  });
  return rows.map(toFigureDto);
}

/** The newest lastCheckedOn among a jurisdiction's (and its states') instruments, milestones and events. */
export async function loadLastChecked(codes: string[]): Promise<string | null> {
  const where = { ...PUBLISHED, jurisdiction: { code: { in: codes } }, lastCheckedOn: { not: null } };
  const [instrument, event, jurisdiction] = await Promise.all([
    db().instrument.findFirst({ where, select: { lastCheckedOn: true }, orderBy: { lastCheckedOn: "desc" } }),
    db().timelineEvent.findFirst({ where, select: { lastCheckedOn: true }, orderBy: { lastCheckedOn: "desc" } }),
    db().jurisdiction.findFirst({
      where: { ...PUBLISHED, code: { in: codes }, lastCheckedOn: { not: null } },
      select: { lastCheckedOn: true },
      orderBy: { lastCheckedOn: "desc" },
    }),
  ]);
  return newestDate([instrument?.lastCheckedOn, event?.lastCheckedOn, jurisdiction?.lastCheckedOn].map((d) => toIsoDate(d ?? null)));
}
