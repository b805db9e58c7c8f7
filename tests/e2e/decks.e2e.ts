// Briefing decks in a real browser: build a deck from three views, reorder it, present it with the keyboard
// (no requests after load) with the presenter view following, freeze it, change a figure as admin and see the
// difference reported while the frozen number is still shown, export PDF/PPTX, and the bad-input cases.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import JSZip from "jszip";
import { extractText, getDocumentProxy } from "unpdf";
import { createDb, type Db } from "../../lib/db-client";
import { resolveDbTarget } from "../../lib/db-url";
import { baseURL, launchBrowser, newPage, seriousA11yViolations, signIn } from "./browser";

const SLOW = 180_000;
const PREFIX = `E2E deck ${Date.now().toString(36)}`;
const FIGURE = "uk-private-ai-investment-2024";

let browser: Browser;
let db: Db;
let editor: Page;
let deckId = "";

beforeAll(async () => {
  const url = inject("databaseUrl");
  if (!url) throw new Error("The deck tests change a figure in the server's database: set DATABASE_URL to it (e.g. file:/tmp/dev.db).");
  db = createDb(resolveDbTarget(url));
  browser = await launchBrowser();
  editor = await newPage(browser);
  await signIn(editor, "EDITOR");
}, SLOW);

afterAll(async () => {
  // Leave a shared development database as it was (CI uses a fresh one).
  await db?.deck.deleteMany({ where: { title: { startsWith: PREFIX } } });
  await db?.$disconnect();
  await browser?.close();
});

const cards = (page: Page) => page.getByTestId("slide-card");
const slideTitles = (page: Page) => cards(page).locator("h3").allTextContents();

async function createDeck(page: Page, title: string): Promise<string> {
  await page.goto("/en/decks");
  const form = page.getByTestId("create-deck-form");
  await form.getByLabel("Deck title").fill(title);
  await form.getByRole("button", { name: "Create deck" }).click();
  await page.waitForURL(/\/en\/decks\/[a-z0-9]+$/, { timeout: 60_000 });
  return page.url().split("/").pop()!;
}

async function addChart(page: Page, chart: string, link: string) {
  const before = await cards(page).count();
  const panel = page.getByTestId("add-slide-panel");
  await panel.getByLabel("Chart", { exact: true }).selectOption(chart);
  await panel.getByLabel(/Link to the chart view/).fill(link);
  await panel.getByRole("button", { name: "Add slide" }).click();
  await expect.poll(() => cards(page).count(), { timeout: 60_000 }).toBe(before + 1);
}

