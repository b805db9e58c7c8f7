// PDF and PowerPoint exports of synthetic slides: the chart type of the web view survives (compare = horizontal
// bars, never a radar; the timeline is drawn with every item), the caveat, key, as-of, last-checked and sources are
// on the slide, and a long source list continues on a sources slide. Pure: no database.
import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { extractText, getDocumentProxy } from "unpdf";
import { buildPptx } from "@/lib/decks/export-pptx";
import { buildPdf } from "@/lib/decks/export-pdf";
import { paginateDeck } from "@/lib/decks/paginate";
import { translator } from "@/lib/decks/translate";
import type { SlideData } from "@/lib/dto/decks";
import { chartSlide, timelineData } from "./deck-fixtures";

const t = translator("en");
const sources = Array.from({ length: 18 }, (_, i) => `R${i + 1} Report number ${i + 1} with a long enough title`);

const compare: SlideData = {
  title: "Compare",
  subtitle: "Within each dimension",
  unit: "% of the dimension's own scale",
  chartType: "bar",
  categories: ["Legal form", "Risk-based approach"],
  series: [
    { name: "European Union", values: [100, 100] },
    { name: "United States", values: [33, 0] },
  ],
  table: {
    columns: ["Dimension", "European Union", "United States"],
    rows: [
      ["Legal form", "Binding — 3/3", "Executive — 1/3"],
      ["Policy stance", "Precautionary — 2/2", "Innovation-first — 0/2"],
    ],
  },
  sources,
  asOf: "2026-01-01",
  lastChecked: "2026-11-30",
  caveat: "Compare bars within a dimension only.",
  legend: [
    { label: "European Union", color: "#0072B2" },
    { label: "United States", color: "#E69F00" },
  ],
};
const timeline = timelineData(23);
const items = timeline.timeline!.items;
const deck = paginateDeck(
  {
    id: "d",
    title: "Deck",
    audience: null,
    briefingOn: null,
    frozenAt: null,
    slides: [chartSlide(compare, { id: "a", title: "Governance compared" }), chartSlide(timeline, { id: "b" })],
  },
  t,
);

describe("deck exports keep the chart type and carry their context", () => {
  it("paginates into compare, three timeline parts and the compare slide's sources slides at the end", () => {
    expect(deck.slides.map((s) => s.title)).toEqual([
      "Governance compared",
      "Key dates (1 of 3)",
      "Key dates (2 of 3)",
      "Key dates (3 of 3)",
      "Sources: Governance compared (1 of 2)",
      "Sources: Governance compared (2 of 2)",
    ]);
  });

  it("writes the compare chart as horizontal bars (no radar) and every timeline item as a shape", async () => {
    const zip = await JSZip.loadAsync(await buildPptx(deck, t));
    const charts = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async("string")),
    );
    expect(charts).toHaveLength(1);
    expect(charts[0]).toContain("<c:barChart>");
    expect(charts[0]).toContain('<c:barDir val="bar"/>');
    expect(charts[0]).not.toContain("radarChart");
    const slideXml = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
        .sort((a, b) => Number(a.match(/\d+/g)!.at(-1)) - Number(b.match(/\d+/g)!.at(-1)))
        .map((f) => zip.file(f)!.async("string")),
    );
    expect(slideXml).toHaveLength(6);
    const itemShapes = slideXml.map((x) => (x.match(/name="timeline-item-/g) ?? []).length);
    expect(itemShapes).toEqual([0, 10, 10, 3, 0, 0]);
    expect(slideXml.join("").match(/name="timeline-superseded"/g)).toHaveLength(1);
    expect(slideXml[0]).toContain("Compare bars within a dimension only.");
    expect(slideXml[0]).toContain("last checked 2026-11-30");
    expect(slideXml[0]).toMatch(/more sources on the sources slides at the end of the deck/);
    expect(slideXml[0]).not.toContain("…");
    expect(slideXml[4] + slideXml[5]).toContain("R18 Report number 18");
    expect(slideXml[1]).toContain("Items 1–10 of 23.");
    expect(slideXml[1]).toContain('name="legend-swatch"');
  });

  it("draws the same in the PDF: bars with values, every timeline label, caveat, as-of and sources slide", async () => {
    const pdf = await getDocumentProxy(await buildPdf(deck, t));
    const { totalPages, text } = await extractText(pdf, { mergePages: false });
    expect(totalPages).toBe(6);
    expect(text[0]).toContain("Compare bars within a dimension only.");
    expect(text[0]).toMatch(/Data as of 2026-01-01 · last checked 2026-11-30/);
    expect(text[0]).toContain("100");
    expect(text[4]).toContain("R1 Report number 1");
    const timelineText = text.slice(1, 4).join(" ");
    // Whole labels: "Item 1" must not pass on "Item 12".
    for (const it of items) expect(timelineText).toMatch(new RegExp(`\\b${it.label}\\b`));
    expect(text[3]).toContain("Items 21–23 of 23.");
  });
});
