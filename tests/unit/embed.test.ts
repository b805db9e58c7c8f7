import { describe, expect, it } from "vitest";
import { embedPath, embedSnippet, parseEmbedRequest } from "@/lib/validations/embed";
import { matchesFilters, selectChartFigures, largestActorsOf } from "@/lib/charts/frozen-selection";
import { securityHeaderRules } from "@/lib/security-headers";
import type { InvestmentFigureDto } from "@/lib/dto/investment";
import { ACTUAL_2024, COMPANY_CAPEX_USD, figureFactory } from "./figure-fixtures";

const q = (s: string) => new URLSearchParams(s);
const TODAY = "2026-12-04";

describe("embed address", () => {
  it("reads the chart, language, the view's filters and a freeze date", () => {
    const r = parseEmbedRequest("compare", q("lang=zh&j=EU,JP&at=2026-12-01"), TODAY);
    expect(r).toEqual({ ok: true, value: { chart: "compare", view: { chart: "compare", params: { j: "EU,JP" } }, lang: "zh", at: "2026-12-01" } });
    expect(parseEmbedRequest("capex", q("from=2024&to=2025"), TODAY)).toMatchObject({
      ok: true,
      value: { lang: "en", at: null, view: { params: { from: "2024", to: "2025" } } },
    });
  });

  it("refuses what it cannot show, naming the parameter", () => {
    expect(parseEmbedRequest("nope", q(""), TODAY)).toEqual({ ok: false, problems: [{ param: "view", value: "nope", problem: "unknown-chart" }] });
    expect(parseEmbedRequest("capex", q("evil=1"), TODAY)).toMatchObject({ ok: false, problems: [{ param: "evil", problem: "unknown-param" }] });
    expect(parseEmbedRequest("capex", q("at=2026-02-30"), TODAY)).toMatchObject({ ok: false, problems: [{ param: "at", problem: "not-a-date" }] });
    expect(parseEmbedRequest("capex", q("at=2026-12-05"), TODAY)).toMatchObject({ ok: false, problems: [{ param: "at", problem: "future" }] });
    expect(parseEmbedRequest("timeline", q("at=2026-12-01"), TODAY)).toMatchObject({ ok: false, problems: [{ param: "at", problem: "not-freezable" }] });
    expect(parseEmbedRequest("compare", q("j=EU"), TODAY)).toMatchObject({ ok: false, problems: [{ param: "j", problem: "invalid" }] });
    expect(parseEmbedRequest("capex", q("lang=fr"), TODAY)).toMatchObject({ ok: false, problems: [{ param: "lang", problem: "invalid" }] });
  });

  it("reads a jurisdiction chart's code; a missing or malformed one is refused, and only the levels can be frozen", () => {
    expect(parseEmbedRequest("jurisdiction-levels", q("lang=zh&code=US-CA&at=2026-12-01"), TODAY)).toEqual({
      ok: true,
      value: { chart: "jurisdiction-levels", view: { chart: "jurisdiction-levels", params: { code: "US-CA" } }, lang: "zh", at: "2026-12-01" },
    });
    expect(parseEmbedRequest("jurisdiction-figures", q("code=UK"), TODAY)).toMatchObject({ ok: true, value: { view: { params: { code: "UK" } } } });
    expect(parseEmbedRequest("jurisdiction-figures", q(""), TODAY)).toEqual({ ok: false, problems: [{ param: "code", value: "", problem: "invalid" }] });
    expect(parseEmbedRequest("jurisdiction-levels", q("code=<script>"), TODAY)).toEqual({
      ok: false,
      problems: [{ param: "code", value: "<script>", problem: "invalid" }],
    });
    expect(parseEmbedRequest("jurisdiction-levels", q("code=EU&j=US"), TODAY)).toMatchObject({
      ok: false,
      problems: [{ param: "j", problem: "unknown-param" }],
    });
    expect(parseEmbedRequest("jurisdiction-figures", q("code=EU&at=2026-12-01"), TODAY)).toMatchObject({
      ok: false,
      problems: [{ param: "at", problem: "not-freezable" }],
    });
    expect(embedPath({ chart: "jurisdiction-figures", params: { code: "UK" } }, "en", null)).toBe("/embed/jurisdiction-figures?lang=en&code=UK");
  });

  it("writes the address and an escaped snippet", () => {
    const path = embedPath({ chart: "compare", params: { j: "EU,JP" } }, "en", "2026-12-01");
    expect(path).toBe("/embed/compare?lang=en&j=EU,JP&at=2026-12-01");
    expect(embedSnippet("https://x.org", path, 'A "title" <b>')).toBe(
      '<iframe src="https://x.org/embed/compare?lang=en&amp;j=EU,JP&amp;at=2026-12-01" title="A &quot;title&quot; &lt;b>" width="100%" height="560" style="border:0" loading="lazy"></iframe>',
    );
  });
});

