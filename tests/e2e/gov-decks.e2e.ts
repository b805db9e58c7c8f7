// A deck with a compare, a timeline and an initiatives slide, in a real browser against the production build: the
// chart type of the web view survives in present mode, in the PDF (text read with unpdf) and in the PowerPoint
// (slide XML read with jszip): compare stays horizontal bars (never a radar), the timeline is drawn with every
// item over as many slides as it needs (each saying which items it shows), and long source lists continue on a
// sources slide instead of ending in "…".
import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import JSZip from "jszip";
import { newPage } from "./browser";
import { addChart, createDeck, deckPdfText, useDeckSession } from "./decks-support";

const SLOW = 240_000;
const TITLE = `E2E gov deck ${Date.now().toString(36)}`;
const PER_SLIDE = 10;

const deckSession = useDeckSession(TITLE);
let editor: Page;
let deckId = "";
let timelineItems = 0;

beforeAll(async () => {
  editor = deckSession.editor;
  // What the web timeline shows without filters: the deck's timeline must show exactly these items.
  const page = await newPage(deckSession.browser);
  await page.goto("/en/timeline");
  await page.locator('[data-testid="timeline-explorer"][data-from-url="yes"]').waitFor();
  timelineItems = await page.locator('[data-testid="timeline-table"] tbody tr').count();
  expect(timelineItems).toBeGreaterThan(PER_SLIDE);

  deckId = await createDeck(editor, TITLE);
  await addChart(editor, "compare", "/en/compare?j=EU,US,CN");
  await addChart(editor, "timeline", "/en/timeline");
  await addChart(editor, "initiatives", "/en/investment");
}, SLOW);

const parts = () => Math.ceil(timelineItems / PER_SLIDE);

describe("a deck keeps each chart's type everywhere", () => {
  it(
    "presents compare as bars, the timeline as swimlanes with every item, and initiatives as bars",
    async () => {
      await editor.goto(`/en/present/${deckId}`);
      await editor.getByTestId("present-stage").waitFor();
      const counter = editor.getByTestId("slide-counter");
      const total = Number((await counter.textContent())!.split("/")[1]);
      const seen: { title: string; chart: string | null; items: number; polar: number; caveat: string; sources: string }[] = [];
      for (let i = 1; i <= total; i++) {
        await expect.poll(() => counter.textContent()).toBe(`${i} / ${total}`);
        const slide = editor.getByTestId("present-slide");
        const chart = slide.locator("[data-slide-chart]");
        const kind = (await chart.count()) ? await chart.getAttribute("data-slide-chart") : null;
        if (kind && kind !== "timeline") await slide.locator(".recharts-surface").first().waitFor();
        seen.push({
          title: (await slide.locator("[data-slide-title]").textContent()) ?? "",
          chart: kind,
          items: await slide.locator("[data-slide-item]").count(),
          polar: await slide.locator(".recharts-polar-grid").count(),
          // allTextContents does not wait for an element a slide may not have (a caveat, a sources line).
          caveat: (await slide.locator("[data-slide-caveat]").allTextContents()).join(""),
          sources: (await slide.locator("[data-slide-sources]").allTextContents()).join(""),
        });
        await editor.keyboard.press("ArrowRight");
      }
      const compare = seen.find((s) => s.title === "Coded levels as a share of each dimension's scale")!;
      expect(compare).toMatchObject({ chart: "bar", polar: 0 });
      expect(compare.caveat).toContain("Policy stance is a position");
      const timeline = seen.filter((s) => s.chart === "timeline");
      expect(timeline.map((s) => s.title)).toEqual(
        Array.from({ length: parts() }, (_, k) => `AI governance instruments and events over time (${k + 1} of ${parts()})`),
      );
      expect(timeline.reduce((n, s) => n + s.items, 0)).toBe(timelineItems);
      expect(seen.find((s) => s.title.startsWith("AI investment initiatives"))).toMatchObject({ chart: "bar", polar: 0 });
      // Sources are never cut with "…": what does not fit continues on a sources slide.
      for (const s of seen) expect(s.sources).not.toContain("…");
      expect(seen.some((s) => s.title.startsWith("Sources: Coded levels"))).toBe(true);
    },
    SLOW,
  );

  it(
    "exports the same slides to PDF and PowerPoint: bars not radar, every timeline item, sources slides",
    async () => {
      const { totalPages, text } = await deckPdfText(editor, deckId);
      const comparePage = text.find((p) => p.includes("Coded levels as a share of each dimension's scale") && !p.includes("Sources: Coded"))!;
      expect(comparePage).toContain("Legal form");
      expect(comparePage).toContain("Policy stance is a position");
      expect(comparePage).toMatch(/Codings|Data as of \d{4}-\d{2}-\d{2} · last checked/);
      const timelinePages = text.filter(
        (p) => /AI governance instruments and events over time \(\d+ of \d+\)/.test(p) && !p.includes("Sources: AI governance"),
      );
      expect(timelinePages).toHaveLength(parts());
      expect(timelinePages[0]).toContain(`Items 1–${PER_SLIDE} of ${timelineItems}.`);
      expect(timelinePages.at(-1)).toContain(`of ${timelineItems}.`);
      expect(text.some((p) => p.includes("Sources: Coded levels as a share"))).toBe(true);
      for (const p of text) for (const line of p.split("\n").filter((l) => l.startsWith("Sources:"))) expect(line).not.toContain("…");

      const res = await editor.request.get(`/api/decks/${deckId}/pptx`);
      expect(res.status()).toBe(200);
      const zip = await JSZip.loadAsync(await res.body());
      const slideFiles = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
      expect(slideFiles).toHaveLength(totalPages);
      const chartXml = await Promise.all(
        Object.keys(zip.files)
          .filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))
          .map((f) => zip.file(f)!.async("string")),
      );
      expect(chartXml).toHaveLength(2); // compare and initiatives; the timeline is drawn with shapes
      for (const xml of chartXml) {
        expect(xml).toContain("<c:barChart>");
        expect(xml).toContain('<c:barDir val="bar"/>');
        expect(xml).not.toContain("radarChart");
      }
      const compareChart = chartXml.find((x) => x.includes("European Union"))!;
      for (const name of ["European Union", "United States", "China"]) expect(compareChart).toContain(name);
      const slides = await Promise.all(slideFiles.map((f) => zip.file(f)!.async("string")));
      const itemShapes = slides.reduce((n, x) => n + (x.match(/name="timeline-item-/g) ?? []).length, 0);
      expect(itemShapes).toBe(timelineItems);
      expect(slides.some((x) => x.includes("Policy stance is a position"))).toBe(true);
    },
    SLOW,
  );
});
