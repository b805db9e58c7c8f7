// The timeline's pure logic: which dates an item spans, URL filters (parsed leniently, with notices), filtering,
// the date → x scale, swimlane layout and the summary counts. The SVG view only draws what this returns.
import type { DatePrecision, PreciseDate, TimelineItem, TimelineStatus } from "../dto/timeline";

export const STATUSES: readonly TimelineStatus[] = ["PROPOSED", "ADOPTED", "IN_FORCE", "REVOKED", "REJECTED"];
/** The pseudo-type that stands for timeline events in the `type` filter. */
export const EVENT_TYPE = "event";
/** Lane order: the project's usual order of jurisdictions; codes not listed follow alphabetically. */
export const LANE_ORDER = ["EU", "US", "CN", "UK", "FR", "JP", "KR", "SA", "AE", "INT"];
const MAX_LIST_VALUES = 40;
const MAX_PARAM_LENGTH = 400;
/** The axis year when there is no data at all (an empty database still renders). */
const EMPTY_YEAR = 2025;

// ---------------------------------------------------------------- dates

/** Every date an item is drawn at (adoption, entry into effect, revocation, milestones), with its precision. */
export function itemPoints(item: TimelineItem): PreciseDate[] {
  if (item.kind === "event") return [item.date];
  const points = [item.adopted, item.effective, item.revokedOn ? { date: item.revokedOn, precision: "DAY" as const } : null];
  return [...points, ...item.milestones.map((m) => ({ date: m.date, precision: "DAY" as const }))]
    .filter((p): p is PreciseDate => p !== null)
    .sort((a, b) => a.date.localeCompare(b.date));
}

export const itemDates = (item: TimelineItem): string[] => itemPoints(item).map((p) => p.date);

/**
 * The newest date the shown information carries that is not after `today`: a scheduled date (a milestone in
 * 2027) is not the date of the data, and neither is the time the rows were loaded or last written.
 */
export function newestInfoDate(items: TimelineItem[], today: string): string | null {
  let max: string | null = null;
  for (const i of items) {
    const dates = [...itemDates(i), ...(i.kind === "instrument" ? i.milestones.flatMap((m) => (m.superseded?.on ? [m.superseded.on] : [])) : [])];
    for (const d of dates) if (d <= today && (!max || d > max)) max = d;
  }
  return max;
}
export const itemStart = (item: TimelineItem) => itemDates(item)[0] ?? "9999-12-31";
export const itemEnd = (item: TimelineItem) => itemDates(item).at(-1) ?? "0000-01-01";

/** Where an instrument's marker sits: its adoption, else its first milestone (a proposal, a vote), else entry into effect. */
export function anchorDate(item: TimelineItem): { date: string; precision: DatePrecision } | null {
  if (item.kind === "event") return item.date;
  if (item.adopted) return item.adopted;
  if (item.milestones.length) return { date: item.milestones[0].date, precision: "DAY" };
  return item.effective;
}

/** The period a partial date stands for: "2017" (stored 2017-01-01) covers the whole of 2017. */
export function periodOf(date: string, precision: DatePrecision): { start: string; end: string } {
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  if (precision === "YEAR") return { start: `${y}-01-01`, end: `${y + 1}-01-01` };
  if (precision === "MONTH") {
    const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
    return { start: date.slice(0, 8) + "01", end: next };
  }
  return { start: date, end: date };
}

export const typeKey = (type: string) => type.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
export const itemTypeKey = (item: TimelineItem) => (item.kind === "event" ? EVENT_TYPE : typeKey(item.type));

// ---------------------------------------------------------------- filters

export type TimelineDomain = {
  jurisdictions: string[];
  /** Sub-national code → its country's code (US-CA → US). */
  parents: Record<string, string>;
  /** Instrument types as URL keys with their label (and its Chinese, where curated), plus "event". */
  types: { key: string; label: string; labelZh: string | null }[];
  minYear: number;
  maxYear: number;
};

export type TimelineFilters = {
  /** Empty = all. */
  jurisdictions: string[];
  types: string[];
  statuses: TimelineStatus[];
  from: number;
  to: number;
};

