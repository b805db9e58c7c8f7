// The jurisdiction page's two charts in briefings and embeds: an editor adds each chart to a deck from the page,
// the deck presents the right jurisdiction's data and exports it to PDF and PowerPoint, and freezes in both
// languages; viewers and anonymous visitors are refused in the dialog, as on every chart, and a forged call to the action changes nothing; the
// embed addresses draw both charts in both languages, and a bad code answers 400 with the reason.
import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import JSZip from "jszip";
import { extractText, getDocumentProxy } from "unpdf";
import type { Db } from "../../lib/db-client";
import { baseURL, newPage, seriousA11yViolations, signIn } from "./browser";
import { captureAction, ownOrigin, rawRequest } from "./boundary-support";
import { SLOW, cards, createDeck, slideTitles, useDeckSession } from "./decks-support";

const PREFIX = `E2E juris ${Date.now().toString(36)}`;
const CODE = "UK";
const LEVELS_TITLE = "United Kingdom: coded levels against the other jurisdictions";
const FIGURES_TITLE = "United Kingdom: investment figures over time";

const session = useDeckSession(PREFIX);
let db: Db;
let editor: Page;
let deckId = "";
let forged: { url: string; actionId: string; contentType: string; body: string } | null = null;
/** The UK's published figures' actors and its Chinese name, read from the server's database. */
let actors: string[] = [];
let figureCount = 0;
let nameZh = "";

beforeAll(async () => {
  ({ db, editor } = session);
  const uk = await db.jurisdiction.findUniqueOrThrow({ where: { code: CODE }, select: { nameZh: true, id: true } });
  nameZh = uk.nameZh;
  const figures = await db.investmentFigure.findMany({
    where: { publication: "PUBLISHED", deletedAt: null, jurisdictionId: uk.id },
    select: { actorName: true },
  });
  actors = [...new Set(figures.map((f) => f.actorName))];
  figureCount = figures.length;
  expect(actors.length).toBeGreaterThan(0);
}, SLOW);

const frame = (page: Page, chart: "jurisdiction-levels" | "jurisdiction-figures") => page.locator(`figure[aria-labelledby="${chart}-title"]`);

async function addFromPage(page: Page, chart: "jurisdiction-levels" | "jurisdiction-figures") {
  const button = frame(page, chart).getByRole("button", { name: "Add to briefing" });
  await button.waitFor({ timeout: 30_000 });
  await button.click();
  const dialog = page.getByRole("dialog", { name: "Add this view to a briefing" });
  const select = dialog.getByLabel("Deck", { exact: true });
  await select.waitFor();
  await select.selectOption(deckId);
  const sent = captureAction(page, () => dialog.getByRole("button", { name: "Add slide" }).click());
  const action = await sent;
  await expect.poll(() => dialog.getByTestId("briefing-added").textContent(), { timeout: 60_000 }).toContain(`Added to “${PREFIX} main”`);
  await dialog.getByRole("button", { name: "Close" }).click();
  return action;
}

async function deckSlides() {
  return db.slide.findMany({ where: { deckId }, select: { id: true, title: true, view: true }, orderBy: { position: "asc" } });
}

