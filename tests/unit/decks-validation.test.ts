import { describe, expect, it } from "vitest";
import {
  addToBriefingSchema,
  addViewSlideSchema,
  chartViewSchema,
  createDeckSchema,
  fieldErrorKeys,
  updateSlideSchema,
  viewParamProblems,
} from "@/lib/validations/decks";
import { describeParams, viewFromLink, viewHref } from "@/lib/decks/view-link";

const ID = "cmx2pvuxt00053p7dkklnep7f";

describe("deck inputs", () => {
  it("accepts a deck with optional fields, turning empty ones into null", () => {
    expect(createDeckSchema.parse({ title: "  Board briefing ", audience: "", briefingOn: "2026-03-01" })).toEqual({
      title: "Board briefing",
      audience: null,
      briefingOn: "2026-03-01",
    });
  });

  it("names each bad field with a message key, and rejects unknown fields", () => {
    const result = createDeckSchema.safeParse({ title: "x".repeat(201), briefingOn: "next week", owner: "me" });
    expect(result.success).toBe(false);
    expect(fieldErrorKeys(result.error!)).toEqual({ title: "titleTooLong", briefingOn: "dateInvalid", form: "unknownField" });
    expect(fieldErrorKeys(createDeckSchema.safeParse({ title: "   " }).error!)).toEqual({ title: "titleRequired" });
  });

  it("limits takeaway, notes and body, and requires a deck id and version", () => {
    const result = updateSlideSchema.safeParse({
      deckId: "../etc",
      version: 0,
      slideId: ID,
      title: "t",
      takeaway: "x".repeat(301),
      notes: "x".repeat(5001),
      body: "x".repeat(5001),
    });
    expect(fieldErrorKeys(result.error!)).toEqual({
      deckId: "idInvalid",
      version: "versionInvalid",
      takeaway: "takeawayTooLong",
      notes: "notesTooLong",
      body: "bodyTooLong",
    });
    expect(updateSlideSchema.safeParse({ deckId: ID, version: 3, slideId: ID, title: "t", takeaway: "x".repeat(300), notes: "n" }).success).toBe(true);
  });

  it("reports a too-long new deck title inside the add-to-briefing target", () => {
    const result = addToBriefingSchema.safeParse({ view: { chart: "capex", params: {} }, title: "t", target: { newDeckTitle: "x".repeat(201) } });
    expect(fieldErrorKeys(result.error!)).toEqual({ "target.newDeckTitle": "titleTooLong" });
    expect(addToBriefingSchema.safeParse({ view: { chart: "capex", params: {} }, title: "t", target: { deckId: ID, version: 2 } }).success).toBe(true);
  });

  it("lets a view slide go without a title (the chart's own is used)", () => {
    const parsed = addViewSlideSchema.parse({ deckId: ID, version: 1, kind: "TABLE", title: "", view: { chart: "compare", params: { j: "EU,US" } } });
    expect(parsed.title).toBeNull();
  });
});

describe("chart views", () => {
  it("accepts the filters each chart understands", () => {
    expect(chartViewSchema.safeParse({ chart: "capex", params: { category: "CORPORATE_CAPEX", from: "2023", currency: "USD" } }).success).toBe(true);
    expect(chartViewSchema.safeParse({ chart: "initiatives", params: { group: "EUR", currency: "original" } }).success).toBe(true);
    expect(chartViewSchema.safeParse({ chart: "compare", params: { j: "EU,US,CN" } }).success).toBe(true);
    expect(chartViewSchema.safeParse({ chart: "timeline", params: { j: "EU", status: "in-force", type: "regulation", from: "2019" } }).success).toBe(true);
  });

  it("refuses unknown charts, unknown parameters and invalid values", () => {
    expect(fieldErrorKeys(chartViewSchema.safeParse({ chart: "pie", params: {} }).error!)).toEqual({ chart: "viewUnknownChart" });
    expect(viewParamProblems({ chart: "capex", params: { j: "EU" } })).toEqual(["j (unknown parameter)"]);
    expect(viewParamProblems({ chart: "capex", params: { from: "abc", kind: "RUMOUR" } })).toEqual(["from=abc", "kind=RUMOUR"]);
    expect(viewParamProblems({ chart: "compare", params: { j: "EU" } })).toEqual(["j=EU"]);
    expect(viewParamProblems({ chart: "compare", params: { j: "EU,US,CN,UK,FR" } })).toEqual(["j=EU,US,CN,UK,FR"]);
    expect(viewParamProblems({ chart: "timeline", params: { from: "20x4", status: "GONE" } })).toEqual(["from=20x4", "status=GONE"]);
    expect(chartViewSchema.safeParse({ chart: "capex", params: { from: "<script>" } }).success).toBe(false);
  });
});

describe("viewFromLink / viewHref", () => {
  it("keeps the filters of a pasted address and drops what the chart does not use", () => {
    expect(viewFromLink("capex", "https://govatlas.example/en/investment?category=CORPORATE_CAPEX&from=2023&page=3")).toEqual({
      ok: true,
      view: { chart: "capex", params: { category: "CORPORATE_CAPEX", from: "2023" } },
    });
    expect(viewFromLink("compare", "/zh/compare?j=EU,US")).toEqual({ ok: true, view: { chart: "compare", params: { j: "EU,US" } } });
    expect(viewFromLink("private", "")).toEqual({ ok: true, view: { chart: "private", params: {} } });
    expect(viewFromLink("timeline", "j=EU&from=2020")).toEqual({ ok: true, view: { chart: "timeline", params: { j: "EU", from: "2020" } } });
    expect(viewFromLink("capex", "/en")).toEqual({ ok: true, view: { chart: "capex", params: {} } });
    expect(viewFromLink("initiatives", "/en/investment", { group: "EUR" })).toEqual({ ok: true, view: { chart: "initiatives", params: { group: "EUR" } } });
  });

  it("refuses an address of another page or with invalid filters", () => {
    expect(viewFromLink("compare", "/en/investment?from=2023").ok).toBe(false);
    const bad = viewFromLink("capex", "/en/investment?from=abc");
    expect(bad).toEqual({ ok: false, reason: "from=abc" });
  });

  it("opens a saved view again at its page with its filters", () => {
    expect(viewHref({ chart: "compare", params: { j: "EU,US" } })).toBe("/compare?j=EU,US");
    expect(viewHref({ chart: "initiatives", params: { currency: "USD", group: "USD" } })).toBe("/investment?currency=USD");
    expect(viewHref({ chart: "timeline", params: {} })).toBe("/timeline");
    expect(describeParams({ chart: "capex", params: { from: "2023", to: "2025" } })).toBe("from=2023, to=2025");
  });
});
