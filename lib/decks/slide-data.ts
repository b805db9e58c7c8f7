// Pure transforms from the charts' own states to the provider-neutral SlideData that presenter mode, the PDF
// and the PowerPoint export all draw. Every number comes from a chart state; nothing is summed or invented.
import type { CapexChart, CapexPoint } from "../charts/capex-state";
import type { InitiativeGroup } from "../charts/initiatives-state";
import type { PrivateChart } from "../charts/private-investment-state";
import { isSpectrum, type ComparisonRow } from "../charts/compare-state";
import { anchorDate } from "../charts/timeline-state";
import type { SlideData, TableCell } from "../dto/decks";
import type { TimelineItem } from "../dto/timeline";

/** Source key → title, for the "KEY Title" lines of a slide footer. */
export type SourceTitles = Map<string, string>;

const round2 = (n: number) => Number(n.toFixed(2));

/** Seed articles (S…) first, then R1, R2 … in numeric order, like the sources page. */
export function sortSourceKeys(keys: Iterable<string>): string[] {
  const rank = (k: string) => (k.startsWith("S") ? 0 : 1);
  return [...new Set(keys)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, "en", { numeric: true }));
}

export function sourceLines(keys: Iterable<string>, titles: SourceTitles): string[] {
  return sortSourceKeys(keys).map((k) => (titles.get(k) ? `${k} ${titles.get(k)}` : k));
}

export type CapexLabels = {
  title: string;
  subtitle: string;
  unit: string;
  columns: { company: string; year: string; value: string; kind: string; sources: string };
  kinds: Record<string, string>;
  company: (name: string) => string;
  /** A sentence naming the points that are guidance or plans, not reported actuals. */
  projected: (points: string) => string;
};

/** Years on the axis, one series per company; the long table says which points are guidance, with sources. */
export function capexSlideData(chart: CapexChart, titles: SourceTitles, asOf: string, l: CapexLabels): SlideData | null {
  if (chart.companies.length === 0 || chart.rows.length === 0) return null;
  const point = (row: (typeof chart.rows)[number], company: string) => row[company] as CapexPoint | undefined;
  const rows: TableCell[][] = [];
  const keys: string[] = [];
  const projected: string[] = [];
  for (const c of chart.companies) {
    for (const row of chart.rows) {
      const p = point(row, c.name);
      if (!p) continue;
      rows.push([l.company(c.name), String(row.year), round2(p.value), l.kinds[p.kind] ?? p.kind, p.sources.join(", ")]);
      keys.push(...p.sources);
      if (p.kind !== "ACTUAL") projected.push(`${l.company(c.name)} ${row.year}`);
    }
  }
  return {
    title: l.title,
    // Bars cannot be hatched in every output (PowerPoint, PDF), so the subtitle names the non-actual points.
    subtitle: projected.length ? `${l.subtitle} ${l.projected(projected.join(", "))}` : l.subtitle,
    unit: l.unit,
    chartType: "grouped-bar",
    categories: chart.years.map(String),
    series: chart.companies.map((c) => ({
      name: l.company(c.name),
      values: chart.rows.map((row) => {
        const p = point(row, c.name);
        return p ? round2(p.value) : null;
      }),
    })),
    table: { columns: [l.columns.company, l.columns.year, l.columns.value, l.columns.kind, l.columns.sources], rows },
    sources: sourceLines(keys, titles),
    asOf,
  };
}

export type PrivateLabels = {
  title: string;
  subtitle: string;
  unit: string;
  columns: { country: string; year: string; value: string; sources: string };
  country: (name: string) => string;
};

export function privateSlideData(chart: PrivateChart, titles: SourceTitles, asOf: string, l: PrivateLabels): SlideData | null {
  if (chart.countries.length === 0) return null;
  const rows: TableCell[][] = [];
  for (const c of chart.countries) {
    for (const row of chart.rows) {
      const value = row[c];
      if (value === null || value === undefined) continue;
      rows.push([l.country(c), String(row.year), value, (chart.sourcesByPoint[`${c}|${row.year}`] ?? []).join(", ")]);
    }
  }
  return {
    title: l.title,
    subtitle: l.subtitle,
    unit: l.unit,
    chartType: "grouped-bar",
    categories: chart.years.map(String),
    series: chart.countries.map((c) => ({ name: l.country(c), values: chart.rows.map((row) => (row[c] ?? null) as number | null) })),
    table: { columns: [l.columns.country, l.columns.year, l.columns.value, l.columns.sources], rows },
    sources: sourceLines(Object.values(chart.sourcesByPoint).flat(), titles),
    asOf,
  };
}