export type TimelineNotice = {
  param: "j" | "type" | "status" | "from" | "to";
  value: string;
  problem: "unknown" | "not-a-year" | "out-of-range" | "reversed" | "too-long" | "too-many";
};

/** Sub-national code → country code, from the jurisdictions' parent links. */
export function parentsOf(jurisdictions: { code: string; parentCode: string | null }[]): Record<string, string> {
  return Object.fromEntries(jurisdictions.flatMap((j) => (j.parentCode ? [[j.code, j.parentCode]] : [])));
}

export function timelineDomain(items: TimelineItem[], jurisdictionCodes: string[], parents: Record<string, string> = {}): TimelineDomain {
  const types = new Map<string, { label: string; labelZh: string | null }>();
  for (const i of items) {
    if (i.kind !== "instrument") continue;
    const known = types.get(typeKey(i.type));
    types.set(typeKey(i.type), { label: i.type, labelZh: known?.labelZh ?? i.typeZh });
  }
  const years = items.flatMap(itemDates).map((d) => Number(d.slice(0, 4)));
  return {
    jurisdictions: sortLanes(jurisdictionCodes, parents),
    parents,
    types: [
      ...[...types].map(([key, t]) => ({ key, ...t })).sort((a, b) => a.label.localeCompare(b.label)),
      { key: EVENT_TYPE, label: EVENT_TYPE, labelZh: null },
    ],
    minYear: years.length ? Math.min(...years) : EMPTY_YEAR,
    maxYear: years.length ? Math.max(...years) : EMPTY_YEAR,
  };
}

/** Lanes in the usual order; a sub-national lane (US-CA) follows its country's lane. */
export function sortLanes(codes: string[], parents: Record<string, string> = {}): string[] {
  const rank = (c: string) => (LANE_ORDER.includes(c) ? LANE_ORDER.indexOf(c) : LANE_ORDER.length);
  const home = (c: string) => parents[c] ?? c;
  return [...new Set(codes)].sort(
    (a, b) => rank(home(a)) - rank(home(b)) || home(a).localeCompare(home(b)) || Number(a in parents) - Number(b in parents) || a.localeCompare(b),
  );
}

/**
 * The lanes for a jurisdiction filter: a country brings its sub-national lanes with it (the US shows its states,
 * grouped under it), a state alone shows only itself; empty = every lane.
 */
export function lanesFor(selected: string[], domain: Pick<TimelineDomain, "jurisdictions" | "parents">): string[] {
  if (!selected.length) return domain.jurisdictions;
  const children = domain.jurisdictions.filter((c) => domain.parents[c] && selected.includes(domain.parents[c]));
  return sortLanes([...selected, ...children], domain.parents);
}

type RawParams = { get(name: string): string | null };
const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

function parseList(raw: RawParams, param: "j" | "type" | "status", allowed: string[], normalise: (s: string) => string, notices: TimelineNotice[]): string[] {
  const value = raw.get(param)?.trim();
  if (!value) return [];
  if (value.length > MAX_PARAM_LENGTH) {
    notices.push({ param, value: clip(value), problem: "too-long" });
    return [];
  }
  const parts = value.split(",").map((s) => s.trim()).filter(Boolean);
  if (parts.length > MAX_LIST_VALUES) {
    notices.push({ param, value: String(parts.length), problem: "too-many" });
    return [];
  }
  const out: string[] = [];
  for (const part of parts) {
    const key = normalise(part);
    if (allowed.includes(key)) {
      if (!out.includes(key)) out.push(key);
    } else notices.push({ param, value: clip(part), problem: "unknown" });
  }
  // Selecting every value is the same as no filter; keep the URL short.
  return out.length === allowed.length ? [] : out;
}

function parseYear(raw: RawParams, param: "from" | "to", domain: TimelineDomain, notices: TimelineNotice[]): number {
  const fallback = param === "from" ? domain.minYear : domain.maxYear;
  const value = raw.get(param)?.trim();
  if (!value) return fallback;
  if (!/^-?\d{1,9}$/.test(value)) {
    notices.push({ param, value: clip(value), problem: "not-a-year" });
    return fallback;
  }
  const year = Number(value);
  if (year < domain.minYear || year > domain.maxYear) {
    notices.push({ param, value, problem: "out-of-range" });
    return Math.min(domain.maxYear, Math.max(domain.minYear, year));
  }
  return year;
}

