// Between chart views and GovAtlas addresses: a pasted link (with its filters) → a saved view, and a saved view →
// the address that opens it again. Pure, so the deck page and the tests share it.
import type { ChartId, ChartView } from "../dto/decks";
import { VIEW_PARAMS, viewParamProblems } from "../validations/decks";

const PAGE_OF: Record<ChartId, string> = {
  capex: "/investment",
  initiatives: "/investment",
  private: "/investment",
  compare: "/compare",
  timeline: "/timeline",
  "jurisdiction-levels": "/jurisdictions",
  "jurisdiction-figures": "/jurisdictions",
};

const JURISDICTION_PAGE = /^\/jurisdictions\/([A-Za-z]{2,3}(?:-[A-Za-z]{2,3})?)$/;
const isJurisdictionChart = (chart: ChartId) => chart === "jurisdiction-levels" || chart === "jurisdiction-figures";

/** Pages a chart can be saved from (the overview shows the capex chart too). */
const SOURCE_PAGES: Record<ChartId, string[]> = {
  capex: ["/investment", "/"],
  initiatives: ["/investment"],
  private: ["/investment"],
  compare: ["/compare"],
  timeline: ["/timeline"],
  // A jurisdiction page's address carries its code ("/en/jurisdictions/us-ca"); checked below.
  "jurisdiction-levels": [],
  "jurisdiction-figures": [],
};

export type LinkResult = { ok: true; view: ChartView } | { ok: false; reason: string };

/**
 * Reads a pasted address ("https://…/en/investment?from=2024", "/compare?j=EU,US", "?from=2024", "from=2024" or
 * nothing). Parameters the chart does not use are dropped (e.g. `page`); invalid values are refused.
 */
export function viewFromLink(chart: ChartId, link: string, extra: Record<string, string> = {}): LinkResult {
  const text = link.trim();
  let search = "";
  if (text) {
    let url: URL;
    try {
      url = new URL(text.includes("?") || text.startsWith("/") || /^https?:/i.test(text) ? text : `?${text}`, "http://govatlas.local");
    } catch {
      return { ok: false, reason: text.slice(0, 60) };
    }
    const path = url.pathname.replace(/^\/(en|zh)(?=\/|$)/, "").replace(/\/$/, "") || "/";
    const pathGiven = text.startsWith("/") || /^https?:/i.test(text);
    if (isJurisdictionChart(chart)) {
      // The page's address names the jurisdiction; a bare query ("code=UK") may too.
      const code = JURISDICTION_PAGE.exec(path)?.[1];
      if (code) extra = { code: code.toUpperCase(), ...extra };
      else if (pathGiven) return { ok: false, reason: `${path} ≠ /jurisdictions/<code>` };
    } else if (pathGiven && !SOURCE_PAGES[chart].includes(path)) return { ok: false, reason: `${path} ≠ ${SOURCE_PAGES[chart].join(" / ")}` };
    search = url.search;
  }
  const params: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(search)) {
    if (VIEW_PARAMS[chart].includes(key) && key !== "page" && value.trim() !== "") params[key] = value.trim();
  }
  for (const [key, value] of Object.entries(extra)) if (value.trim()) params[key] = value.trim();
  const view: ChartView = { chart, params };
  const problems = viewParamProblems(view);
  return problems.length ? { ok: false, reason: problems.join(", ") } : { ok: true, view };
}

/** The address (without locale) that opens a saved view again. */
export function viewHref(view: ChartView): string {
  if (isJurisdictionChart(view.chart)) return `/jurisdictions/${(view.params.code ?? "").toLowerCase()}#charts`;
  const params = new URLSearchParams(Object.entries(view.params).filter(([k]) => k !== "group"));
  const query = params.toString().replace(/%2C/g, ",");
  return `${PAGE_OF[view.chart]}${query ? `?${query}` : ""}`;
}

/** "from=2024, category=CORPORATE_CAPEX" — the filters in words for the deck page. */
export function describeParams(view: ChartView): string {
  return Object.entries(view.params)
    .map(([k, v]) => `${k}=${v}`)
    .join(", ");
}