export type InitiativesLabels = {
  title: string;
  subtitle: string;
  unit: string;
  columns: { actor: string; value: string; stated: string; kind: string; horizon: string; sources: string };
  kinds: Record<string, string>;
  /** Whose money, by funding key (PUBLIC / PRIVATE / MIXED / UNSTATED): private programmes are marked on every bar. */
  funding?: { column: string; labels: Record<string, string> };
  /** "Pledges and plans are not money spent …" with the kinds shown; said on every output of the slide. */
  caveat?: (kinds: string[]) => string;
};

/**
 * One currency group (amounts in different currencies never share an axis). Each bar is labelled with its kind
 * ("EU (InvestAI) · Pledge"), so the kind reads the same on screen, in the PDF and in PowerPoint, where bars
 * cannot be patterned; a converted group says which period's rate each conversion used.
 */
export function initiativesSlideData(group: InitiativeGroup | undefined, titles: SourceTitles, asOf: string, l: InitiativesLabels): SlideData | null {
  if (!group || group.bars.length === 0) return null;
  return {
    title: l.title,
    subtitle: l.subtitle,
    unit: l.unit,
    chartType: "bar",
    categories: group.bars.map((b) => [b.label, l.kinds[b.kind] ?? b.kind, ...(l.funding ? [l.funding.labels[b.funding] ?? b.funding] : [])].join(" · ")),
    series: [{ name: l.unit, values: group.bars.map((b) => b.value) }],
    ...(l.caveat
      ? {
          caveat: [
            l.caveat([...new Set(group.bars.map((b) => l.kinds[b.kind] ?? b.kind))]),
            ...new Set(group.bars.map((b) => b.rateNote).filter((n): n is string => Boolean(n))),
          ].join(" "),
        }
      : {}),
    table: {
      columns: [
        l.columns.actor,
        l.columns.value,
        l.columns.stated,
        l.columns.kind,
        ...(l.funding ? [l.funding.column] : []),
        l.columns.horizon,
        l.columns.sources,
      ],
      rows: group.bars.map((b) => [
        b.label,
        b.value,
        b.stated,
        l.kinds[b.kind] ?? b.kind,
        ...(l.funding ? [l.funding.labels[b.funding] ?? b.funding] : []),
        b.horizon,
        b.sources.join(", "),
      ]),
    },
    sources: sourceLines(
      group.bars.flatMap((b) => b.sources),
      titles,
    ),
    asOf,
  };
}

export type CompareLabels = {
  title: string;
  subtitle: string;
  unit: string;
  dimension: string;
  notVerified: string;
  names: Record<string, string>;
  dimensionName: (key: string) => string;
  cellLabel: (labelEn: string, labelZh: string | null) => string;
  /** Said on the slide: bars compare within a dimension; a spectrum dimension (stance) is in the table only. */
  caveat: string;
  /** "EU since 2026" notes for codings that changed. */
  changed: (name: string, dimension: string, since: string) => string;
  lastChecked: string;
  colors: readonly string[];
};

/**
 * The web view's grouped horizontal bars: one group per dimension, one bar per jurisdiction, length = level as a
 * share of that dimension's own scale. A spectrum dimension (policy stance) is not an amount, so it is not drawn
 * as a bar; the table gives every dimension's label and level, the stance included. Never averaged.
 */
