import "server-only";
import { db } from "../db";
import { toIsoDate } from "../format/dates";
import { newestDate } from "../charts/compare-state";
import { PUBLISHED, citedSourceSelect, sortSources } from "./jurisdictions-shared";
import { loadAssessments, loadClaimsFor, loadEvents, loadExpertViews, loadFigures, loadInstruments, loadLastChecked } from "./jurisdictions-records";
import type { CitedSource, JurisdictionPageDto, JurisdictionSummaryDto } from "../dto/jurisdictions";

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
    .sort(
      (a, b) =>
        orderRank(home(a)) - orderRank(home(b)) ||
        home(a).localeCompare(home(b)) ||
        Number(Boolean(a.parentCode)) - Number(Boolean(b.parentCode)) ||
        a.code.localeCompare(b.code),
    );
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
