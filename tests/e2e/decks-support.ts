// Shared steps of the deck browser tests: a signed-in editor, the deck tests' database handle, and building a deck
// through the deck page as an editor does. Each file removes the decks it made (titles start with its prefix).
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, vi } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import type { Browser, Page } from "playwright-core";
import type { Db } from "../../lib/db-client";
import { launchBrowser, newPage, signIn } from "./browser";
import { serverDb } from "./db-support";

export const SLOW = 180_000;

export const cards = (page: Page) => page.getByTestId("slide-card");
export const slideTitles = (page: Page) => cards(page).locator("h3").allTextContents();

/**
 * A browser with an editor signed in and a client on the server's database, for the file's tests; afterwards the
 * decks whose title starts with `prefix` are deleted (the e2e files share one database).
 */
export function useDeckSession(prefix: string) {
  const session = {} as { browser: Browser; db: Db; editor: Page };
  beforeAll(async () => {
    session.db = serverDb();
    session.browser = await launchBrowser();
    session.editor = await newPage(session.browser);
    await signIn(session.editor, "EDITOR");
  }, SLOW);
  afterAll(async () => {
    await session.db?.deck.deleteMany({ where: { title: { startsWith: prefix } } });
    await session.db?.$disconnect();
    await session.browser?.close();
  });
  return session;
}

/** Waits (retrying, usable in a hook) until `check` passes. */
export const eventually = (check: () => Promise<void>, timeout = 60_000) => vi.waitFor(check, { timeout, interval: 100 });

/** Waits (retrying; also in a hook, where expect.poll is not available) until the deck shows one more slide. */
async function slideAdded(page: Page, before: number) {
  await eventually(async () => {
    const now = await cards(page).count();
    if (now !== before + 1) throw new Error(`expected ${before + 1} slides after adding one, found ${now}`);
  });
}

export async function createDeck(page: Page, title: string): Promise<string> {
  await page.goto("/en/decks");
  const form = page.getByTestId("create-deck-form");
  await form.getByLabel("Deck title").fill(title);
  await form.getByRole("button", { name: "Create deck" }).click();
  await page.waitForURL(/\/en\/decks\/[a-z0-9]+$/, { timeout: 60_000 });
  return page.url().split("/").pop()!;
}

export async function addChart(page: Page, chart: string, link: string) {
  const before = await cards(page).count();
  const panel = page.getByTestId("add-slide-panel");
  await panel.getByLabel("Chart", { exact: true }).selectOption(chart);
  await panel.getByLabel(/Link to the chart view/).fill(link);
  await panel.getByRole("button", { name: "Add slide" }).click();
  await slideAdded(page, before);
}

export async function addTextSlide(page: Page, title: string, body: string, notes: string) {
  const before = await cards(page).count();
  const panel = page.getByTestId("add-slide-panel");
  await panel.getByLabel("Text slide").check();
  await panel.getByLabel(/Slide title/).fill(title);
  await panel.getByLabel("Text", { exact: true }).fill(body);
  await panel.getByLabel(/Speaker notes/).fill(notes);
  await panel.getByRole("button", { name: "Add slide" }).click();
  await slideAdded(page, before);
}

/** Clicks "Freeze data now" on the deck page and waits for the page to say the data is frozen. */
export async function freezeDeck(page: Page) {
  await page.getByRole("button", { name: "Freeze data now" }).click();
  await page
    .getByTestId("freeze-status")
    .getByText(/^Data frozen on /)
    .waitFor({ timeout: 60_000 });
}

/**
 * The briefing the deck tests present, freeze and export, built through the deck page as an editor does: Big Tech
 * capex, the compare view, private investment (with a takeaway and notes), and a closing text slide.
 */
export async function buildBriefing(page: Page, title: string): Promise<string> {
  const deckId = await createDeck(page, title);
  await addChart(page, "capex", "/en/investment?category=CORPORATE_CAPEX");
  await addChart(page, "private", "/en/investment");
  await addChart(page, "compare", "/en/compare?j=EU,US,CN");
  await page.getByRole("button", { name: "Move slide 3 up" }).click();
  await eventually(async () => {
    const titles = await slideTitles(page);
    if (titles[2] !== "Slide 3: Private AI investment by country and year") throw new Error(`slides after moving: ${titles.join(" | ")}`);
  });
  const third = cards(page).nth(2);
  await third.getByRole("button", { name: "Edit" }).click();
  await third.getByLabel(/Takeaway/).fill("The US leads private AI investment by far");
  await third.getByLabel(/Speaker notes/).fill("Stress that Big Tech capex is not included.");
  await third.getByRole("button", { name: "Save" }).click();
  await third.getByText("The US leads private AI investment by far").first().waitFor({ timeout: 60_000 });
  await addTextSlide(page, "Next steps", "Decide on the funding line.", "Ask for questions.");
  return deckId;
}

/** Downloads the deck's PDF from its deck page ("Download PDF") and returns each page's text. */
export async function deckPdfText(page: Page, deckId: string): Promise<{ totalPages: number; text: string[] }> {
  await page.goto(`/en/decks/${deckId}`);
  const [pdfFile] = await Promise.all([page.waitForEvent("download", { timeout: 120_000 }), page.getByRole("link", { name: "Download PDF" }).click()]);
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync((await pdfFile.path())!)));
  return extractText(pdf, { mergePages: false });
}
