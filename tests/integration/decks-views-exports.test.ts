// Decks' saved views and exports against a real (SQLite) database: views resolve to the same figures as the
// explorer, and the PDF and PowerPoint exports carry each slide's numbers, sources and notes, in either language.
// Only the session lookup is stubbed (tests/integration/support/auth-stub.ts).
import { describe, expect, it, vi } from "vitest";
import JSZip from "jszip";
import { extractText, getDocumentProxy } from "unpdf";
import { useTempDatabase } from "./support/database";
import { CAPEX_VIEW, PRIVATE_VIEW, newDeckBy } from "./support/decks";

vi.mock("@/lib/auth/auth", () => import("./support/auth-stub"));

const { users } = await useTempDatabase();
const decks = await import("@/lib/mutations/decks");
const present = await import("@/lib/decks/present-deck");
const queries = await import("@/lib/queries/decks");
const newDeck = (title?: string) => newDeckBy(users.EDITOR, title);

describe("resolving saved views", () => {
  it("turns each chart's view into slide data from the database, in either language", async () => {
    const { resolveView } = await import("@/lib/decks/resolve-view");
    const capex = await resolveView(CAPEX_VIEW, "en");
    expect(capex.ok && capex.data.table.rows).toContainEqual(["Amazon", "2024", 83, "Actual", "R16, R17, U4"]);
    expect(capex.ok && capex.data.subtitle).toContain("Guidance or plans, not reported actuals: Alphabet 2026");

    const eur = await resolveView({ chart: "initiatives", params: { group: "EUR" } }, "en");
    expect(eur).toMatchObject({ ok: true, data: { title: "AI investment initiatives (EUR)", unit: "EUR bn", chartType: "bar" } });
    expect(eur.ok && eur.data.table.rows[0]).toEqual(["EU (InvestAI)", 200, "€200bn", "Pledge", "Public and private money", "Multi-year", "S2, R4, R62"]);
    // Whose money is on every bar: a private programme is never read as public money on a slide.
    expect(eur.ok && eur.data.categories).toContain("EU (InvestAI) · Pledge · Public and private money");
    const usdOriginal = await resolveView({ chart: "initiatives", params: { group: "USD" } }, "en");
    // Both Stargate figures are private plans: each bar says so, and their labels are told apart (by horizon).
    const stargate = usdOriginal.ok ? usdOriginal.data.categories.filter((c) => c.startsWith("US (Stargate JV)")) : [];
    expect(stargate).toHaveLength(2);
    for (const label of stargate) expect(label).toMatch(/^US \(Stargate JV\) · .+ · Plan · Private money$/);
    expect(new Set(stargate).size).toBe(2);
    const usd = await resolveView({ chart: "initiatives", params: { currency: "USD", group: "USD" } }, "en");
    expect(usd.ok && usd.data.table.rows.find((r) => r[0] === "EU (InvestAI)")?.[1]).toBe(216.34);
    expect(await resolveView({ chart: "initiatives", params: { group: "XYZ" } }, "en")).toEqual({ ok: false, problem: "no-data" });

    const compare = await resolveView({ chart: "compare", params: { j: "EU,US" } }, "zh");
    // The web view's horizontal bars, never a radar; policy stance stays in the table, not drawn as a bar.
    expect(compare).toMatchObject({ ok: true, data: { chartType: "bar", table: { columns: ["维度", "欧盟", "美国"] } } });
    expect(compare.ok && compare.data.categories).not.toContain("政策取向");
    expect(compare.ok && compare.data.table.rows.map((r) => r[0])).toContain("政策取向");

    const timeline = await resolveView({ chart: "timeline", params: { j: "EU", from: "2024", to: "2024" } }, "en");
    expect(timeline).toMatchObject({ ok: true, data: { chartType: "timeline" } });
    expect(timeline.ok && timeline.data.timeline!.items.length).toBe(timeline.ok ? timeline.data.table.rows.length : -1);
    expect(timeline.ok && timeline.data.table.rows.every((r) => String(r[1]).includes("EU"))).toBe(true);
    expect(timeline.ok && timeline.data.table.rows.some((r) => String(r[2]).includes("AI Act"))).toBe(true);

    expect(await resolveView({ chart: "private", params: { category: "PUBLIC_INITIATIVE" } }, "en")).toEqual({ ok: false, problem: "no-data" });
    expect(await resolveView({ chart: "capex", params: { from: "abc" } }, "en")).toEqual({ ok: false, problem: "invalid-view" });
    expect(await resolveView("garbage", "en")).toEqual({ ok: false, problem: "unknown-chart" });
  });
});

