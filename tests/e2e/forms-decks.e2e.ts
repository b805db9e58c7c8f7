// Curation forms and deck ownership in a real browser against the production build: an editor types a figure's
// amount as "200" + billion in euros and sees it spelled out before saving; the source picker searches and keeps
// the chosen sources first; the "last checked" control; Chinese option labels and messages on /zh. Decks: another
// editor can view and present a deck but gets no edit controls, and a forced write is refused; the owner deletes
// the deck (gone from lists, present mode and exports) and restores it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { Db } from "../../lib/db-client";
import { useBrowserAndDb } from "./db-support";
import { hashPassword } from "../../lib/auth/password";
import { newPage, seriousA11yViolations, signedInPage, signInWith } from "./browser";
import { createDeck } from "./decks-support";

const SLOW = 180_000;
const RUN = Date.now().toString(36);
const OTHER = { email: `e2e-editor-${RUN}@govatlas.local`, password: `e2e-other-editor-${RUN}`, name: `Other Editor ${RUN}` };

let browser: Browser;
let db: Db;

const session = useBrowserAndDb();
beforeAll(async () => {
  ({ browser, db } = session);
  // A second editor, so that one editor can open another's deck.
  await db.user.create({ data: { email: OTHER.email, name: OTHER.name, role: "EDITOR", passwordHash: await hashPassword(OTHER.password) } });
}, SLOW);

afterAll(async () => {
  await db?.deck.deleteMany({ where: { title: { startsWith: `E2E own ${RUN}` } } });
});

const browserToday = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  });

