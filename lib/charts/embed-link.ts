// An embed's address and <iframe> snippet, and which charts can be frozen. Pure and free of zod: the Embed
// control ships it to the browser, where zod's eval probe would trip the Content-Security-Policy.
import type { ChartId, ChartView } from "../dto/decks";

/** Charts whose past state can be rebuilt from revisions (figures, rates, jurisdictions, assessments, sources). */
export const FREEZABLE: readonly ChartId[] = ["capex", "initiatives", "private", "compare", "jurisdiction-levels"];

/** The address of an embed (path and query, no origin), as the snippet writes it. */
export function embedPath(view: ChartView, lang: "en" | "zh", at: string | null): string {
  const q = new URLSearchParams({ lang });
  for (const [k, v] of Object.entries(view.params)) if (k !== "page" && v) q.set(k, v);
  if (at) q.set("at", at);
  return `/embed/${view.chart}?${q.toString().replace(/%2C/g, ",")}`;
}

/** The <iframe> snippet to paste into another site. */
export function embedSnippet(origin: string, path: string, title: string): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return `<iframe src="${esc(origin + path)}" title="${esc(title)}" width="100%" height="560" style="border:0" loading="lazy"></iframe>`;
}