describe("framing headers", () => {
  const rules = securityHeaderRules(true);
  const header = (rule: (typeof rules)[number], key: string) => rule.headers.find((h) => h.key === key)?.value;
  it("every page refuses framing; the embeds allow any site", () => {
    const [pages, embeds] = rules;
    expect(header(pages, "X-Frame-Options")).toBe("DENY");
    expect(header(pages, "Content-Security-Policy")).toContain("frame-ancestors 'none'");
    expect(header(embeds, "X-Frame-Options")).toBeUndefined();
    expect(header(embeds, "Content-Security-Policy")).toContain("frame-ancestors *;");
    expect(header(embeds, "Content-Security-Policy")).toContain("script-src 'self';");
    // The pages' rule excludes /embed/ (Next applies every matching rule), and only /embed/.
    const pagesSource = new RegExp(`^${pages.source.replace("/:path(", "/(")}$`);
    expect(pagesSource.test("/embed/capex")).toBe(false);
    expect(pagesSource.test("/en/compare")).toBe(true);
    expect(pagesSource.test("/en/embedded")).toBe(true);
    expect(pagesSource.test("/")).toBe(true);
  });
});

const capexFigure = figureFactory({
  ...COMPANY_CAPEX_USD,
  ...ACTUAL_2024,
  actorName: "A",
  jurisdictionCode: null,
  funding: null,
  measure: "Capex",
  amount: "1",
  updatedAt: "2026-01-01T00:00:00.000Z",
  sources: [],
});
// Without a slug of its own, a figure is "x"; with one, its id is that slug.
const fig = (over: Partial<InvestmentFigureDto>) => capexFigure({ id: over.slug ?? "x", slug: "x", ...over });
const NO_FILTERS = { categories: [], kinds: [], actorTypes: [], from: null, to: null };

describe("frozen selection (the explorer's chart selection, in memory)", () => {
  it("filters by category, kind, actor type and overlapping years", () => {
    const multi = fig({ periodStart: 2023, periodEnd: 2026, periodType: "MULTI_YEAR" });
    expect(matchesFilters(multi, { ...NO_FILTERS, from: 2025, to: 2025 })).toBe(true);
    expect(matchesFilters(multi, { ...NO_FILTERS, from: 2027, to: null })).toBe(false);
    expect(matchesFilters(fig({ kind: "PLAN" }), { ...NO_FILTERS, kinds: ["ACTUAL"] })).toBe(false);
    expect(matchesFilters(fig({}), { ...NO_FILTERS, categories: ["PUBLIC_INITIATIVE"] })).toBe(false);
  });

  it("keeps the eight actors with the largest figure (no-amount actors last) and only companies for capex", () => {
    const figures = Array.from({ length: 10 }, (_, i) => fig({ slug: `s${i}`, actorName: `Actor ${i}`, amount: String((i + 1) * 10) }));
    figures.push(fig({ slug: "n", actorName: "No amount", amount: null }), fig({ slug: "g", actorName: "Gov", actorType: "GOVERNMENT", amount: "999" }));
    const chosen = selectChartFigures(figures, NO_FILTERS, "capex");
    expect([...new Set(chosen.map((f) => f.actorName))]).toEqual(["Actor 2", "Actor 3", "Actor 4", "Actor 5", "Actor 6", "Actor 7", "Actor 8", "Actor 9"]);
    expect(largestActorsOf([fig({ actorName: "Z", amount: null }), fig({ actorName: "B", amount: "5" })], 8)).toEqual(["B", "Z"]);
  });

  it("takes initiatives by amount, largest first", () => {
    const figures = [
      fig({ slug: "a", category: "PUBLIC_INITIATIVE", amount: "5" }),
      fig({ slug: "b", category: "PRIVATE_INITIATIVE", amount: "50" }),
      fig({ slug: "c", category: "CORPORATE_CAPEX", amount: "500" }),
    ];
    expect(selectChartFigures(figures, NO_FILTERS, "initiatives").map((f) => f.slug)).toEqual(["b", "a"]);
  });
});