/** Reads `j`, `type`, `status`, `from`, `to`. Bad values are dropped or clamped and reported; never thrown. */
export function parseTimelineFilters(raw: RawParams, domain: TimelineDomain): { filters: TimelineFilters; notices: TimelineNotice[] } {
  const notices: TimelineNotice[] = [];
  const jurisdictions = parseList(raw, "j", domain.jurisdictions, (s) => s.toUpperCase(), notices);
  const types = parseList(raw, "type", domain.types.map((t) => t.key), typeKey, notices);
  const statuses = parseList(raw, "status", [...STATUSES], (s) => s.toUpperCase().replace(/-/g, "_"), notices);
  let from = parseYear(raw, "from", domain, notices);
  let to = parseYear(raw, "to", domain, notices);
  if (from > to) {
    notices.push({ param: "from", value: `${from} > ${to}`, problem: "reversed" });
    [from, to] = [to, from];
  }
  return { filters: { jurisdictions, types, statuses: statuses as TimelineStatus[], from, to }, notices };
}

/** The canonical query string: defaults are left out, so the plain page has a plain URL. */
export function filtersToQuery(f: TimelineFilters, domain: TimelineDomain): string {
  const p = new URLSearchParams();
  if (f.jurisdictions.length) p.set("j", f.jurisdictions.join(","));
  if (f.types.length) p.set("type", f.types.join(","));
  if (f.statuses.length) p.set("status", f.statuses.join(","));
  if (f.from !== domain.minYear) p.set("from", String(f.from));
  if (f.to !== domain.maxYear) p.set("to", String(f.to));
  return p.toString().replace(/%2C/g, ",");
}

/** Toggles one value of a list where empty means "all"; selecting every value gives the empty list again. */
export function toggle<T extends string>(selected: T[], all: readonly T[], value: T, on: boolean): T[] {
  const current = selected.length ? selected : [...all];
  const next = on ? [...current, value] : current.filter((v) => v !== value);
  const ordered = all.filter((v) => next.includes(v));
  return ordered.length === all.length ? [] : ordered;
}

const involves = (item: TimelineItem, codes: string[], parents: Record<string, string>) =>
  [item.jurisdictionCode, ...item.alsoJurisdictions].some((c) => codes.includes(c) || (parents[c] !== undefined && codes.includes(parents[c])));

/**
 * Items matching the filters. The status filter applies to instruments; events have no status and are kept.
 * Selecting a country keeps its sub-national jurisdictions' items (the US includes its states' laws).
 */
export function applyFilters(items: TimelineItem[], f: TimelineFilters, parents: Record<string, string> = {}): TimelineItem[] {
  const windowStart = `${f.from}-01-01`;
  const windowEnd = `${f.to}-12-31`;
  return items.filter(
    (i) =>
      (!f.jurisdictions.length || involves(i, f.jurisdictions, parents)) &&
      (!f.types.length || f.types.includes(itemTypeKey(i))) &&
      (!f.statuses.length || i.kind === "event" || f.statuses.includes(i.status)) &&
      itemStart(i) <= windowEnd &&
      itemEnd(i) >= windowStart,
  );
}

// ---------------------------------------------------------------- summary

export type TimelineSummary = {
  instruments: number;
  events: number;
  fromYear: number | null;
  toYear: number | null;
  byStatus: Record<TimelineStatus, number>;
};

/** Counts for the one-sentence summary; years are those of the dates shown inside the window. */
export function summarize(items: TimelineItem[], f: Pick<TimelineFilters, "from" | "to">): TimelineSummary {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<TimelineStatus, number>;
  for (const i of items) if (i.kind === "instrument") byStatus[i.status] += 1;
  const years = items
    .flatMap(itemDates)
    .map((d) => Number(d.slice(0, 4)))
    .filter((y) => y >= f.from && y <= f.to);
  return {
    instruments: items.filter((i) => i.kind === "instrument").length,
    events: items.filter((i) => i.kind === "event").length,
    fromYear: years.length ? Math.min(...years) : null,
    toYear: years.length ? Math.max(...years) : null,
    byStatus,
  };
}