describe("jurisdiction charts in a briefing", () => {
  it(
    "an editor adds both charts from the jurisdiction page; the deck shows the UK's levels and figures",
    async () => {
      deckId = await createDeck(editor, `${PREFIX} main`);
      await editor.goto(`/en/jurisdictions/${CODE.toLowerCase()}`);
      await addFromPage(editor, "jurisdiction-levels");
      forged = await addFromPage(editor, "jurisdiction-figures");
      await editor.goto(`/en/decks/${deckId}`);
      expect(await slideTitles(editor)).toEqual([`Slide 1: ${LEVELS_TITLE}`, `Slide 2: ${FIGURES_TITLE}`]);
      expect((await deckSlides()).map((s) => s.view)).toEqual([
        { chart: "jurisdiction-levels", params: { code: CODE } },
        { chart: "jurisdiction-figures", params: { code: CODE } },
      ]);
      const dataOf = (i: number) => cards(editor).nth(i).getByTestId("slide-data-table");
      await expect.poll(() => dataOf(0).textContent()).toContain("United Kingdom: coded as");
      for (const actor of actors) await expect.poll(() => dataOf(1).textContent()).toContain(actor);
      // The slide links back to the jurisdiction page's charts.
      await expect.poll(() => cards(editor).nth(0).getByRole("link", { name: "Open this view" }).getAttribute("href")).toBe("/en/jurisdictions/uk#charts");
    },
    SLOW,
  );

  it(
    "presents both slides with the UK's data, and exports them to PDF and PowerPoint",
    async () => {
      await editor.goto(`/en/present/${deckId}`);
      const slide = editor.getByTestId("present-slide");
      const title = slide.locator("[data-slide-title]");
      await expect.poll(() => title.textContent()).toBe(LEVELS_TITLE);
      await expect.poll(() => slide.locator('[data-slide-chart="bar"] svg').count()).toBeGreaterThan(0);
      await expect.poll(() => slide.textContent()).toContain("Highest level among the others");
      await expect.poll(() => slide.textContent()).toContain("never averaged");
      await editor.keyboard.press("ArrowRight");
      await expect.poll(() => title.textContent()).toBe(FIGURES_TITLE);
      for (const actor of actors) await expect.poll(() => slide.textContent()).toContain(actor);
      await expect.poll(() => slide.textContent()).toContain("never converted or added up");

      await editor.goto(`/en/decks/${deckId}`);
      const [pdfFile] = await Promise.all([editor.waitForEvent("download", { timeout: 120_000 }), editor.getByRole("link", { name: "Download PDF" }).click()]);
      const pdf = await getDocumentProxy(new Uint8Array(readFileSync((await pdfFile.path())!)));
      const { text } = await extractText(pdf, { mergePages: false });
      expect(text[0]).toContain(LEVELS_TITLE);
      expect(text[0]).toContain("Highest level among the others");
      expect(text[1]).toContain(FIGURES_TITLE);
      for (const actor of actors) expect(text[1]).toContain(actor);

      const res = await editor.request.get(`/api/decks/${deckId}/pptx`);
      expect(res.status()).toBe(200);
      const zip = await JSZip.loadAsync(await res.body());
      const rels = await zip.file("ppt/slides/_rels/slide1.xml.rels")!.async("string");
      const chartXml = await zip.file(`ppt/charts/${/charts\/(chart\d+\.xml)/.exec(rels)![1]}`)!.async("string");
      expect(chartXml).toContain("<c:barChart>");
      expect(chartXml).toContain("United Kingdom");
      expect(await zip.file("ppt/slides/slide1.xml")!.async("string")).toContain(LEVELS_TITLE);
      const second = await zip.file("ppt/slides/slide2.xml")!.async("string");
      expect(second).toContain(FIGURES_TITLE);
      for (const actor of actors) expect(second).toContain(actor);
    },
    SLOW,
  );

  it(
    "freezes the deck; the frozen slides present in English and Chinese",
    async () => {
      await editor.goto(`/en/decks/${deckId}`);
      await editor.getByRole("button", { name: "Freeze data now" }).click();
      await expect
        .poll(() => editor.getByTestId("freeze-status").textContent(), { timeout: 60_000 })
        .toMatch(/^Data frozen on \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\.$/);
      await expect.poll(() => editor.getByTestId("differ-count").textContent()).toBe("No slide differs from live data.");
      const frozen = await db.slide.findMany({ where: { deckId }, select: { frozenData: true } });
      expect(frozen.every((s) => s.frozenData !== null)).toBe(true);
      await editor.goto(`/en/present/${deckId}`);
      const slide = editor.getByTestId("present-slide");
      await expect.poll(() => slide.locator("[data-slide-asof]").textContent()).toContain("(frozen)");
      await expect.poll(() => slide.locator("[data-slide-title]").textContent()).toBe(LEVELS_TITLE);
      // The slide keeps the title it was saved with; the frozen chart itself speaks the reader's language.
      await editor.goto(`/zh/present/${deckId}`);
      const zh = editor.getByTestId("present-slide");
      await expect.poll(() => zh.textContent()).toContain("其他司法辖区中的最高等级");
      await expect.poll(() => zh.textContent()).toContain(nameZh);
      await editor.keyboard.press("ArrowRight");
      await expect.poll(() => zh.textContent()).toContain("金额（原始货币）");
    },
    SLOW,
  );
});

