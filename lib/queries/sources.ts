import "server-only";
import { db } from "../db";
import { toIsoDate } from "../format/dates";
import { newestDate } from "../charts/compare-state";
import {
  PUBLISHED,
  compareSourceKeys,
  instrumentRefSelect,
  loadClaims,
  publishedClaimWhere,
  sortSources,
  toClaimDto,
  toInstrumentRef,
} from "./jurisdictions-shared";
import type { CitingRecord, SourceDto, SourcesPageDto } from "../dto/sources";
import { sourceColumns } from "./columns";

const withCode = { select: { code: true } } as const;

const sourceWithCitationsSelect = {
  ...sourceColumns,
  jurisdictions: { select: { code: true, nameEn: true, nameZh: true }, where: PUBLISHED, orderBy: { code: "asc" } },
  instruments: { select: { slug: true, titleEn: true, titleZh: true, jurisdiction: withCode }, where: PUBLISHED, orderBy: { slug: "asc" } },
  milestones: {
    select: { id: true, labelEn: true, labelZh: true, instrument: { select: instrumentRefSelect } },
    where: PUBLISHED,
    orderBy: { date: "asc" },
  },
  assessments: {
    select: {
      id: true,
      jurisdiction: { select: { code: true, nameEn: true, nameZh: true } },
      dimension: { select: { key: true, nameEn: true, nameZh: true, sortOrder: true } },
    },
    where: PUBLISHED,
  },
  investments: {
    select: { slug: true, actorName: true, actorNameZh: true, measure: true, periodLabel: true, jurisdiction: withCode },
    where: PUBLISHED,
    orderBy: { slug: "asc" },
  },
  events: { select: { slug: true, titleEn: true, titleZh: true, jurisdiction: withCode }, where: PUBLISHED, orderBy: { date: "asc" } },
  expertViews: { select: { slug: true, person: true, personZh: true, jurisdiction: withCode }, where: PUBLISHED, orderBy: { slug: "asc" } },
  claimsMade: { select: { slug: true, claimEn: true, claimZh: true }, where: publishedClaimWhere, orderBy: { slug: "asc" } },
  claimsEvidence: { select: { slug: true, claimEn: true, claimZh: true }, where: publishedClaimWhere, orderBy: { slug: "asc" } },
  exchangeRates: { select: { id: true, currency: true, period: true }, where: PUBLISHED, orderBy: { currency: "asc" } },
} as const;

type SourceRow = Awaited<ReturnType<typeof loadSources>>[number];

function loadSources() {
  return db().source.findMany({ where: PUBLISHED, select: sourceWithCitationsSelect });
}

const page = (jurisdictionCode: string | null | undefined, anchor: string) =>
  jurisdictionCode ? `/jurisdictions/${jurisdictionCode.toLowerCase()}#${anchor}` : null;

/** Claims are long sentences; the citing list names them by their first words. */
function shorten(text: string, max = 90): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** A flagged claim the source made ("claim") or is evidence against ("claimEvidence"): listed on /sources. */
const claimRecord =
  (type: "claim" | "claimEvidence") =>
  (c: SourceRow["claimsMade"][number]): CitingRecord => ({
    type,
    id: c.slug,
    labelEn: shorten(c.claimEn),
    labelZh: c.claimZh ? shorten(c.claimZh, 60) : null,
    jurisdictionCode: null,
    href: `/sources#claim-${c.slug}`,
  });