// ---------------------------------------------------------------- layout

export const GEOMETRY = { axisHeight: 34, laneLabelWidth: 120, rowHeight: 28, lanePad: 6, rightPad: 24, minYearWidth: 76, gap: 12 };
const G = GEOMETRY;

/** Linear date → x over whole years [from, to]; dates are UTC calendar days. */
export function timeScale(from: number, to: number, left: number, right: number): (iso: string) => number {
  const t0 = Date.UTC(from, 0, 1);
  const t1 = Date.UTC(to + 1, 0, 1);
  return (iso) => left + ((Date.parse(iso.slice(0, 10)) - t0) / (t1 - t0)) * (right - left);
}

/** At least `minYearWidth` per year (the container scrolls sideways when that is wider than the screen). */
export const chartWidth = (available: number, from: number, to: number) =>
  Math.round(Math.max(available, G.laneLabelWidth + (to - from + 1) * G.minYearWidth + G.rightPad));

/** Rough rendered width of an 11 px label: CJK characters are square, Latin ones a bit over half as wide. */
export const estimateTextWidth = (text: string, fontSize = 11) =>
  [...text].reduce((w, ch) => w + (ch.codePointAt(0)! >= 0x2e80 ? fontSize : fontSize * 0.6), 0);

export type PlacedItem = {
  item: TimelineItem;
  lane: string;
  /** Baseline of the label and centre line of the marks. */
  labelY: number;
  y: number;
  /** null when the anchor date lies outside the window (only the line shows). */
  markerX: number | null;
  /** The periods that month- or year-precision dates stand for (e.g. the whole of 2017). */
  bands: { x0: number; x1: number }[];
  line: { x0: number; x1: number } | null;
  effectiveX: number | null;
  revokedX: number | null;
  /** Milestone ticks; a superseded one is drawn hollow and struck through, never as current. */
  ticks: { x: number; index: number; superseded: boolean }[];
  label: { x: number; anchor: "start" | "end"; text: string };
};

export type TimelineLayout = {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  lanes: { code: string; top: number; height: number }[];
  items: PlacedItem[];
  years: { year: number; x: number; labelX: number; showLabel: boolean }[];
  asOfX: number | null;
  connectors: { from: string; to: string; x1: number; y1: number; x2: number; y2: number }[];
};

export type LayoutOptions = {
  lanes: string[];
  keepEmptyLanes: boolean;
  from: number;
  to: number;
  width: number;
  asOf: string | null;
  label: (item: TimelineItem) => string;
};

