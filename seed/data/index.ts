// The curated seed data set, assembled from the fact sheet (/work/shared/factsheet.md at authoring time), and a
// consistency check the seeder runs before writing anything (also asserted by tests/unit/seed-data.test.ts).
import { claims } from "./claims.ts";
import { assessments, dimensions } from "./dimensions.ts";
import { events as eventsEn } from "./events.ts";
import { experts } from "./experts.ts";
import { instruments as instrumentsEn } from "./instruments.ts";
import { eventDateNotesZh, instrumentNotesZh } from "./instruments-zh.ts";
import { investments } from "./investments.ts";
import { jurisdictions } from "./jurisdictions.ts";
import { sources } from "./sources.ts";
import type { CuratedSeed } from "./types.ts";

// The Chinese notes apply where the English row has the note (a status note that only repeated the status was dropped).
const instruments = instrumentsEn.map((i) => {
  const zh = { ...instrumentNotesZh[i.slug] };
  if (!i.statusNote) delete zh.statusNoteZh;
  if (!i.dateNote) delete zh.dateNoteZh;
  return { ...zh, ...i, typeZh: i.typeZh ?? zh.typeZh, statusNoteZh: i.statusNoteZh ?? zh.statusNoteZh, dateNoteZh: i.dateNoteZh ?? zh.dateNoteZh };
});
const events = eventsEn.map((e) => (eventDateNotesZh[e.slug] ? { ...e, dateNoteZh: eventDateNotesZh[e.slug] } : e));

export const curatedSeed: CuratedSeed = {
  sources,
  jurisdictions,
  dimensions,
  assessments,
  instruments,
  investments,
  events,
  claims,
  experts,
};

export { assessments, claims, dimensions, events, experts, instruments, investments, jurisdictions, sources };
export type * from "./types.ts";

/** Broken references, duplicate keys, unsourced rows, bad dates or amounts; empty when the data set is sound. */
export function findSeedProblems(data: CuratedSeed): string[] {
  const problems: string[] = [];
  const sourceKeys = unique(data.sources.map((s) => s.key), "source key", problems);
  const codes = unique(data.jurisdictions.map((j) => j.code), "jurisdiction code", problems);
  const dimensionKeys = unique(data.dimensions.map((d) => d.key), "dimension key", problems);
  const instrumentSlugs = unique(data.instruments.map((i) => i.slug), "instrument slug", problems);
  const figureSlugs = unique(data.investments.map((f) => f.slug), "investment slug", problems);
  unique(data.events.map((e) => e.slug), "event slug", problems);
  unique(data.claims.map((c) => c.slug), "claim slug", problems);
  unique(data.experts.map((x) => x.slug), "expert slug", problems);
  unique(data.assessments.map((a) => assessmentKey(a)), "assessment", problems);
  unique(data.instruments.flatMap((i) => (i.milestones ?? []).map((m) => `${i.slug}@${m.date}@${m.labelEn}`)), "milestone", problems);

  const ref = (set: Set<string>, value: string | undefined, what: string, where: string) => {
    if (value !== undefined && !set.has(value)) problems.push(`${where}: unknown ${what} "${value}"`);
  };
  const sourced = (keys: string[], where: string, required = true) => {
    if (required && keys.length === 0) problems.push(`${where}: no source`);
    for (const key of keys) ref(sourceKeys, key, "source", where);
  };
  const date = (value: string | undefined, where: string) => {
    if (value !== undefined && !isIsoDate(value)) problems.push(`${where}: invalid date "${value}"`);
  };
  /** A row filed under a jurisdiction (and further parties), maybe linked to an instrument, with sources and dates. */
  const filed = (where: string, row: Filed, instrument: string | undefined, dates: (string | undefined)[]) => {
    for (const c of [row.jurisdiction, ...(row.alsoJurisdictions ?? [])]) ref(codes, c, "jurisdiction", where);
    ref(instrumentSlugs, instrument, "instrument", where);
    sourced(row.sources, where);
    for (const d of dates) date(d, where);
  };

  for (const s of data.sources) for (const d of [s.publishedOn, s.lastCheckedOn]) date(d, `source ${s.key}`);
  for (const j of data.jurisdictions) {
    sourced(j.sources, `jurisdiction ${j.code}`);
    ref(codes, j.parent, "jurisdiction", `jurisdiction ${j.code}`);
    if ((j.kind === "SUBNATIONAL") !== Boolean(j.parent)) problems.push(`jurisdiction ${j.code}: a sub-national jurisdiction, and only one, has a parent`);
    date(j.lastCheckedOn, `jurisdiction ${j.code}`);
  }
  for (const a of data.assessments) {
    const where = `assessment ${a.jurisdiction}/${a.dimension}`;
    ref(codes, a.jurisdiction, "jurisdiction", where);
    ref(dimensionKeys, a.dimension, "dimension", where);
    sourced(a.sources, where);
    for (const d of [a.asOf, a.since, a.lastCheckedOn]) date(d, where);
    const scale = data.dimensions.find((d) => d.key === a.dimension)?.scale ?? [];
    if (a.level !== null && !scale.some((s) => s.level === a.level)) problems.push(`${where}: level ${a.level} is not on the scale`);
  }
  for (const i of data.instruments) {
    const where = `instrument ${i.slug}`;
    filed(where, i, i.revokedBy, [i.adoptedOn, i.effectiveOn, i.revokedOn, i.lastCheckedOn]);
    if (i.status === "REVOKED" && (!i.revokedOn || !i.revokedBy)) problems.push(`${where}: revoked without date or revoking instrument`);
    for (const m of i.milestones ?? []) {
      sourced(m.sources, `${where} milestone ${m.date}`);
      for (const d of [m.date, m.lastCheckedOn, m.superseded?.on]) date(d, `${where} milestone`);
      ref(instrumentSlugs, m.superseded?.by, "instrument", `${where} milestone ${m.date}`);
    }
  }
  for (const f of data.investments) {
    const where = `investment ${f.slug}`;
    filed(where, f, undefined, [f.reportedOn, f.lastCheckedOn]);
    problems.push(...amountProblems(f, where));
    const initiative = f.category === "PUBLIC_INITIATIVE" || f.category === "PRIVATE_INITIATIVE";
    if (initiative && !f.funding) problems.push(`${where}: an initiative must say whose money it is (funding)`);
    if (f.category === "PRIVATE_INITIATIVE" && f.funding === "PUBLIC") problems.push(`${where}: a private initiative cannot be public money`);
  }
  for (const e of data.events) {
    filed(`event ${e.slug}`, e, e.instrument, [e.date, e.lastCheckedOn]);
  }
  for (const c of data.claims) {
    const where = `claim ${c.slug}`;
    sourced([c.source], where);
    sourced(c.evidence, where, false);
    ref(instrumentSlugs, c.instrument, "instrument", where);
    ref(figureSlugs, c.investmentFigure, "investment", where);
    if (!c.instrument && !c.investmentFigure) problems.push(`${where}: not linked to an instrument or a figure`);
  }
  for (const x of data.experts) {
    sourced([x.source], `expert ${x.slug}`);
    ref(codes, x.jurisdiction, "jurisdiction", `expert ${x.slug}`);
  }
  return problems;
}