function citingRecords(s: SourceRow): CitingRecord[] {
  const records: CitingRecord[] = [
    ...s.jurisdictions.map((j) => ({
      type: "jurisdiction" as const,
      id: j.code,
      labelEn: j.nameEn,
      labelZh: j.nameZh,
      jurisdictionCode: j.code,
      href: page(j.code, "approach"),
    })),
    ...s.instruments.map((i) => ({
      type: "instrument" as const,
      id: i.slug,
      labelEn: i.titleEn,
      labelZh: i.titleZh,
      jurisdictionCode: i.jurisdiction.code,
      href: page(i.jurisdiction.code, `instrument-${i.slug}`),
    })),
    ...s.milestones.flatMap((m) => {
      const instrument = toInstrumentRef(m.instrument);
      if (!instrument) return [];
      return [
        {
          type: "milestone" as const,
          id: m.id,
          labelEn: `${instrument.titleEn}: ${m.labelEn}`,
          labelZh: m.labelZh ? `${instrument.titleZh ?? instrument.titleEn}：${m.labelZh}` : null,
          jurisdictionCode: instrument.jurisdictionCode,
          href: page(instrument.jurisdictionCode, `instrument-${instrument.slug}`),
        },
      ];
    }),
    ...[...s.assessments]
      .sort((a, b) => a.jurisdiction.code.localeCompare(b.jurisdiction.code) || a.dimension.sortOrder - b.dimension.sortOrder)
      .map((a) => ({
        type: "assessment" as const,
        id: a.id,
        labelEn: `${a.jurisdiction.nameEn}: ${a.dimension.nameEn}`,
        labelZh: `${a.jurisdiction.nameZh}：${a.dimension.nameZh}`,
        jurisdictionCode: a.jurisdiction.code,
        href: page(a.jurisdiction.code, `assessment-${a.dimension.key}`),
      })),
    ...s.investments.map((f) => ({
      type: "figure" as const,
      id: f.slug,
      labelEn: `${f.actorName}: ${f.measure} (${f.periodLabel})`,
      labelZh: f.actorNameZh ? `${f.actorNameZh}：${f.measure}（${f.periodLabel}）` : null,
      jurisdictionCode: f.jurisdiction?.code ?? null,
      href: page(f.jurisdiction?.code, `figure-${f.slug}`),
    })),
    ...s.events.map((e) => ({
      type: "event" as const,
      id: e.slug,
      labelEn: e.titleEn,
      labelZh: e.titleZh,
      jurisdictionCode: e.jurisdiction.code,
      href: page(e.jurisdiction.code, `event-${e.slug}`),
    })),
    ...s.expertViews.map((v) => ({
      type: "expertView" as const,
      id: v.slug,
      labelEn: v.person,
      labelZh: v.personZh,
      jurisdictionCode: v.jurisdiction?.code ?? null,
      href: page(v.jurisdiction?.code, `expert-${v.slug}`),
    })),
    ...s.claimsMade.map(claimRecord("claim")),
    ...s.claimsEvidence.map(claimRecord("claimEvidence")),
    ...s.exchangeRates.map((r) => ({
      type: "exchangeRate" as const,
      id: r.id,
      labelEn: `${r.currency} ${r.period}`,
      labelZh: null,
      jurisdictionCode: null,
      href: null,
    })),
  ];
  return records;
}

function toSourceDto(s: SourceRow): SourceDto {
  return {
    key: s.key,
    title: s.title,
    titleZh: s.titleZh,
    publisher: s.publisher,
    url: s.url,
    date: toIsoDate(s.publishedOn),
    dateNote: s.dateNote,
    language: s.language,
    kind: s.kind,
    isSeedArticle: s.isSeedArticle,
    lastChecked: toIsoDate(s.lastCheckedOn),
    citedBy: citingRecords(s),
  };
}

/** Seed articles first (S0–S4), then R1, R2 … in numeric order. */
export async function getSourcesPage(): Promise<SourcesPageDto> {
  const [rows, claimRows] = await Promise.all([loadSources(), loadClaims()]);
  const sources = sortSources(rows.map(toSourceDto)).sort((a, b) => Number(b.isSeedArticle) - Number(a.isSeedArticle));
  // Claims in the order of the articles that make them (S0, S1, S2 …).
  const claims = claimRows.map(toClaimDto).sort((a, b) => compareSourceKeys(a.source, b.source) || a.slug.localeCompare(b.slug));
  const today = new Date().toISOString().slice(0, 10);
  return {
    sources,
    claims,
    asOf: newestDate(sources.map((s) => (s.date && s.date <= today ? s.date : null))),
    lastChecked: newestDate(sources.map((s) => s.lastChecked)),
  };
}
