// The timeline's URL filters (parsed leniently, with notices), lanes, filtering and the summary counts. Pure.
import type { TimelineItem, TimelineStatus } from "../../dto/timeline";
import { EVENT_TYPE, itemDates, itemEnd, itemStart, itemTypeKey, STATUSES, typeKey } from "./dates";

/** Lane order: the project's usual order of jurisdictions; codes not listed follow alphabetically. */
export const LANE_ORDER = ["EU", "US", "CN", "UK", "FR", "JP", "KR", "SA", "AE", "INT"];
const MAX_LIST_VALUES = 40;
const MAX_PARAM_LENGTH = 400;
/** The axis year when there is no data at all (an empty database still renders). */
const EMPTY_YEAR = 2025;

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

export type RawParams = { get(name: string): string | null };
const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

function parseList(raw: RawParams, param: "j" | "type" | "status", allowed: string[], normalise: (s: string) => string, notices: TimelineNotice[]): string[] {
  const value = raw.get(param)?.trim();
  if (!value) return [];
  if (value.length > MAX_PARAM_LENGTH) {
    notices.push({ param, value: clip(value), problem: "too-long" });
    return [];
  }
  const parts = value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
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
  const types = parseList(
    raw,
    "type",
    domain.types.map((t) => t.key),
    typeKey,
    notices,
  );
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
export function filtersToQuery(f: TimelineFilters, domain: Pick<TimelineDomain, "minYear" | "maxYear">): string {
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