describe("who may add a jurisdiction chart", () => {
  /** As on every chart: the button opens the dialog, which tells this reader what they need (and offers no deck). */
  async function refusedInDialog(page: Page, testId: "briefing-viewer" | "briefing-sign-in") {
    await page.goto(`/en/jurisdictions/${CODE.toLowerCase()}`);
    for (const chart of ["jurisdiction-levels", "jurisdiction-figures"] as const) {
      await frame(page, chart).getByRole("button", { name: "Add to briefing" }).click();
      await page.locator(`dialog[open] [data-testid="${testId}"]`).waitFor();
      await expect.poll(() => page.locator("dialog[open] select, dialog[open] input[type=radio]").count()).toBe(0);
      await page.keyboard.press("Escape");
    }
  }

  it(
    "viewers and anonymous visitors are told what they need, and a forged call to the action changes no slide",
    async () => {
      const viewer = await newPage(session.browser);
      await signIn(viewer, "VIEWER");
      await refusedInDialog(viewer, "briefing-viewer");
      const anonymous = await newPage(session.browser);
      await refusedInDialog(anonymous, "briefing-sign-in");
      expect(forged, "the editor's add was captured").not.toBeNull();

      const before = await deckSlides();
      const deck = await db.deck.findUniqueOrThrow({ where: { id: deckId }, select: { version: true } });
      // The editor's own request, made current (the deck's version now), replayed with another user's cookie.
      const body = forged!.body.replace(/"version":\d+/, `"version":${deck.version}`);
      expect(forged!.contentType).toMatch(/^text\/plain/);
      const send = (cookie?: string) =>
        rawRequest("POST", forged!.url, {
          headers: { ...(cookie ? { cookie } : {}), origin: ownOrigin(), "next-action": forged!.actionId, "content-type": forged!.contentType },
          body,
        });
      const cookieOf = async (page: Page) => (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
      const asViewer = await send(await cookieOf(viewer));
      expect(asViewer.body).toContain('"code":"forbidden"');
      const asAnonymous = await send();
      expect(asAnonymous.body).toContain('"code":"unauthorized"');
      expect(await deckSlides()).toEqual(before);
      // The same request from the editor is accepted: what stopped the others was their role, not the request.
      const asEditor = await send(await cookieOf(editor));
      expect(asEditor.body).toContain('"ok":true');
      expect(await deckSlides()).toHaveLength(before.length + 1);
      await viewer.context().close();
      await anonymous.context().close();
    },
    SLOW,
  );
});

describe("jurisdiction chart embeds", () => {
  it(
    "the Embed control gives each chart's address; both embeds draw the UK's data in both languages",
    async () => {
      const page = await newPage(session.browser);
      await page.goto(`/en/jurisdictions/${CODE.toLowerCase()}`);
      const control = page.getByTestId("embed-jurisdiction-levels");
      await control.locator("summary").click();
      await expect.poll(() => control.getByTestId("embed-snippet").inputValue()).toContain(`src="${baseURL()}/embed/jurisdiction-levels?lang=en&amp;code=UK"`);
      const figures = page.getByTestId("embed-jurisdiction-figures");
      await figures.locator("summary").click();
      await expect.poll(() => figures.getByTestId("embed-snippet").inputValue()).toContain(`/embed/jurisdiction-figures?lang=en&amp;code=UK"`);
      await expect.poll(() => figures.getByTestId("embed-live-only").count()).toBe(1);
      await expect.poll(() => control.getByTestId("embed-live-only").count()).toBe(0);

      await page.goto("/embed/jurisdiction-levels?lang=en&code=UK");
      await expect.poll(() => page.locator("#embed-title").textContent()).toBe(LEVELS_TITLE);
      await expect.poll(() => page.locator('[data-embed-chart="bar"] rect').count()).toBeGreaterThan(0);
      await expect.poll(() => page.getByTestId("embed-caveat").textContent()).toContain("never averaged");
      expect(await seriousA11yViolations(page)).toEqual([]);
      // Frozen at today (rebuilt from the revisions of assessments and jurisdictions), it equals the live chart.
      const live = await page.getByTestId("embed-table").innerHTML();
      expect(live).toContain("<td");
      await page.goto(`/embed/jurisdiction-levels?lang=en&code=UK&at=${new Date().toISOString().slice(0, 10)}`);
      await expect.poll(() => page.getByTestId("embed-table").innerHTML()).toBe(live);
      await expect.poll(() => page.getByTestId("embed-asof").textContent()).toContain("Frozen: data as published on");
      await page.goto("/embed/jurisdiction-levels?lang=zh&code=UK");
      await expect.poll(() => page.locator("#embed-title").textContent()).toBe(`${nameZh}：与其他司法辖区对比的编码等级`);
      await page.goto("/embed/jurisdiction-figures?lang=en&code=UK");
      await expect.poll(() => page.locator("#embed-title").textContent()).toBe(FIGURES_TITLE);
      const rows = page.locator('[data-embed-chart="table"] tbody tr');
      await expect.poll(() => rows.count()).toBe(figureCount);
      for (const actor of actors) await expect.poll(() => page.locator('[data-embed-chart="table"]').textContent()).toContain(actor);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.goto("/embed/jurisdiction-figures?lang=zh&code=UK");
      await expect.poll(() => page.locator("#embed-title").textContent()).toBe(`${nameZh}：投资数据随时间变化`);
      await expect.poll(() => page.locator('[data-embed-chart="table"] thead').textContent()).toContain("金额（原始货币）");
      await page.context().close();
    },
    SLOW,
  );

  it("a bad or missing code answers 400 with the reason, in the embed's language", async () => {
    const bad = await fetch(`${baseURL()}/embed/jurisdiction-levels?code=not_a_code`);
    expect(bad.status).toBe(400);
    const text = await bad.text();
    expect(text).toContain("This embed address cannot be shown.");
    expect(text).toContain("code=not_a_code: invalid value");
    const missing = await fetch(`${baseURL()}/embed/jurisdiction-figures?lang=zh`);
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain("code=: 无效的值");
    // A well-formed code of no published jurisdiction is not knowable without the database (the proxy checks the
    // address only): the embed says it has nothing to show, and shows no other jurisdiction's data.
    const unknown = await fetch(`${baseURL()}/embed/jurisdiction-levels?code=ZZ`);
    const unknownText = await unknown.text();
    expect(unknownText).toContain("No published data matches this view.");
    expect(unknownText).not.toContain("coded levels against");
    const extra = await fetch(`${baseURL()}/embed/jurisdiction-figures?code=UK&j=EU`);
    expect(extra.status).toBe(400);
    expect(await extra.text()).toContain("j=EU: unknown parameter");
  });
});