describe("curation forms", () => {
  it(
    "an editor types 200 billion euros, sees '€200 billion', searches sources, sets last checked, and the record holds 200000000000",
    async () => {
      const page = await signedInPage(browser, "EDITOR");
      await page.goto("/en/admin/investmentFigures/new");
      const form = page.getByTestId("entity-form");
      const slug = `e2e-amount-${RUN}`;
      await form.locator('input[name="slug"]').fill(slug);
      await form.locator('input[name="actorName"]').fill(`E2E Fund ${RUN}`);
      // Options read as words, not enum names.
      const actorTypes = await form.locator('select[name="actorType"] option').allTextContents();
      expect(actorTypes).toContain("Government");
      expect(actorTypes.join(" ")).not.toMatch(/GOVERNMENT|STATE_FUND/);
      await expect.poll(() => form.locator('select[name="qualifier"] option').allTextContents()).toContain("More than");
      await form.locator('select[name="actorType"]').selectOption({ label: "Government" });
      await form.locator('select[name="category"]').selectOption({ label: "Public initiatives" });
      await form.locator('input[name="measure"]').fill("E2E programme");
      await form.locator('select[name="periodType"]').selectOption({ label: "Several years" });
      await form.locator('input[name="periodLabel"]').fill("2025–2030");
      await form.locator('select[name="kind"]').selectOption({ label: "Pledge" });

      await page.getByTestId("amount-number").fill("200");
      await page.getByTestId("amount-unit").selectOption({ label: "billion" });
      await form.locator('input[name="currency"]').fill("EUR");
      const preview = page.getByTestId("amount-preview");
      await expect.poll(() => preview.textContent()).toContain("€200 billion");
      await expect.poll(() => preview.textContent()).toContain("€200,000,000,000");
      await page.getByTestId("amount-unit").selectOption({ label: "trillion" });
      await expect.poll(() => preview.textContent()).toContain("€200 trillion");
      await page.getByTestId("amount-unit").selectOption({ label: "billion" });

      // Source picker: search by publisher, by key; the chosen ones come first and can be removed.
      const withPublisher = await db.source.findFirstOrThrow({
        where: { deletedAt: null, publisher: { not: "" } },
        orderBy: { key: "asc" },
        select: { key: true, publisher: true },
      });
      const total = await db.source.count({ where: { deletedAt: null } });
      const options = page.getByTestId("source-options").locator("[data-source-option]");
      await expect.poll(() => options.count()).toBe(total);
      await page.getByTestId("source-search").fill(withPublisher.publisher!);
      await expect.poll(() => options.count()).toBeLessThan(total);
      await expect.poll(() => page.getByTestId("source-options").locator(`[data-source-option="${withPublisher.key}"]`).count()).toBe(1);
      await page.getByTestId("source-options").locator(`[data-source-option="${withPublisher.key}"] input`).check();
      await page.getByTestId("source-search").fill("R25");
      await page.getByTestId("source-options").locator('[data-source-option="R25"] input').check();
      const chips = page.getByTestId("chosen-sources").locator("[data-chosen-source]");
      await expect.poll(() => chips.evaluateAll((els) => els.map((e) => e.getAttribute("data-chosen-source")))).toEqual([withPublisher.key, "R25"]);
      // A search that matches nothing still shows the chosen sources, first and checked.
      await page.getByTestId("source-search").fill("zzzz-no-such-source");
      await expect.poll(() => options.evaluateAll((els) => els.map((e) => e.getAttribute("data-source-option")))).toEqual([withPublisher.key, "R25"]);
      await expect.poll(() => page.getByText("No source matches “zzzz-no-such-source”.").count()).toBe(1);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.getByRole("button", { name: new RegExp(`^Remove ${withPublisher.key} `) }).click();
      await expect.poll(() => chips.count()).toBe(1);
      await page.getByTestId("source-search").fill("");

      // Last checked: a future date is refused next to the field; Today fills in the browser's today.
      const checked = page.getByTestId("lastCheckedOn-input");
      await checked.fill("2099-01-01");
      await form.getByRole("button", { name: "Save draft", exact: true }).click();
      await expect.poll(() => page.locator('[data-error-for="lastCheckedOn"]').textContent()).toBe("Cannot be in the future.");
      await expect.poll(() => page.url()).toMatch(/\/new$/);
      await page.getByRole("button", { name: "Set “last checked” to today" }).click();
      const today = await browserToday(page);
      await expect.poll(() => checked.inputValue()).toBe(today);
      await expect.poll(() => page.getByTestId("lastCheckedOn-status").textContent()).toContain("checked today");

      await form.getByRole("button", { name: "Save draft", exact: true }).click();
      await page.waitForURL(/\/admin\/investmentFigures\/c[a-z0-9]+$/, { timeout: 60_000 });
      const row = await db.investmentFigure.findUniqueOrThrow({
        where: { slug },
        select: { amount: true, currency: true, actorType: true, qualifier: true, lastCheckedOn: true, sources: { select: { key: true } } },
      });
      expect(row.amount?.toString()).toBe("200000000000");
      expect(row).toMatchObject({ currency: "EUR", actorType: "GOVERNMENT" });
      expect(row.lastCheckedOn?.toISOString().slice(0, 10)).toBe(today);
      expect(row.sources.map((s) => s.key)).toEqual(["R25"]);

      // Editing shows the stored amount in its best unit.
      await page.reload();
      await expect.poll(() => page.getByTestId("amount-number").inputValue()).toBe("200");
      await expect.poll(() => page.getByTestId("amount-unit").inputValue()).toBe("1000000000");
      await expect.poll(() => page.getByTestId("amount-preview").textContent()).toContain("€200 billion");
    },
    SLOW,
  );

  it(
    "shows Chinese option labels, a Chinese preview and Chinese errors on /zh",
    async () => {
      const page = await signedInPage(browser, "EDITOR", "zh");
      await page.goto("/zh/admin/investmentFigures/new");
      const form = page.getByTestId("entity-form");
      await expect.poll(() => form.locator('select[name="actorType"] option').allTextContents()).toEqual(expect.arrayContaining(["政府", "公司", "国家基金"]));
      await expect.poll(() => form.locator('select[name="qualifier"] option').allTextContents()).toEqual(["确切", "约（近似值）", "最多", "至少", "超过"]);
      await expect.poll(() => form.locator('select[name="periodType"] option').allTextContents()).toEqual(["日历年", "财政年度", "多年"]);
      await expect.poll(() => form.locator('select[name="confidence"] option').allTextContents()).toEqual(["高", "中", "低"]);
      await page.getByTestId("amount-number").fill("200");
      await page.getByTestId("amount-unit").selectOption({ label: "十亿" });
      await form.locator('input[name="currency"]').fill("EUR");
      await expect.poll(() => page.getByTestId("amount-preview").textContent()).toContain("2000亿欧元");
      await form.locator('input[name="slug"]').fill("Bad Slug");
      await form.locator('button[type="submit"]').click();
      await expect.poll(() => page.locator('[data-error-for="slug"]').textContent()).toBe("只能使用小写字母、数字和单个连字符（例如 eu-ai-act）。");
      await expect.poll(() => page.locator('[data-error-for="sourceKeys"]').textContent()).toBe("请至少引用一个来源。");
    },
    SLOW,
  );
});

