// The embed address: `/embed/<chart>?lang=en|zh&<the view's filters>&at=YYYY-MM-DD`. `at` freezes the chart at
// the data as published at the end of that day (UTC); without it the embed is live. Pure, shared by the proxy
// (which answers 400 for a bad address) and the page; the address itself is written by ../charts/embed-link.ts.
import { CHART_IDS, type ChartId, type ChartView } from "../dto/decks";
import { VIEW_PARAMS, viewParamProblems } from "./decks";
import { FREEZABLE } from "../charts/embed-link";

export { FREEZABLE, embedPath, embedSnippet } from "../charts/embed-link";

export type EmbedRequest = { chart: ChartId; view: ChartView; lang: "en" | "zh"; at: string | null };
export type EmbedProblem = { param: string; value: string; problem: "unknown-chart" | "unknown-param" | "invalid" | "not-a-date" | "future" | "not-freezable" };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function validDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(`${s}T00:00:00.000Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && Number(m[1]) >= 2000;
}

/** `today` is "YYYY-MM-DD" (UTC); a freeze date after it is refused (nothing is published in the future yet). */
export function parseEmbedRequest(
  chart: string,
  search: URLSearchParams,
  today: string,
): { ok: true; value: EmbedRequest } | { ok: false; problems: EmbedProblem[] } {
  if (!(CHART_IDS as readonly string[]).includes(chart))
    return { ok: false, problems: [{ param: "view", value: chart.slice(0, 40), problem: "unknown-chart" }] };
  const id = chart as ChartId;
  const problems: EmbedProblem[] = [];
  const params: Record<string, string> = {};
  let lang: "en" | "zh" = "en";
  let at: string | null = null;
  for (const [key, raw] of search) {
    const value = raw.trim();
    if (key === "lang") {
      if (value === "en" || value === "zh") lang = value;
      else problems.push({ param: key, value: value.slice(0, 40), problem: "invalid" });
    } else if (key === "at") {
      if (!validDate(value)) problems.push({ param: key, value: value.slice(0, 40), problem: "not-a-date" });
      else if (value > today) problems.push({ param: key, value, problem: "future" });
      else if (!FREEZABLE.includes(id)) problems.push({ param: key, value, problem: "not-freezable" });
      else at = value;
    } else if (!VIEW_PARAMS[id].includes(key) || key === "page") {
      problems.push({ param: key.slice(0, 40), value: value.slice(0, 40), problem: "unknown-param" });
    } else if (value !== "") params[key] = value.slice(0, 200);
  }
  const view: ChartView = { chart: id, params };
  if (!problems.length)
    for (const p of viewParamProblems(view)) problems.push({ param: p.split("=")[0], value: p.split("=").slice(1).join("=").slice(0, 40), problem: "invalid" });
  return problems.length ? { ok: false, problems } : { ok: true, value: { chart: id, view, lang, at } };
}
