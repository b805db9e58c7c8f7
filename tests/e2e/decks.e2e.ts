// Briefing decks in a real browser: build a deck from three views, reorder it, present it with the keyboard
// (no requests after load) with the presenter view following, freeze it, change a figure as admin and see the
// difference reported while the frozen number is still shown, export PDF/PPTX. Bad input, viewers and
// accessibility: decks-access.e2e.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import JSZip from "jszip";
import type { Db } from "../../lib/db-client";
import { SLOW, addChart, addTextSlide, buildBriefing, cards, createDeck, deckPdfText, freezeDeck, slideTitles, useDeckSession } from "./decks-support";

const PREFIX = `E2E deck ${Date.now().toString(36)}`;
const FIGURE = "uk-private-ai-investment-2024";

const deckSession = useDeckSession(PREFIX);
let db: Db;
let editor: Page;
beforeAll(() => {
  ({ db, editor } = deckSession);
});

// Each describe builds the deck its tests use, so that any test passes alone and in any order.
describe("building a briefing deck", () => {
  it(
    "builds a deck from three different views and reorders it with the keyboard",
    async () => {
      await createDeck(editor, `${PREFIX} built`);
      await addChart(editor, "capex", "/en/investment?category=CORPORATE_CAPEX");
      await addChart(editor, "private", "/en/investment");
      await addChart(editor, "compare", "/en/compare?j=EU,US,CN");
      await expect
        .poll(() => slideTitles(editor))
        .toEqual([
          "Slide 1: Big Tech capital expenditure by company and year",
          "Slide 2: Private AI investment by country and year",
          "Slide 3: Coded levels as a share of each dimension's scale",
        ]);
      // The seed values render in each slide's data table.
      const dataOf = (i: number) => cards(editor).nth(i).getByTestId("slide-data-table");
      await expect.poll(() => dataOf(0).textContent()).toContain("Amazon2024");
      await expect.poll(() => dataOf(1).textContent()).toContain("109.1");
      await expect.poll(() => dataOf(2).textContent()).toMatch(/European Union/);

      // Keyboard: focus "Move slide 3 up" and press Enter; focus stays on the moved slide.
      await editor.getByRole("button", { name: "Move slide 3 up" }).focus();
      await editor.keyboard.press("Enter");
      await expect
        .poll(() => slideTitles(editor), { timeout: 60_000 })
        .toEqual([
          "Slide 1: Big Tech capital expenditure by company and year",
          "Slide 2: Coded levels as a share of each dimension's scale",
          "Slide 3: Private AI investment by country and year",
        ]);
      await expect.poll(() => editor.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toMatch(/^Move slide 2 (up|down)$/);

      // A takeaway and speaker notes on the private-investment slide, and a closing text slide.
      const third = cards(editor).nth(2);
      await third.getByRole("button", { name: "Edit" }).click();
      await third.getByLabel(/Takeaway/).fill("The US leads private AI investment by far");
      await third.getByLabel(/Speaker notes/).fill("Stress that Big Tech capex is not included.");
      await third.getByRole("button", { name: "Save" }).click();
      await expect.poll(() => third.textContent(), { timeout: 60_000 }).toContain("The US leads private AI investment by far");
      await addTextSlide(editor, "Next steps", "Decide on the funding line.", "Ask for questions.");
      await expect.poll(() => cards(editor).count(), { timeout: 60_000 }).toBe(4);
    },
    SLOW,
  );
});

describe("a finished briefing deck", () => {
  let deckId = "";
  beforeAll(async () => {
    deckId = await buildBriefing(editor, `${PREFIX} finished`);
  }, SLOW);

  it(
    "presents with the keyboard without a single request after load, and the presenter view follows",
    async () => {
      const page = editor;
      await page.goto(`/en/present/${deckId}`);
      await page.getByTestId("present-stage").waitFor();
      await page.waitForLoadState("networkidle");
      const requests: string[] = [];
      page.on("request", (r) => r.url().startsWith("http") && requests.push(r.url()));
      const counter = page.getByTestId("slide-counter");
      const title = page.locator('[data-testid="present-slide"] [data-slide-title]');
      // The four slides in order, then the appendix of sources slides for the slides whose source lists do not fit
      // a footer (capex and compare cite many sources).
      await expect.poll(() => counter.textContent()).toMatch(/^1 \/ \d+$/);
      const total = Number((await counter.textContent())!.match(/^1 \/ (\d+)$/)![1]);
      expect(total).toBeGreaterThan(4);
      const steps: [string, number, string | RegExp][] = [
        ["ArrowRight", 2, "Coded levels as a share of each dimension's scale"],
        ["Space", 3, "Private AI investment by country and year"],
        ["PageDown", 4, "Next steps"],
        ["PageDown", 5, /^Sources: /],
        ["PageUp", 4, "Next steps"],
        ["PageUp", 3, "Private AI investment by country and year"],
        ["Home", 1, "Big Tech capital expenditure by company and year"],
        ["End", total, /^Sources: /],
        ["Home", 1, "Big Tech capital expenditure by company and year"],
        ["ArrowRight", 2, "Coded levels as a share of each dimension's scale"],
        ["ArrowRight", 3, "Private AI investment by country and year"],
      ];
      for (const [key, n, heading] of steps) {
        await page.keyboard.press(key);
        await expect.poll(() => counter.textContent()).toBe(`${n} / ${total}`);
        if (typeof heading === "string") await expect.poll(() => title.textContent()).toBe(heading);
        else await expect.poll(() => title.textContent()).toMatch(heading);
      }
      await expect
        .poll(() => page.locator('[data-testid="present-slide"] [data-slide-takeaway]').textContent())
        .toBe("The US leads private AI investment by far");
      await expect
        .poll(() => page.locator('[data-testid="present-slide"] [data-slide-asof]').textContent())
        .toMatch(/^Data as of \d{4}(-\d{2}-\d{2})? · last checked \d{4}-\d{2}-\d{2}$/);
      await expect.poll(() => page.locator('[data-testid="present-slide"] [data-slide-sources]').textContent()).toContain("R6");
      await page.keyboard.press("b");
      await page.getByTestId("black-screen").waitFor();
      await page.keyboard.press("B");
      await page.getByTestId("black-screen").waitFor({ state: "detached" });
      // Type that reads from the back of a room: the slide title is large at 1920×1080.
      await page.setViewportSize({ width: 1920, height: 1080 });
      await expect.poll(() => title.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(56);
      expect(requests).toEqual([]);

      // The slide as a PNG, made in the browser.
      const [png] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download slide as PNG" }).click()]);
      expect(png.suggestedFilename()).toBe("govatlas-slide-3.png");
      expect(
        readFileSync((await png.path())!)
          .subarray(1, 4)
          .toString(),
      ).toBe("PNG");
      expect(requests).toEqual([]);

      // Presenter view in a second window: current slide, next slide, notes, timer; synced both ways.
      const [presenter] = await Promise.all([page.waitForEvent("popup"), page.getByRole("button", { name: "Presenter view" }).click()]);
      await presenter.getByTestId("presenter-root").waitFor({ timeout: 60_000 });
      const presenterCounter = presenter.getByTestId("presenter-counter");
      await expect.poll(() => presenterCounter.textContent(), { timeout: 30_000 }).toBe(`3 / ${total}`);
      await expect.poll(() => presenter.getByTestId("presenter-notes").textContent()).toBe("Stress that Big Tech capex is not included.");
      await expect.poll(() => presenter.locator('[data-testid="presenter-next-slide"] [data-slide-title]').textContent()).toBe("Next steps");
      await expect.poll(() => presenter.getByTestId("presenter-timer").textContent()).toMatch(/^\d{2}:\d{2}$/);
      await page.keyboard.press("ArrowRight");
      await expect.poll(() => presenterCounter.textContent()).toBe(`4 / ${total}`);
      await expect.poll(() => presenter.getByTestId("presenter-notes").textContent()).toBe("Ask for questions.");
      await presenter.keyboard.press("End");
      await expect.poll(() => counter.textContent()).toBe(`${total} / ${total}`);
      await expect.poll(() => presenter.getByTestId("presenter-end").textContent()).toBe("End of the deck");
      await presenter.keyboard.press("Home");
      await expect.poll(() => counter.textContent()).toBe(`1 / ${total}`);
      await presenter.getByRole("button", { name: /Next slide/ }).click();
      await expect.poll(() => counter.textContent()).toBe(`2 / ${total}`);
      await presenter.close();
      expect(requests).toEqual([]);

      await page.setViewportSize({ width: 1280, height: 900 });
      await page.keyboard.press("Escape");
      await page.waitForURL(new RegExp(`/en/decks/${deckId}$`));
    },
    SLOW,
  );

  it(
    "copies a slide to another deck through the accessible Add to briefing dialog",
    async () => {
      await editor.goto(`/en/decks/${deckId}`);
      const trigger = cards(editor).nth(0).getByRole("button", { name: "Copy to another deck" });
      await trigger.click();
      const dialog = editor.getByRole("dialog", { name: "Add this view to a briefing" });
      await dialog.getByLabel("Slide title").waitFor();
      // Esc closes and focus returns to the button that opened it.
      await editor.keyboard.press("Escape");
      await expect.poll(() => dialog.isVisible()).toBe(false);
      await expect.poll(() => trigger.evaluate((el) => el === document.activeElement)).toBe(true);
      await trigger.click();
      await dialog.getByLabel("A new deck").check();
      // Focus stays inside the modal dialog while tabbing.
      for (let i = 0; i < 8; i++) await editor.keyboard.press("Tab");
      await expect.poll(() => dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
      await dialog.getByLabel("Title of the new deck").fill(`${PREFIX} copy`);
      await dialog.getByRole("button", { name: "Add slide" }).click();
      await expect.poll(() => dialog.getByTestId("briefing-added").textContent(), { timeout: 60_000 }).toContain(`Added to “${PREFIX} copy” (now 1 slide)`);
      await dialog.getByRole("link", { name: "Open the deck" }).click();
      await editor.waitForURL((u) => u.pathname.startsWith("/en/decks/") && !u.pathname.endsWith(deckId));
      await expect.poll(() => slideTitles(editor)).toEqual(["Slide 1: Big Tech capital expenditure by company and year"]);
    },
    SLOW,
  );
});

describe("a frozen briefing deck", () => {
  let deckId = "";
  beforeAll(async () => {
    deckId = await buildBriefing(editor, `${PREFIX} frozen`);
    await freezeDeck(editor);
  }, SLOW);

  it(
    "freezes the data; after an admin changes a figure the deck reports the difference but still shows the frozen number",
    async () => {
      // Frozen in beforeAll with "Freeze data now".
      await editor.goto(`/en/decks/${deckId}`);
      await expect
        .poll(() => editor.getByTestId("freeze-status").textContent(), { timeout: 60_000 })
        .toMatch(/^Data frozen on \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\.$/);
      await expect.poll(() => editor.getByTestId("differ-count").textContent()).toBe("No slide differs from live data.");

      const original = await db.investmentFigure.findUniqueOrThrow({ where: { slug: FIGURE }, select: { amount: true } });
      // There is no admin edit screen yet: the admin's change is made in the database, then the page is requested again.
      await db.investmentFigure.update({ where: { slug: FIGURE }, data: { amount: "5500000000" } });
      try {
        await editor.reload();
        await expect.poll(() => editor.getByTestId("differ-count").textContent()).toBe("1 slide differs from live data.");
        const difference = editor.getByTestId("differences").locator("li");
        await expect.poll(() => difference.locator("summary").textContent()).toContain("Slide 3: Private AI investment by country and year");
        await difference.locator("summary").click();
        const row = difference.getByTestId("difference-table").locator("tbody tr");
        await expect.poll(() => row.allTextContents()).toEqual(["United Kingdom · 2024Value (US$ bn)4.55.5"]);
        // The slide still shows (and presents) the frozen number.
        await expect.poll(() => cards(editor).nth(2).getByTestId("slide-data-table").textContent()).toContain("United Kingdom20244.5R6");
        await editor.goto(`/en/present/${deckId}#3`);
        const slide = editor.getByTestId("present-slide");
        await expect
          .poll(() => slide.locator("[data-slide-asof]").textContent())
          .toMatch(/^Data as of \d{4}-\d{2}-\d{2} \(frozen\) · last checked \d{4}-\d{2}-\d{2}$/);
        const labels = slide.locator("text.recharts-label");
        await expect.poll(() => labels.allTextContents()).toContain("4.5");
        await expect.poll(() => labels.allTextContents()).not.toContain("5.5");
      } finally {
        await db.investmentFigure.update({ where: { slug: FIGURE }, data: { amount: original.amount } });
      }
    },
    SLOW,
  );

  it(
    "exports a PDF and a PowerPoint with every slide's title, numbers, sources and notes",
    async () => {
      const { totalPages, text } = await deckPdfText(editor, deckId);
      // Four slides, then the sources slides of the slides whose source lists do not fit a footer.
      expect(totalPages).toBeGreaterThan(4);
      for (const page of text.slice(4)) expect(page).toMatch(/^Sources: |Sources: /);
      const titles = [
        "Big Tech capital expenditure by company and year",
        "Coded levels as a share of each dimension's scale",
        "Private AI investment by country and year",
        "Next steps",
      ];
      titles.forEach((t, i) => expect(text[i]).toContain(t));
      for (const n of ["83", "131.8", "52.7"]) expect(text[0]).toContain(n);
      for (const n of ["67.2", "109.1", "9.3", "4.5"]) expect(text[2]).toContain(n);
      for (const page of text.slice(0, 3)) {
        expect(page).toMatch(/Sources: (S|R)\d/);
        expect(page).toMatch(/Data as of \d{4}-\d{2}-\d{2} \(frozen\)/);
      }

      const res = await editor.request.get(`/api/decks/${deckId}/pptx`);
      expect(res.status()).toBe(200);
      expect(res.headers()["content-disposition"]).toContain(".pptx");
      const zip = await JSZip.loadAsync(await res.body());
      const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
      expect(slides).toHaveLength(totalPages);
      // Slide 3's native chart holds exactly the numbers of the slide's data table on the deck page.
      const rels = await zip.file("ppt/slides/_rels/slide3.xml.rels")!.async("string");
      const chartPath = `ppt/charts/${/charts\/(chart\d+\.xml)/.exec(rels)![1]}`;
      const chartXml = await zip.file(chartPath)!.async("string");
      expect(chartXml).toContain("<c:barChart>");
      const chartNumbers = [...chartXml.matchAll(/<c:val>[\s\S]*?<\/c:val>/g)]
        .flatMap((m) => [...m[0].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => v[1]))
        .filter(Boolean)
        .map(Number)
        .sort((a, b) => a - b);
      const tableNumbers = (
        await cards(editor)
          .nth(2)
          .getByTestId("slide-data-table")
          .locator("tbody tr")
          .evaluateAll((rows) => rows.map((r) => Number(r.children[2].textContent)))
      ).sort((a, b) => a - b);
      expect(chartNumbers).toEqual(tableNumbers);
      expect(await zip.file("ppt/slides/slide3.xml")!.async("string")).toContain("The US leads private AI investment by far");
      const notes = await Promise.all(
        Object.keys(zip.files)
          .filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f))
          .map((f) => zip.file(f)!.async("string")),
      );
      expect(notes.join("")).toContain("Stress that Big Tech capex is not included.");
      expect(notes.join("")).toContain("Ask for questions.");
    },
    SLOW,
  );
});