describe("deck ownership", () => {
  /** A deck of the demo editor with one text slide, made for one test (each test makes its own). */
  async function ownedDeck(label: string) {
    const owner = await signedInPage(browser, "EDITOR");
    const title = `E2E own ${RUN} ${label}`;
    const deckId = await createDeck(owner, title);
    await db.slide.create({ data: { deckId, position: 0, kind: "TEXT", title: `Opening ${RUN}`, body: "Why this matters." } });
    const ownerName = (await db.user.findUniqueOrThrow({ where: { email: "editor@govatlas.local" }, select: { name: true } })).name;
    return { owner, title, deckId, ownerName };
  }

  it(
    "another editor can view and present a deck but gets no edit controls, and a forced save is refused",
    async () => {
      const { deckId, ownerName } = await ownedDeck("main");

      const other = await newPage(browser);
      await signInWith(other, OTHER.email, OTHER.password);
      await other.goto("/en/decks");
      const card = other.locator(`[data-deck-id="${deckId}"]`);
      await expect.poll(() => card.getByTestId("deck-owner").textContent()).toBe(`Owner: ${ownerName}`);
      await other.goto(`/en/decks/${deckId}`);
      const main = other.locator("main");
      await expect.poll(() => other.getByTestId("deck-title").textContent()).toBe(`E2E own ${RUN} main`);
      await expect.poll(() => other.getByTestId("not-owner-note").textContent()).toContain(`This deck belongs to ${ownerName}`);
      await expect.poll(() => other.getByTestId("deck-details").count()).toBe(0);
      await expect.poll(() => other.getByTestId("add-slide-panel").count()).toBe(0);
      for (const name of ["Delete deck", "Edit", "Delete", "Duplicate", "Freeze data now", "Save"]) {
        await expect.poll(() => main.getByRole("button", { name, exact: true }).count(), { message: name }).toBe(0);
      }
      expect(await seriousA11yViolations(other)).toEqual([]);
      await other.goto(`/en/present/${deckId}`);
      await expect.poll(() => other.locator("body").textContent()).toContain(`Opening ${RUN}`);

      // A forced write: the other editor saves their own deck's details, and the request is rewritten on its way
      // to name the owner's deck. The server refuses it and changes nothing.
      const mine = await createDeck(other, `E2E own ${RUN} other's`);
      const before = await db.deck.findUniqueOrThrow({ where: { id: deckId }, select: { title: true, version: true, updatedAt: true } });
      let forced = 0;
      await other.route(`**/en/decks/${mine}`, async (route) => {
        const request = route.request();
        if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
        forced += 1;
        await route.continue({ postData: (request.postData() ?? "").replaceAll(mine, deckId) });
      });
      await other.getByTestId("deck-details").locator("summary").click();
      await other.getByTestId("deck-details").getByLabel("Deck title").fill("Hijacked");
      await other.getByTestId("deck-details").getByRole("button", { name: "Save", exact: true }).click();
      const error = other.getByTestId("deck-details-error");
      await expect
        .poll(() => error.textContent(), { timeout: 60_000 })
        .toContain(`This deck belongs to ${ownerName}: only its owner or an admin can change it.`);
      await expect.poll(() => error.getAttribute("data-code")).toBe("not-owner");
      expect(forced).toBe(1);
      expect(await db.deck.findUniqueOrThrow({ where: { id: deckId }, select: { title: true, version: true, updatedAt: true } })).toEqual(before);
      expect((await db.deck.findUniqueOrThrow({ where: { id: mine } })).title).toBe(`E2E own ${RUN} other's`);
    },
    SLOW,
  );

  it(
    "the owner deletes the deck (gone from lists, present mode and exports) and restores it",
    async () => {
      const { owner, title, deckId } = await ownedDeck("deleted");
      await owner.goto(`/en/decks/${deckId}`);
      owner.on("dialog", (d) => void d.accept());
      await owner.getByTestId("deck-details").locator("summary").click();
      await owner.getByRole("button", { name: "Delete deck", exact: true }).click();
      await owner.waitForURL(/\/en\/decks$/, { timeout: 60_000 });
      await expect.poll(() => owner.locator(`[data-testid="deck-list"] [data-deck-id="${deckId}"]`).count()).toBe(0);
      const deleted = owner.locator(`[data-deleted-deck-id="${deckId}"]`);
      await deleted.waitFor();
      await expect.poll(() => deleted.textContent()).toMatch(/Deleted \d{4}-\d{2}-\d{2} · removed for good on \d{4}-\d{2}-\d{2}/);
      expect(await seriousA11yViolations(owner)).toEqual([]);
      const row = await db.deck.findUniqueOrThrow({ where: { id: deckId }, select: { deletedAt: true, version: true } });
      expect(row.deletedAt).not.toBeNull();

      // Gone for everyone: the deck page, present mode and the exports answer "not found".
      for (const path of [`/en/decks/${deckId}`, `/en/present/${deckId}`]) {
        const res = await owner.goto(path);
        expect(res?.status(), path).toBe(404);
        await expect.poll(() => owner.locator("body").textContent()).not.toContain(`Opening ${RUN}`);
      }
      for (const format of ["pdf", "pptx"]) {
        const res = await owner.request.get(`/api/decks/${deckId}/${format}?locale=en`);
        expect(res.status()).toBe(404);
        expect(await res.text()).toBe("There is no deck with this address.");
      }
      // Another editor does not see it among the deleted decks.
      const other = await newPage(browser);
      await signInWith(other, OTHER.email, OTHER.password);
      await other.goto("/en/decks");
      await expect.poll(() => other.locator(`[data-deleted-deck-id="${deckId}"]`).count()).toBe(0);
      await expect.poll(() => other.locator(`[data-deck-id="${deckId}"]`).count()).toBe(0);

      await owner.goto("/en/decks");
      await owner.getByRole("button", { name: `Restore the deck “${title}”` }).click();
      await expect.poll(() => owner.locator(`[data-testid="deck-list"] [data-deck-id="${deckId}"]`).count(), { timeout: 60_000 }).toBe(1);
      await expect.poll(() => owner.locator(`[data-deleted-deck-id="${deckId}"]`).count()).toBe(0);
      const restored = await db.deck.findUniqueOrThrow({ where: { id: deckId }, select: { deletedAt: true, version: true } });
      expect(restored).toEqual({ deletedAt: null, version: row.version + 1 });
      expect(await db.auditLog.count({ where: { entityType: "Deck", entityId: deckId, action: "deck.restore" } })).toBe(1);
      await owner.goto(`/en/present/${deckId}`);
      await expect.poll(() => owner.locator("body").textContent()).toContain(`Opening ${RUN}`);
    },
    SLOW,
  );
});
