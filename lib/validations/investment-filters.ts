// Investment explorer filters, parsed from the URL. Bad values never fail the page: they are dropped (or
// clamped) and reported as notices that the page shows.
import { z } from "zod";

import { ACTOR_TYPES, FIGURE_KINDS, INVESTMENT_CATEGORIES } from "../curation/enums";

export { ACTOR_TYPES };
export const CATEGORIES = INVESTMENT_CATEGORIES;
export const KINDS = FIGURE_KINDS;
export const DISPLAY_CURRENCIES = ["original", "USD", "EUR", "CNY"] as const;
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2040;

export type InvestmentFilters = {
  categories: (typeof CATEGORIES)[number][];
  kinds: (typeof KINDS)[number][];
  actorTypes: (typeof ACTOR_TYPES)[number][];
  from: number | null;
  to: number | null;
  currency: (typeof DISPLAY_CURRENCIES)[number];
  page: number;
};

export type FilterNotice = { param: string; value: string; problem: "unknown" | "not-a-year" | "out-of-range" | "reversed" | "too-long" };

type Raw = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join(",") : v);

function parseList<T extends string>(raw: Raw, param: string, allowed: readonly T[], notices: FilterNotice[]): T[] {
  const value = first(raw[param]);
  if (!value) return [];
  if (value.length > 500) {
    notices.push({ param, value: value.slice(0, 40) + "…", problem: "too-long" });
    return [];
  }
  const out: T[] = [];
  for (const raw of value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const item = raw.toUpperCase();
    if ((allowed as readonly string[]).includes(item)) {
      if (!out.includes(item as T)) out.push(item as T);
    } else notices.push({ param, value: raw.slice(0, 40), problem: "unknown" });
  }
  return out;
}

function parseYear(raw: Raw, param: string, notices: FilterNotice[]): number | null {
  const value = first(raw[param])?.trim();
  if (!value) return null;
  const year = z.coerce.number().int().safeParse(value);
  if (!/^\d{1,6}$/.test(value) || !year.success) {
    notices.push({ param, value: value.slice(0, 40), problem: "not-a-year" });
    return null;
  }
  if (year.data < YEAR_MIN || year.data > YEAR_MAX) {
    notices.push({ param, value, problem: "out-of-range" });
    return Math.min(YEAR_MAX, Math.max(YEAR_MIN, year.data));
  }
  return year.data;
}

export function parseInvestmentFilters(raw: Raw): { filters: InvestmentFilters; notices: FilterNotice[] } {
  const notices: FilterNotice[] = [];
  let from = parseYear(raw, "from", notices);
  let to = parseYear(raw, "to", notices);
  if (from !== null && to !== null && from > to) {
    notices.push({ param: "from", value: `${from}>${to}`, problem: "reversed" });
    [from, to] = [to, from];
  }
  const currencyRaw = first(raw.currency)?.trim();
  let currency: InvestmentFilters["currency"] = "original";
  if (currencyRaw) {
    const match = DISPLAY_CURRENCIES.find((c) => c.toLowerCase() === currencyRaw.toLowerCase());
    if (match) currency = match;
    else notices.push({ param: "currency", value: currencyRaw.slice(0, 40), problem: "unknown" });
  }
  const pageRaw = first(raw.page)?.trim();
  const page = pageRaw && /^\d{1,4}$/.test(pageRaw) && Number(pageRaw) >= 1 ? Number(pageRaw) : 1;
  return {
    filters: {
      categories: parseList(raw, "category", CATEGORIES, notices),
      kinds: parseList(raw, "kind", KINDS, notices),
      actorTypes: parseList(raw, "actor", ACTOR_TYPES, notices),
      from,
      to,
      currency,
      page,
    },
    notices,
  };
}

/** The canonical query string for filters (used for links and the "Add to briefing" view). */
export function filtersToQuery(f: InvestmentFilters): string {
  const p = new URLSearchParams();
  if (f.categories.length) p.set("category", f.categories.join(","));
  if (f.kinds.length) p.set("kind", f.kinds.join(","));
  if (f.actorTypes.length) p.set("actor", f.actorTypes.join(","));
  if (f.from !== null) p.set("from", String(f.from));
  if (f.to !== null) p.set("to", String(f.to));
  if (f.currency !== "original") p.set("currency", f.currency);
  if (f.page > 1) p.set("page", String(f.page));
  return p.toString();
}