describe("saved views and the explorer", () => {
  it("select the same figures for each investment chart, amount-less actors included", async () => {
    const { loadExplorer } = await import("@/lib/queries/investment-explorer");
    const { parseInvestmentFilters } = await import("@/lib/validations/investment-filters");
    for (const params of [{}, { from: "2024" }, { kind: "ACTUAL" }]) {
      const { filters } = parseInvestmentFilters(params);
      const page = await loadExplorer(JSON.stringify(filters));
      const slugs = (figures: { slug: string }[]) => figures.map((f) => f.slug).sort();
      expect(slugs((await queries.getViewFigures(filters, "capex")).capex)).toEqual(slugs(page.capex));
      expect(slugs((await queries.getViewFigures(filters, "private")).privateAggregates)).toEqual(slugs(page.privateAggregates));
      expect(slugs((await queries.getViewFigures(filters, "initiatives")).initiatives)).toEqual(slugs(page.initiatives));
    }
    const { filters } = parseInvestmentFilters({});
    expect((await queries.getViewFigures(filters, "private")).privateAggregates.map((f) => f.actorName)).toContain("US + China");
  });
});

describe("exports", () => {
  it("writes one PDF page and one PowerPoint slide per deck slide, with the same numbers, sources and notes", async () => {
    const { buildPdf } = await import("@/lib/decks/export-pdf");
    const { buildPptx } = await import("@/lib/decks/export-pptx");
    const { translator } = await import("@/lib/decks/translate");
    const { deckId } = await newDeck("Export test");
    await decks.addViewSlide({ deckId, version: 1, kind: "CHART", title: "Private money", takeaway: "The US leads", view: PRIVATE_VIEW }, "en");
    await decks.addTextSlide({ deckId, version: 2, title: "Next steps", body: "Decide.", notes: "Ask for questions" }, "en");
    const deck = await present.buildPresentDeck((await queries.getDeck(deckId))!, "en");

    const pdf = await getDocumentProxy(await buildPdf(deck, translator("en")));
    const { totalPages, text } = await extractText(pdf, { mergePages: false });
    expect(totalPages).toBe(2);
    expect(text[0]).toContain("Private money");
    expect(text[0]).toContain("The US leads");
    for (const n of ["67.2", "109.1", "7.8", "9.3", "4.5"]) expect(text[0]).toContain(n);
    expect(text[0]).toContain("Sources: R6");
    // The newest date of the information shown (AI Index 2026 covers 2025) and when it was checked, not a write time.
    expect(text[0]).toMatch(/Data as of 2025 · last checked 2026-12-04/);
    expect(text[1]).toContain("Next steps");

    const zip = await JSZip.loadAsync(await buildPptx(deck, translator("en")));
    expect(Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toHaveLength(2);
    const chartXml = await zip.file("ppt/charts/chart1.xml")!.async("string");
    const values = [...chartXml.matchAll(/<c:val>[\s\S]*?<\/c:val>/g)]
      .flatMap((m) => [...m[0].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => v[1]))
      .filter(Boolean)
      .map(Number);
    const tableNumbers = deck.slides[0].data!.table.rows.map((r) => r[2]);
    expect(values.sort()).toEqual([...tableNumbers].sort());
    const slide1 = await zip.file("ppt/slides/slide1.xml")!.async("string");
    expect(slide1).toContain("Private money");
    expect(slide1).toContain("The US leads");
    const notes = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /notesSlide\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async("string")),
    );
    expect(notes.join("")).toContain("Ask for questions");
  });

  it("keeps Chinese text in a Chinese deck's PDF (the CJK font ships with the app's packages)", async () => {
    const { buildPdf } = await import("@/lib/decks/export-pdf");
    const { translator } = await import("@/lib/decks/translate");
    const { deckId } = await newDeck("中文简报");
    await decks.addTextSlide({ deckId, version: 1, title: "人工智能治理要点", body: "欧盟《人工智能法案》分阶段实施。", notes: "" }, "zh");
    const deck = await present.buildPresentDeck((await queries.getDeck(deckId))!, "zh");
    const pdf = await getDocumentProxy(await buildPdf(deck, translator("zh")));
    const { text } = await extractText(pdf, { mergePages: true });
    const compact = text.replace(/\s+/g, "");
    expect(compact).toContain("人工智能治理要点");
    expect(compact).toContain("欧盟《人工智能法案》分阶段实施。");
    expect(text).not.toContain("Chinese characters are shown as ?");
  });
});