export function compareSlideData(rows: ComparisonRow[], codes: string[], asOf: string, l: CompareLabels): SlideData | null {
  const verified = rows.some((r) => r.cells.some((c) => c.share !== null));
  if (rows.length === 0 || codes.length === 0 || !verified) return null;
  const percent = (share: number | null) => (share === null ? null : Math.round(share * 100));
  const titles: SourceTitles = new Map();
  for (const r of rows) for (const c of r.cells) for (const s of c.assessment?.sources ?? []) titles.set(s.key, s.title);
  const drawn = rows.filter((r) => !isSpectrum(r.dimension.key));
  const changed = rows.flatMap((r) =>
    r.cells.flatMap((c) =>
      c.assessment?.since && c.assessment.earlier.length
        ? [l.changed(l.names[c.code] ?? c.code, l.dimensionName(r.dimension.key), c.assessment.since.slice(0, 4))]
        : [],
    ),
  );
  return {
    title: l.title,
    subtitle: l.subtitle,
    unit: l.unit,
    chartType: "bar",
    categories: drawn.map((r) => l.dimensionName(r.dimension.key)),
    series: codes.map((code) => ({
      name: l.names[code] ?? code,
      values: drawn.map((r) => percent(r.cells.find((c) => c.code === code)?.share ?? null)),
    })),
    table: {
      columns: [l.dimension, ...codes.map((c) => l.names[c] ?? c)],
      rows: rows.map((r) => [
        l.dimensionName(r.dimension.key),
        ...r.cells.map((c) =>
          c.assessment && c.level !== null ? `${l.cellLabel(c.assessment.labelEn, c.assessment.labelZh)} — ${c.level}/${c.maxLevel ?? "?"}` : l.notVerified,
        ),
      ]),
    },
    sources: sourceLines(titles.keys(), titles),
    asOf,
    lastChecked: l.lastChecked,
    caveat: [l.caveat, ...changed].join(" "),
    legend: codes.map((c, i) => ({ label: l.names[c] ?? c, color: l.colors[i % l.colors.length] })),
  };
}

export type TimelineLabels = {
  title: string;
  subtitle: (total: number) => string;
  columns: { date: string; jurisdiction: string; title: string; type: string; status: string };
  event: string;
  status: Record<string, string>;
  itemTitle: (item: TimelineItem) => string;
  shortTitle: (item: TimelineItem) => string;
  date: (item: TimelineItem) => string;
  /** "Superseded: 2 Aug 2026 (by …)" for an item's superseded milestones, or null. */
  superseded: (item: TimelineItem) => string | null;
  laneLabel: (code: string) => string;
  lanes: string[];
  from: number;
  to: number;
  today: string;
  lastChecked: string;
  caveat: string;
  legend: { label: string; color: string }[];
};

/**
 * The web view's swimlane timeline with every filtered item (none dropped), each also a table row. A slide that
 * cannot hold them all is continued over further slides by paginateSlide, which says so on each part.
 */
export function timelineSlideData(items: TimelineItem[], asOf: string, l: TimelineLabels): SlideData | null {
  if (items.length === 0) return null;
  const titles: SourceTitles = new Map();
  for (const i of items) for (const s of i.sources) titles.set(s.key, s.title);
  const laneOf = (i: TimelineItem) => [i.jurisdictionCode, ...i.alsoJurisdictions].find((c) => l.lanes.includes(c)) ?? i.jurisdictionCode;
  const lanes = l.lanes.filter((code) => items.some((i) => laneOf(i) === code));
  for (const i of items) if (!lanes.includes(laneOf(i))) lanes.push(laneOf(i));
  return {
    title: l.title,
    subtitle: l.subtitle(items.length),
    unit: "",
    chartType: "timeline",
    categories: [],
    series: [],
    table: {
      columns: [l.columns.date, l.columns.jurisdiction, l.columns.title, l.columns.type, l.columns.status],
      rows: items.map((i) => [
        l.date(i),
        [i.jurisdictionCode, ...i.alsoJurisdictions].join(", "),
        [l.itemTitle(i), l.superseded(i)].filter(Boolean).join(" — "),
        i.kind === "event" ? l.event : i.type,
        i.kind === "event" ? "–" : (l.status[i.status] ?? i.status),
      ]),
    },
    sources: sourceLines(titles.keys(), titles),
    asOf,
    lastChecked: l.lastChecked,
    caveat: l.caveat,
    legend: l.legend,
    timeline: {
      from: l.from,
      to: l.to,
      today: l.today,
      lanes: lanes.map((code) => ({ code, label: l.laneLabel(code) })),
      items: items.map((i) => {
        const anchor = anchorDate(i);
        return {
          lane: laneOf(i),
          date: anchor?.date ?? `${l.from}-01-01`,
          label: l.shortTitle(i),
          mark: i.kind === "event" ? "EVENT" : i.status,
          superseded: i.kind === "instrument" ? i.milestones.filter((m) => m.superseded).map((m) => m.date) : [],
        };
      }),
    },
  };
}