describe("briefing decks", () => {
  it("builds a deck from three different views and reorders it with the keyboard", async () => {
    deckId = await createDeck(editor, `${PREFIX} main`);
    await addChart(editor, "capex", "/en/investment?category=CORPORATE_CAPEX");
    await addChart(editor, "private", "/en/investment");
    await addChart(editor, "compare", "/en/compare?j=EU,US,CN");
    expect(await slideTitles(editor)).toEqual([
      "Slide 1: Big Tech capital expenditure by company and year",
      "Slide 2: Private AI investment by country and year",
      "Slide 3: Coded levels as a share of each dimension's scale",
    ]);
    // The seed values render in each slide's data table.
    const dataOf = (i: number) => cards(editor).nth(i).getByTestId("slide-data-table");
    expect(await dataOf(0).textContent()).toContain("Amazon2024");
    expect(await dataOf(1).textContent()).toContain("109.1");
    expect(await dataOf(2).textContent()).toMatch(/European Union/);

    // Keyboard: focus "Move slide 3 up" and press Enter; focus stays on the moved slide.
    await editor.getByRole("button", { name: "Move slide 3 up" }).focus();
    await editor.keyboard.press("Enter");
    await expect.poll(() => slideTitles(editor), { timeout: 60_000 }).toEqual([
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
    const panel = editor.getByTestId("add-slide-panel");
    await panel.getByLabel("Text slide").check();
    await panel.getByLabel(/Slide title/).fill("Next steps");
    await panel.getByLabel("Text", { exact: true }).fill("Decide on the funding line.");
    await panel.getByLabel(/Speaker notes/).fill("Ask for questions.");
    await panel.getByRole("button", { name: "Add slide" }).click();
    await expect.poll(() => cards(editor).count(), { timeout: 60_000 }).toBe(4);
  }, SLOW);

  it("presents with the keyboard without a single request after load, and the presenter view follows", async () => {
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
      if (typeof heading === "string") expect(await title.textContent()).toBe(heading);
      else expect(await title.textContent()).toMatch(heading);
    }
    expect(await page.locator('[data-testid="present-slide"] [data-slide-takeaway]').textContent()).toBe("The US leads private AI investment by far");
    expect(await page.locator('[data-testid="present-slide"] [data-slide-asof]').textContent()).toMatch(/^Data as of \d{4}(-\d{2}-\d{2})? · last checked \d{4}-\d{2}-\d{2}$/);
    expect(await page.locator('[data-testid="present-slide"] [data-slide-sources]').textContent()).toContain("R6");
    await page.keyboard.press("b");
    await page.getByTestId("black-screen").waitFor();
    await page.keyboard.press("B");
    await page.getByTestId("black-screen").waitFor({ state: "detached" });
    // Type that reads from the back of a room: the slide title is large at 1920×1080.
    await page.setViewportSize({ width: 1920, height: 1080 });
    expect(await title.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(56);
    expect(requests).toEqual([]);

    // The slide as a PNG, made in the browser.
    const [png] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download slide as PNG" }).click()]);
    expect(png.suggestedFilename()).toBe("govatlas-slide-3.png");
    expect(readFileSync((await png.path())!).subarray(1, 4).toString()).toBe("PNG");
    expect(requests).toEqual([]);

    // Presenter view in a second window: current slide, next slide, notes, timer; synced both ways.
    const [presenter] = await Promise.all([page.waitForEvent("popup"), page.getByRole("button", { name: "Presenter view" }).click()]);
    await presenter.getByTestId("presenter-root").waitFor({ timeout: 60_000 });
    const presenterCounter = presenter.getByTestId("presenter-counter");
    await expect.poll(() => presenterCounter.textContent(), { timeout: 30_000 }).toBe(`3 / ${total}`);
    expect(await presenter.getByTestId("presenter-notes").textContent()).toBe("Stress that Big Tech capex is not included.");
    expect(await presenter.locator('[data-testid="presenter-next-slide"] [data-slide-title]').textContent()).toBe("Next steps");
    expect(await presenter.getByTestId("presenter-timer").textContent()).toMatch(/^\d{2}:\d{2}$/);
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => presenterCounter.textContent()).toBe(`4 / ${total}`);
    expect(await presenter.getByTestId("presenter-notes").textContent()).toBe("Ask for questions.");
    await presenter.keyboard.press("End");
    await expect.poll(() => counter.textContent()).toBe(`${total} / ${total}`);
    expect(await presenter.getByTestId("presenter-end").textContent()).toBe("End of the deck");
    await presenter.keyboard.press("Home");
    await expect.poll(() => counter.textContent()).toBe(`1 / ${total}`);
    await presenter.getByRole("button", { name: /Next slide/ }).click();
    await expect.poll(() => counter.textContent()).toBe(`2 / ${total}`);
    await presenter.close();
    expect(requests).toEqual([]);

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.keyboard.press("Escape");
    await page.waitForURL(new RegExp(`/en/decks/${deckId}$`));
  }, SLOW);

  it("copies a slide to another deck through the accessible Add to briefing dialog", async () => {
    await editor.goto(`/en/decks/${deckId}`);
    const trigger = cards(editor).nth(0).getByRole("button", { name: "Copy to another deck" });
    await trigger.click();
    const dialog = editor.getByRole("dialog", { name: "Add this view to a briefing" });
    await dialog.getByLabel("Slide title").waitFor();
    // Esc closes and focus returns to the button that opened it.
    await editor.keyboard.press("Escape");
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await trigger.evaluate((el) => el === document.activeElement)).toBe(true);
    await trigger.click();
    await dialog.getByLabel("A new deck").check();
    // Focus stays inside the modal dialog while tabbing.
    for (let i = 0; i < 8; i++) await editor.keyboard.press("Tab");
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await dialog.getByLabel("Title of the new deck").fill(`${PREFIX} copy`);
    await dialog.getByRole("button", { name: "Add slide" }).click();
    await expect.poll(() => dialog.getByTestId("briefing-added").textContent(), { timeout: 60_000 }).toContain(`Added to “${PREFIX} copy” (now 1 slide)`);
    await dialog.getByRole("link", { name: "Open the deck" }).click();
    await editor.waitForURL((u) => u.pathname.startsWith("/en/decks/") && !u.pathname.endsWith(deckId));
    expect(await slideTitles(editor)).toEqual(["Slide 1: Big Tech capital expenditure by company and year"]);
  }, SLOW);

  it("freezes the data; after an admin changes a figure the deck reports the difference but still shows the frozen number", async () => {
    await editor.goto(`/en/decks/${deckId}`);
    await editor.getByRole("button", { name: "Freeze data now" }).click();
    await expect.poll(() => editor.getByTestId("freeze-status").textContent(), { timeout: 60_000 }).toMatch(/^Data frozen on \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\.$/);
    expect(await editor.getByTestId("differ-count").textContent()).toBe("No slide differs from live data.");

    const original = await db.investmentFigure.findUniqueOrThrow({ where: { slug: FIGURE }, select: { amount: true } });
    // There is no admin edit screen yet: the admin's change is made in the database, then the page is requested again.
    await db.investmentFigure.update({ where: { slug: FIGURE }, data: { amount: "5500000000" } });
    try {
      await editor.reload();
      expect(await editor.getByTestId("differ-count").textContent()).toBe("1 slide differs from live data.");
      const difference = editor.getByTestId("differences").locator("li");
      expect(await difference.locator("summary").textContent()).toContain("Slide 3: Private AI investment by country and year");
      await difference.locator("summary").click();
      const row = difference.getByTestId("difference-table").locator("tbody tr");
      expect(await row.allTextContents()).toEqual(["United Kingdom · 2024Value (US$ bn)4.55.5"]);
      // The slide still shows (and presents) the frozen number.
      expect(await cards(editor).nth(2).getByTestId("slide-data-table").textContent()).toContain("United Kingdom20244.5R6");
      await editor.goto(`/en/present/${deckId}#3`);
      const slide = editor.getByTestId("present-slide");
      await expect.poll(() => slide.locator("[data-slide-asof]").textContent()).toMatch(/^Data as of \d{4}-\d{2}-\d{2} \(frozen\) · last checked \d{4}-\d{2}-\d{2}$/);
      const labels = await slide.locator("text.recharts-label").allTextContents();
      expect(labels).toContain("4.5");
      expect(labels).not.toContain("5.5");
    } finally {
      await db.investmentFigure.update({ where: { slug: FIGURE }, data: { amount: original.amount } });
    }
  }, SLOW);

  it("exports a PDF and a PowerPoint with every slide's title, numbers, sources and notes", async () => {
    await editor.goto(`/en/decks/${deckId}`);
    const [pdfFile] = await Promise.all([editor.waitForEvent("download", { timeout: 120_000 }), editor.getByRole("link", { name: "Download PDF" }).click()]);
    const pdf = await getDocumentProxy(new Uint8Array(readFileSync((await pdfFile.path())!)));
    const { totalPages, text } = await extractText(pdf, { mergePages: false });
    // Four slides, then the sources slides of the slides whose source lists do not fit a footer.
    expect(totalPages).toBeGreaterThan(4);
    for (const page of text.slice(4)) expect(page).toMatch(/^Sources: |Sources: /);
    const titles = ["Big Tech capital expenditure by company and year", "Coded levels as a share of each dimension's scale", "Private AI investment by country and year", "Next steps"];
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
    const tableNumbers = (await cards(editor).nth(2).getByTestId("slide-data-table").locator("tbody tr").evaluateAll((rows) => rows.map((r) => Number(r.children[2].textContent))))
      .sort((a, b) => a - b);
    expect(chartNumbers).toEqual(tableNumbers);
    expect(await zip.file("ppt/slides/slide3.xml")!.async("string")).toContain("The US leads private AI investment by far");
    const notes = await Promise.all(Object.keys(zip.files).filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async("string")));
    expect(notes.join("")).toContain("Stress that Big Tech capex is not included.");
    expect(notes.join("")).toContain("Ask for questions.");
  }, SLOW);

  it("says clearly what is wrong: an empty deck, a view without data, an oversized title", async () => {
    // Oversized title: a field error next to the field, nothing created.
    await editor.goto("/en/decks");
    const form = editor.getByTestId("create-deck-form");
    await form.getByLabel("Deck title").fill(`${PREFIX} ${"x".repeat(200)}`);
    await form.getByRole("button", { name: "Create deck" }).click();
    const error = form.locator('[data-field-error="title"]');
    await expect.poll(() => error.textContent(), { timeout: 60_000 }).toBe("Keep the title to 200 characters or fewer.");
    expect(await form.getByLabel("Deck title").getAttribute("aria-invalid")).toBe("true");
    expect(editor.url()).toMatch(/\/en\/decks$/);

    // Empty deck: no present/export buttons; presenting and exporting say why.
    const emptyId = await createDeck(editor, `${PREFIX} empty`);
    expect(await editor.getByTestId("empty-deck").textContent()).toContain("This deck has no slides yet.");
    expect(await editor.getByTestId("deck-actions").count()).toBe(0);
    await editor.goto(`/en/present/${emptyId}`);
    expect(await editor.getByTestId("present-empty").textContent()).toContain("This deck has no slides to present yet.");
    const emptyPdf = await editor.request.get(`/api/decks/${emptyId}/pdf`);
    expect(emptyPdf.status()).toBe(409);
    expect(await emptyPdf.text()).toBe("This deck has no slides yet: add a slide before exporting it.");

    // A view whose filters match no data, and a saved view of a chart that no longer exists.
    await editor.goto(`/en/decks/${emptyId}`);
    await addChart(editor, "capex", "/en/investment?from=2039&to=2040");
    expect(await cards(editor).nth(0).getByTestId("slide-problem-note").textContent()).toBe("This view no longer matches any data.");
    await db.slide.create({ data: { deckId: emptyId, position: 1, kind: "CHART", title: "Old pie chart", view: { chart: "pie", params: {} } } });
    await editor.reload();
    expect(await cards(editor).nth(1).getByTestId("slide-problem-note").textContent()).toBe("This view no longer matches any data: its chart does not exist any more.");
    await editor.goto(`/en/present/${emptyId}`);
    expect(await editor.getByTestId("slide-problem").textContent()).toBe("This view no longer matches any data.");
    const pdf = await editor.request.get(`/api/decks/${emptyId}/pdf`);
    expect(pdf.status()).toBe(200);

    // A link that is not a view of the chosen chart is refused next to the field.
    await editor.goto(`/en/decks/${emptyId}`);
    const panel = editor.getByTestId("add-slide-panel");
    await panel.getByLabel("Chart", { exact: true }).selectOption("compare");
    await panel.getByLabel(/Link to the chart view/).fill("/en/compare?j=EU");
    await panel.getByRole("button", { name: "Add slide" }).click();
    expect(await panel.locator('[data-field-error="link"]').textContent()).toBe("This is not the address of a GovAtlas view: j=EU");
  }, SLOW);

  it("lets viewers open and present decks but not edit them; keeps anonymous visitors out; 404 for unknown decks", async () => {
    const viewer = await newPage(browser);
    await signIn(viewer, "VIEWER");
    await viewer.goto("/en/decks");
    expect(await viewer.getByTestId("viewer-note").count()).toBe(1);
    expect(await viewer.getByTestId("create-deck-form").count()).toBe(0);
    await viewer.goto(`/en/decks/${deckId}`);
    expect(await cards(viewer).count()).toBe(4);
    expect(await viewer.getByRole("button", { name: /Move slide/ }).count()).toBe(0);
    expect(await viewer.getByTestId("add-slide-panel").count()).toBe(0);
    await cards(viewer).nth(0).getByRole("button", { name: "Copy to another deck" }).click();
    expect(await viewer.getByTestId("briefing-viewer").textContent()).toContain("Sign in as an editor or admin");
    const list = await viewer.request.get("/api/decks");
    expect(await list.json()).toMatchObject({ canEdit: false });
    expect(await list.text()).not.toMatch(/passwordHash|\$2[aby]\$/);
    await viewer.goto(`/en/present/${deckId}`);
    // Four slides, then the appendix of sources slides.
    expect(await viewer.getByTestId("slide-counter").textContent()).toMatch(/^1 \/ ([5-9]|\d\d)$/);

    for (const path of ["/api/decks", `/api/decks/${deckId}/pdf`, `/api/decks/${deckId}/pptx`]) {
      expect((await fetch(`${baseURL()}${path}`)).status).toBe(401);
    }
    const anonymous = await fetch(`${baseURL()}/en/decks/${deckId}`, { redirect: "manual" });
    expect([303, 307, 308]).toContain(anonymous.status);
    expect(anonymous.headers.get("location")).toContain(`/en/login?next=${encodeURIComponent(`/en/decks/${deckId}`)}`);

    const missing = await editor.goto("/en/decks/cnotadeck000000000000000000");
    expect(missing?.status()).toBe(404);
    expect(await editor.getByTestId("deck-not-found").textContent()).toContain("There is no deck with this address.");
    expect((await editor.request.get("/api/decks/..%2Fetc/pdf")).status()).toBe(404);
  }, SLOW);

  it("has no serious accessibility violations, works in Chinese and fits a 375 px phone", async () => {
    for (const path of ["/en/decks", `/en/decks/${deckId}`, `/en/present/${deckId}`, `/en/present/${deckId}/presenter`, `/zh/decks/${deckId}`]) {
      // "load" and the page's main landmark, not "networkidle": route prefetches can keep the network busy.
      await editor.goto(path, { waitUntil: "load" });
      await editor.locator("main").first().waitFor();
      expect(await seriousA11yViolations(editor), path).toEqual([]);
    }
    await editor.goto(`/zh/decks/${deckId}`);
    await expect.poll(() => editor.getByRole("heading", { level: 2, name: "页面", exact: true }).count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => editor.getByRole("link", { name: "演示" }).count(), { timeout: 15_000 }).toBe(1);
    const phone = await newPage(browser, { width: 375, height: 800 });
    await signIn(phone, "EDITOR");
    for (const path of ["/en/decks", `/en/decks/${deckId}`]) {
      await phone.goto(path);
      expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), path).toBeLessThanOrEqual(0);
    }
  }, SLOW);
});