/** Swimlanes per jurisdiction; inside a lane, items are packed greedily into rows so that labels never overlap. */
export function layoutTimeline(items: TimelineItem[], o: LayoutOptions): TimelineLayout {
  const plotLeft = G.laneLabelWidth;
  const plotRight = o.width - G.rightPad;
  const scale = timeScale(o.from, o.to, plotLeft, plotRight);
  const [winStart, winEnd] = [`${o.from}-01-01`, `${o.to}-12-31`];
  const inWindow = (d: string) => d >= winStart && d <= winEnd;
  const x = (d: string) => Math.min(plotRight, Math.max(plotLeft, scale(d)));
  const laneOf = (i: TimelineItem) => [i.jurisdictionCode, ...i.alsoJurisdictions].find((c) => o.lanes.includes(c));

  type Draft = Omit<PlacedItem, "y" | "labelY"> & { extent: [number, number] };
  const drafts = items.flatMap((item): Draft[] => {
    const lane = laneOf(item);
    if (!lane) return [];
    const anchor = anchorDate(item);
    // A partial date sits in the middle of the period it stands for, over a band covering that period.
    const pos = (p: PreciseDate) => {
      if (p.precision === "DAY") return x(p.date);
      const period = periodOf(p.date, p.precision);
      return (x(period.start) + x(period.end)) / 2;
    };
    const points = itemPoints(item);
    const bands = points
      .filter((p) => p.precision !== "DAY" && inWindow(p.date))
      .map((p) => periodOf(p.date, p.precision))
      .map((period) => ({ x0: x(period.start), x1: x(period.end) }));
    const markerX = anchor && inWindow(anchor.date) ? pos(anchor) : null;
    const xs = points.map(pos);
    const line = points.length > 1 && Math.max(...xs) > Math.min(...xs) ? { x0: Math.min(...xs), x1: Math.max(...xs) } : null;
    const ins = item.kind === "instrument" ? item : null;
    const at = (p: PreciseDate | null | undefined) => (p && inWindow(p.date) ? pos(p) : null);
    const ticks = (ins?.milestones ?? []).flatMap((m, index) => (inWindow(m.date) ? [{ x: x(m.date), index, superseded: m.superseded !== null }] : []));
    const text = o.label(item);
    const start = markerX ?? line?.x0 ?? plotLeft;
    const width = estimateTextWidth(text);
    const fits = start - 4 + width <= plotRight;
    const label = fits ? { x: start - 4, anchor: "start" as const, text } : { x: plotRight, anchor: "end" as const, text };
    const [labelX0, labelX1] = fits ? [label.x, label.x + width] : [plotRight - width, plotRight];
    const extent: [number, number] = [
      Math.min(labelX0, line?.x0 ?? start, ...bands.map((b) => b.x0)) - G.gap / 2,
      Math.max(labelX1, line?.x1 ?? start, ...bands.map((b) => b.x1)) + G.gap / 2,
    ];
    return [{ item, lane, markerX, bands, line, effectiveX: at(ins?.effective), revokedX: ins?.revokedOn ? at({ date: ins.revokedOn, precision: "DAY" }) : null, ticks, label, extent }];
  });

  const lanes: TimelineLayout["lanes"] = [];
  const placed: PlacedItem[] = [];
  let top = G.axisHeight;
  for (const code of o.lanes) {
    const inLane = drafts.filter((d) => d.lane === code).sort((a, b) => a.extent[0] - b.extent[0]);
    if (!inLane.length && !o.keepEmptyLanes) continue;
    const rowEnds: number[] = [];
    for (const d of inLane) {
      let row = rowEnds.findIndex((end) => end <= d.extent[0]);
      if (row === -1) row = rowEnds.push(0) - 1;
      rowEnds[row] = d.extent[1];
      const rowTop = top + G.lanePad + row * G.rowHeight;
      const { extent: _extent, ...rest } = d;
      placed.push({ ...rest, labelY: rowTop + 11, y: rowTop + 21 });
    }
    const height = G.lanePad * 2 + Math.max(1, rowEnds.length) * G.rowHeight;
    lanes.push({ code, top, height });
    top += height;
  }

  const yearWidth = (plotRight - plotLeft) / (o.to - o.from + 1);
  const years = Array.from({ length: o.to - o.from + 1 }, (_, k) => {
    const year = o.from + k;
    const left = scale(`${year}-01-01`);
    return { year, x: left, labelX: left + yearWidth / 2, showLabel: yearWidth >= 40 || k % 2 === 0 };
  });
  const instruments = new Map(placed.filter((p) => p.item.kind === "instrument").map((p) => [p.item.slug, p]));
  const connectors = placed.flatMap((p) => {
    const by = p.item.kind === "instrument" && p.item.revokedBy ? instruments.get(p.item.revokedBy.slug) : undefined;
    const fromX = p.revokedX ?? p.markerX;
    if (!by || by.markerX === null || fromX === null) return [];
    return [{ from: p.item.slug, to: by.item.slug, x1: fromX, y1: p.y, x2: by.markerX, y2: by.y }];
  });
  return {
    width: o.width,
    height: top + 8,
    plotLeft,
    plotRight,
    lanes,
    items: placed,
    years,
    asOfX: o.asOf && inWindow(o.asOf) ? x(o.asOf) : null,
    connectors,
  };
}
