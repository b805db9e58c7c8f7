// Briefing decks in a real browser, on a deck of its own: bad input says clearly what is wrong, viewers open and
// present decks but cannot edit them, anonymous visitors are kept out, and the deck pages are accessible, in
// Chinese too, and fit a phone.
import { beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { Db } from "../../lib/db-client";
import { baseURL, newPage, seriousA11yViolations, signedInPage, signIn } from "./browser";
import { SLOW, addChart, addTextSlide, cards, createDeck, useDeckSession } from "./decks-support";

const PREFIX = `E2E deck access ${Date.now().toString(36)}`;

const deckSession = useDeckSession(PREFIX);
let browser: Browser;
let db: Db;
let editor: Page;
let deckId = "";
beforeAll(async () => {
  ({ browser, db, editor } = deckSession);
  // Three chart slides and a text slide, built as an editor does.
  deckId = await createDeck(editor, `${PREFIX} main`);
  await addChart(editor, "capex", "/en/investment?category=CORPORATE_CAPEX");
  await addChart(editor, "private", "/en/investment");
  await addChart(editor, "compare", "/en/compare?j=EU,US,CN");
  await addTextSlide(editor, "Next steps", "Decide on the funding line.", "Ask for questions.");
}, SLOW);

describe("briefing decks: bad input, roles and accessibility", () => {
  it(
    "says clearly what is wrong: an empty deck, a view without data, an oversized title",
    async () => {
      // Oversized title: a field error next to the field, nothing created.
      await editor.goto("/en/decks");
      const form = editor.getByTestId("create-deck-form");
      await form.getByLabel("Deck title").fill(`${PREFIX} ${"x".repeat(200)}`);
      await form.getByRole("button", { name: "Create deck" }).click();
      const error = form.locator('[data-field-error="title"]');
      await expect.poll(() => error.textContent(), { timeout: 60_000 }).toBe("Keep the title to 200 characters or fewer.");
      await expect.poll(() => form.getByLabel("Deck title").getAttribute("aria-invalid")).toBe("true");
      await expect.poll(() => editor.url()).toMatch(/\/en\/decks$/);

      // Empty deck: no present/export buttons; presenting and exporting say why.
      const emptyId = await createDeck(editor, `${PREFIX} empty`);
      await expect.poll(() => editor.getByTestId("empty-deck").textContent()).toContain("This deck has no slides yet.");
      await expect.poll(() => editor.getByTestId("deck-actions").count()).toBe(0);
      await editor.goto(`/en/present/${emptyId}`);
      await expect.poll(() => editor.getByTestId("present-empty").textContent()).toContain("This deck has no slides to present yet.");
      const emptyPdf = await editor.request.get(`/api/decks/${emptyId}/pdf`);
      expect(emptyPdf.status()).toBe(409);
      expect(await emptyPdf.text()).toBe("This deck has no slides yet: add a slide before exporting it.");

      // A view whose filters match no data, and a saved view of a chart that no longer exists.
      await editor.goto(`/en/decks/${emptyId}`);
      await addChart(editor, "capex", "/en/investment?from=2039&to=2040");
      await expect.poll(() => cards(editor).nth(0).getByTestId("slide-problem-note").textContent()).toBe("This view no longer matches any data.");
      await db.slide.create({ data: { deckId: emptyId, position: 1, kind: "CHART", title: "Old pie chart", view: { chart: "pie", params: {} } } });
      await editor.reload();
      await expect
        .poll(() => cards(editor).nth(1).getByTestId("slide-problem-note").textContent())
        .toBe("This view no longer matches any data: its chart does not exist any more.");
      await editor.goto(`/en/present/${emptyId}`);
      await expect.poll(() => editor.getByTestId("slide-problem").textContent()).toBe("This view no longer matches any data.");
      const pdf = await editor.request.get(`/api/decks/${emptyId}/pdf`);
      expect(pdf.status()).toBe(200);

      // A link that is not a view of the chosen chart is refused next to the field.
      await editor.goto(`/en/decks/${emptyId}`);
      const panel = editor.getByTestId("add-slide-panel");
      await panel.getByLabel("Chart", { exact: true }).selectOption("compare");
      await panel.getByLabel(/Link to the chart view/).fill("/en/compare?j=EU");
      await panel.getByRole("button", { name: "Add slide" }).click();
      await expect.poll(() => panel.locator('[data-field-error="link"]').textContent()).toBe("This is not the address of a GovAtlas view: j=EU");
    },
    SLOW,
  );

  it(
    "lets viewers open and present decks but not edit them; keeps anonymous visitors out; 404 for unknown decks",
    async () => {
      const viewer = await signedInPage(browser, "VIEWER");
      await viewer.goto("/en/decks");
      await expect.poll(() => viewer.getByTestId("viewer-note").count()).toBe(1);
      await expect.poll(() => viewer.getByTestId("create-deck-form").count()).toBe(0);
      await viewer.goto(`/en/decks/${deckId}`);
      await expect.poll(() => cards(viewer).count()).toBe(4);
      await expect.poll(() => viewer.getByRole("button", { name: /Move slide/ }).count()).toBe(0);
      await expect.poll(() => viewer.getByTestId("add-slide-panel").count()).toBe(0);
      await cards(viewer).nth(0).getByRole("button", { name: "Copy to another deck" }).click();
      await expect.poll(() => viewer.getByTestId("briefing-viewer").textContent()).toContain("Sign in as an editor or admin");
      const list = await viewer.request.get("/api/decks");
      expect(await list.json()).toMatchObject({ canEdit: false });
      expect(await list.text()).not.toMatch(/passwordHash|\$2[aby]\$/);
      await viewer.goto(`/en/present/${deckId}`);
      // Four slides, then the appendix of sources slides.
      await expect.poll(() => viewer.getByTestId("slide-counter").textContent()).toMatch(/^1 \/ ([5-9]|\d\d)$/);

      for (const path of ["/api/decks", `/api/decks/${deckId}/pdf`, `/api/decks/${deckId}/pptx`]) {
        expect((await fetch(`${baseURL()}${path}`)).status).toBe(401);
      }
      const anonymous = await fetch(`${baseURL()}/en/decks/${deckId}`, { redirect: "manual" });
      expect([303, 307, 308]).toContain(anonymous.status);
      expect(anonymous.headers.get("location")).toContain(`/en/login?next=${encodeURIComponent(`/en/decks/${deckId}`)}`);

      const missing = await editor.goto("/en/decks/cnotadeck000000000000000000");
      expect(missing?.status()).toBe(404);
      await expect.poll(() => editor.getByTestId("deck-not-found").textContent()).toContain("There is no deck with this address.");
      expect((await editor.request.get("/api/decks/..%2Fetc/pdf")).status()).toBe(404);
    },
    SLOW,
  );

  it(
    "has no serious accessibility violations, works in Chinese and fits a 375 px phone",
    async () => {
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
        await expect.poll(() => phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), { message: path }).toBeLessThanOrEqual(0);
      }
    },
    SLOW,
  );
});