/** What instruments, events and investment figures have in common: where they are filed and their sources. */
type Filed = { jurisdiction?: string; alsoJurisdictions?: string[]; sources: string[] };

/** Assessments are dated: one coding per jurisdiction, dimension and `since` (none = since coding began). */
export function assessmentKey(a: { jurisdiction: string; dimension: string; since?: string }): string {
  return `${a.jurisdiction}/${a.dimension}/${a.since ?? ""}`;
}

function unique(values: string[], what: string, problems: string[]): Set<string> {
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) problems.push(`duplicate ${what} "${v}"`);
    seen.add(v);
  }
  return seen;
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

const DECIMAL = /^\d+(\.\d+)?$/;

function amountProblems(f: CuratedSeed["investments"][number], where: string): string[] {
  const out: string[] = [];
  const values = [f.amount, f.amountLow, f.amountHigh].filter((v): v is string => v !== undefined);
  for (const v of values) if (!DECIMAL.test(v) || Number(v) <= 0) out.push(`${where}: amount "${v}" is not a positive decimal`);
  const hasRange = f.amountLow !== undefined || f.amountHigh !== undefined;
  if (f.amount !== undefined && hasRange) out.push(`${where}: both an amount and a range`);
  if (hasRange && !(f.amountLow !== undefined && f.amountHigh !== undefined && Number(f.amountLow) < Number(f.amountHigh))) {
    out.push(`${where}: a range needs amountLow < amountHigh`);
  }
  if (values.length === 0 && !f.valueText) out.push(`${where}: no amount and no valueText`);
  if (values.length > 0 && !f.currency) out.push(`${where}: an amount without a currency`);
  if (f.periodStart !== undefined && f.periodEnd !== undefined && f.periodStart > f.periodEnd) out.push(`${where}: period ends before it starts`);
  return out;
}
