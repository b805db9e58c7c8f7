// Deck mutations and freezing against a real (SQLite) database. Only the session lookup is stubbed, to
// choose the acting user; the role check itself re-reads the user from the database as in production. Saved views and
// exports: decks-views-exports.test.ts.
import { describe, expect, it, vi } from "vitest";
import { actingAs } from "./support/auth-stub";
import { useTempDatabase } from "./support/database";
import { CAPEX_VIEW, PRIVATE_VIEW, newDeckBy } from "./support/decks";

vi.mock("@/lib/auth/auth", () => import("./support/auth-stub"));

const { db, users } = await useTempDatabase();
const decks = await import("@/lib/mutations/decks");
const present = await import("@/lib/decks/present-deck");
const queries = await import("@/lib/queries/decks");
const as = actingAs(users);

const newDeck = (title?: string) => newDeckBy(users.EDITOR, title);

async function version(deckId: string) {
  return (await db.deck.findUniqueOrThrow({ where: { id: deckId }, select: { version: true } })).version;
}

describe("who may change decks", () => {
  it("refuses anonymous users and viewers every write, leaving the database unchanged", async () => {
    const { deckId } = await newDeck();
    const added = await decks.addTextSlide({ deckId, version: 1, title: "Intro", body: "Hello" }, "en");
    if (!added.ok) throw new Error(added.message);
    const slideId = added.slideId;
    const before = {
      decks: await db.deck.findMany({ orderBy: { id: "asc" } }),
      slides: await db.slide.findMany({ orderBy: { id: "asc" } }),
      audit: await db.auditLog.count(),
    };
    for (const role of [null, "VIEWER"] as const) {
      as(role);
      const v = 2;
      const results = [
        await decks.createDeck({ title: "Nope" }, "en"),
        await decks.updateDeck({ deckId, version: v, title: "Renamed" }, "en"),
        await decks.deleteDeck({ deckId, version: v }, "en"),
        await decks.addTextSlide({ deckId, version: v, title: "More" }, "en"),
        await decks.addViewSlide({ deckId, version: v, kind: "CHART", view: PRIVATE_VIEW }, "en"),
        await decks.addToBriefing({ view: PRIVATE_VIEW, title: "x", target: { newDeckTitle: "Sneaky" } }, "en"),
        await decks.updateSlide({ deckId, version: v, slideId, title: "Changed" }, "en"),
        await decks.moveSlide({ deckId, version: v, slideId, direction: "down" }, "en"),
        await decks.duplicateSlide({ deckId, version: v, slideId }, "en"),
        await decks.deleteSlide({ deckId, version: v, slideId }, "en"),
        await decks.freezeDeck({ deckId, version: v }, "en"),
        await decks.unfreezeDeck({ deckId, version: v }, "en"),
      ];
      for (const r of results) expect(r).toMatchObject({ ok: false, code: role ? "forbidden" : "unauthorized" });
    }
    expect(await db.deck.findMany({ orderBy: { id: "asc" } })).toEqual(before.decks);
    expect(await db.slide.findMany({ orderBy: { id: "asc" } })).toEqual(before.slides);
    expect(await db.auditLog.count()).toBe(before.audit);
  });

  it("refuses a deactivated editor at once (the role is re-read from the database)", async () => {
    const { deckId, version: v } = await newDeck();
    await db.user.update({ where: { id: users.EDITOR.id }, data: { active: false } });
    try {
      as("EDITOR");
      expect(await decks.updateDeck({ deckId, version: v, title: "Late" }, "en")).toMatchObject({ ok: false, code: "unauthorized" });
    } finally {
      await db.user.update({ where: { id: users.EDITOR.id }, data: { active: true } });
    }
  });

  it("lets editors and admins build a deck, each change audited and versioned", async () => {
    const { deckId } = await newDeck("Board briefing");
    const chart = await decks.addViewSlide({ deckId, version: 1, kind: "CHART", view: PRIVATE_VIEW }, "en");
    expect(chart).toMatchObject({ ok: true, version: 2 });
    const text = await decks.addTextSlide({ deckId, version: 2, title: "Why it matters", body: "Two points.", notes: "Speak slowly" }, "en");
    as("ADMIN");
    const table = await decks.addViewSlide({ deckId, version: 3, kind: "TABLE", title: "EU v US", view: { chart: "compare", params: { j: "EU,US" } } }, "en");
    expect(table).toMatchObject({ ok: true, version: 4 });
    if (!chart.ok || !text.ok || !table.ok) throw new Error("setup");
    // The chart slide took the chart's own title.
    const slides = await db.slide.findMany({ where: { deckId }, orderBy: { position: "asc" } });
    expect(slides.map((s) => [s.position, s.kind, s.title])).toEqual([
      [0, "CHART", "Private AI investment by country and year"],
      [1, "TEXT", "Why it matters"],
      [2, "TABLE", "EU v US"],
    ]);
    as("EDITOR");
    expect(await decks.moveSlide({ deckId, version: 4, slideId: table.slideId, direction: "up" }, "en")).toMatchObject({ ok: true, version: 5 });
    expect(await decks.duplicateSlide({ deckId, version: 5, slideId: chart.slideId }, "en")).toMatchObject({ ok: true, version: 6 });
    expect(await decks.deleteSlide({ deckId, version: 6, slideId: text.slideId }, "en")).toMatchObject({ ok: true, version: 7 });
    expect(
      await decks.updateSlide(
        { deckId, version: 7, slideId: table.slideId, title: "EU and US", takeaway: "The EU codes more", notes: "Mention the AI Act" },
        "en",
      ),
    ).toMatchObject({ ok: true });
    expect(await decks.updateDeck({ deckId, version: 8, title: "Board briefing (final)", audience: "Board", briefingOn: "2026-03-01" }, "en")).toMatchObject({
      ok: true,
      version: 9,
    });
    const deck = (await queries.getDeck(deckId))!;
    expect(deck).toMatchObject({ title: "Board briefing (final)", audience: "Board", briefingOn: "2026-03-01", version: 9 });
    expect(deck.slides.map((s) => [s.position, s.title])).toEqual([
      [0, "Private AI investment by country and year"],
      [1, "Private AI investment by country and year"],
      [2, "EU and US"],
    ]);
    expect(deck.slides[2]).toMatchObject({
      kind: "TABLE",
      takeaway: "The EU codes more",
      notes: "Mention the AI Act",
      view: { chart: "compare", params: { j: "EU,US" } },
    });
    const audit = await db.auditLog.findMany({ where: { entityType: "Deck", entityId: deckId }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual([
      "deck.create",
      "deck.slide.add",
      "deck.slide.add",
      "deck.slide.add",
      "deck.slide.move",
      "deck.slide.duplicate",
      "deck.slide.delete",
      "deck.slide.update",
      "deck.update",
    ]);
    expect(audit[3]).toMatchObject({ actorId: users.ADMIN.id, actorEmail: users.ADMIN.email });
  });

  it("adds a view from a chart to a new deck, or to an existing deck at the version the dialog saw", async () => {
    as("EDITOR");
    const fresh = await decks.addToBriefing({ view: CAPEX_VIEW, title: "Capex", target: { newDeckTitle: "From the overview" } }, "en");
    expect(fresh).toMatchObject({ ok: true, deckTitle: "From the overview", slideCount: 1 });
    if (!fresh.ok) throw new Error("setup");
    const again = await decks.addToBriefing({ view: PRIVATE_VIEW, title: "Private", target: { deckId: fresh.deckId, version: 1 } }, "en");
    expect(again).toMatchObject({ ok: true, deckId: fresh.deckId, slideCount: 2 });
    const stale = await decks.addToBriefing({ view: PRIVATE_VIEW, title: "Private", target: { deckId: fresh.deckId, version: 1 } }, "en");
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
    expect(await db.slide.count({ where: { deckId: fresh.deckId } })).toBe(2);
  });
});

describe("slides without a title", () => {
  it("name a comparison table after the jurisdictions and a chart after the chart", async () => {
    const { deckId } = await newDeck();
    await decks.addViewSlide({ deckId, version: 1, kind: "TABLE", title: "  ", view: { chart: "compare", params: { j: "EU,CN" } } }, "en");
    await decks.addViewSlide({ deckId, version: 2, kind: "CHART", view: { chart: "compare", params: { j: "EU,CN" } } }, "zh");
    await decks.addViewSlide({ deckId, version: 3, kind: "CHART", view: { chart: "capex", params: { from: "2039" } } }, "en");
    const titles = (await db.slide.findMany({ where: { deckId }, orderBy: { position: "asc" } })).map((s) => s.title);
    expect(titles).toEqual(["Governance compared: European Union, China", "编码等级占各维度量表最高等级的比例", "Big Tech capex (investment)"]);
  });
});

describe("conflicts and bad input", () => {
  it("refuses a stale save with a message naming who changed the deck and when, and changes nothing", async () => {
    const { deckId } = await newDeck("Shared");
    as("ADMIN");
    expect(await decks.updateDeck({ deckId, version: 1, title: "Admin's title" }, "en")).toMatchObject({ ok: true, version: 2 });
    as("EDITOR");
    const stale = await decks.updateDeck({ deckId, version: 1, title: "Editor's title" }, "en");
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
    if (stale.ok) throw new Error("expected a conflict");
    expect(stale.message).toContain("Test ADMIN (admin@test.local)");
    expect(stale.message).toMatch(/at \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
    expect(await db.deck.findUniqueOrThrow({ where: { id: deckId } })).toMatchObject({ title: "Admin's title", version: 2 });
    const staleSlide = await decks.addTextSlide({ deckId, version: 1, title: "Late" }, "zh");
    expect(staleSlide).toMatchObject({ ok: false, code: "conflict" });
    expect(!staleSlide.ok && staleSlide.message).toContain("Test ADMIN");
    expect(await db.slide.count({ where: { deckId } })).toBe(0);
  });

  it("returns field errors next to the fields, in the reader's language, and never throws", async () => {
    as("EDITOR");
    const long = await decks.createDeck({ title: "x".repeat(201), audience: "Board" }, "en");
    expect(long).toEqual({
      ok: false,
      code: "invalid",
      message: "Please correct the highlighted fields.",
      fieldErrors: { title: "Keep the title to 200 characters or fewer." },
    });
    const zh = await decks.createDeck({ title: "" }, "zh");
    expect(zh).toMatchObject({ ok: false, code: "invalid", fieldErrors: { title: "请输入标题。" } });
    expect(await decks.createDeck({ title: "ok", owner: "me" }, "en")).toMatchObject({
      ok: false,
      fieldErrors: { form: "The form sent a field that is not accepted." },
    });
    expect(await decks.createDeck("not an object", "en")).toMatchObject({ ok: false, code: "invalid" });
    const { deckId, version: v } = await newDeck();
    const badView = await decks.addViewSlide({ deckId, version: v, kind: "CHART", view: { chart: "capex", params: { from: "abc" } } }, "en");
    expect(badView).toMatchObject({ ok: false, code: "invalid", fieldErrors: { "view.params": "This view's filters are not valid." } });
    const notes = await decks.addTextSlide({ deckId, version: v, title: "t", notes: "n".repeat(5001) }, "en");
    expect(notes).toMatchObject({ ok: false, fieldErrors: { notes: "Keep the speaker notes to 5,000 characters or fewer." } });
    expect(await db.slide.count({ where: { deckId } })).toBe(0);
  });

  it("answers an unknown deck or slide with 'not found'", async () => {
    as("EDITOR");
    expect(await decks.updateDeck({ deckId: "cnotadeck00000000000000000", version: 1, title: "x" }, "en")).toMatchObject({ ok: false, code: "not-found" });
    const { deckId, version: v } = await newDeck();
    expect(await decks.deleteSlide({ deckId, version: v, slideId: "cnotaslide0000000000000000" }, "en")).toMatchObject({ ok: false, code: "not-found" });
    expect(await version(deckId)).toBe(v);
  });
});

describe("freezing and views that no longer match", () => {
  it("keeps the frozen numbers, lists the slides whose live data differs, and shows old versus new", async () => {
    const { deckId } = await newDeck("Frozen");
    await decks.addViewSlide({ deckId, version: 1, kind: "CHART", view: PRIVATE_VIEW }, "en");
    await decks.addTextSlide({ deckId, version: 2, title: "Words" }, "en");
    const frozen = await decks.freezeDeck({ deckId, version: 3 }, "en");
    expect(frozen).toMatchObject({ ok: true, version: 4 });
    const stored = await db.slide.findFirstOrThrow({ where: { deckId, kind: "CHART" } });
    expect(stored.frozenData).toMatchObject({
      en: { chartType: "grouped-bar" },
      zh: { series: expect.arrayContaining([expect.objectContaining({ name: "英国" })]) },
    });

    const slug = "uk-private-ai-investment-2024";
    const original = await db.investmentFigure.findUniqueOrThrow({ where: { slug } });
    await db.investmentFigure.update({ where: { slug }, data: { amount: "5500000000" } });
    try {
      const deck = (await queries.getDeck(deckId))!;
      const shown = await present.buildPresentDeck(deck, "en");
      expect(shown.frozenAt).not.toBeNull();
      expect(shown.slides[0]).toMatchObject({ frozen: true, problem: null });
      expect(shown.slides[0].data!.table.rows).toContainEqual(["United Kingdom", "2024", 4.5, "R6"]);
      const differences = await present.deckDifferences(deck, "en");
      expect(differences).toHaveLength(1);
      expect(differences[0]).toMatchObject({ slideId: stored.id, liveProblem: null });
      expect(differences[0].changes).toEqual([{ row: "United Kingdom · 2024", column: "Value (US$ bn)", before: 4.5, after: 5.5 }]);
    } finally {
      await db.investmentFigure.update({ where: { slug }, data: { amount: original.amount } });
    }
    expect(await present.deckDifferences((await queries.getDeck(deckId))!, "en")).toEqual([]);

    expect(await decks.unfreezeDeck({ deckId, version: 4 }, "en")).toMatchObject({ ok: true });
    const live = (await queries.getDeck(deckId))!;
    expect(live.frozenAt).toBeNull();
    expect(live.slides.every((s) => s.frozen === null)).toBe(true);
  });

  it("shows 'no longer matches any data' for filters without rows and for a chart that no longer exists", async () => {
    const { deckId } = await newDeck("Stale views");
    const empty = await decks.addViewSlide({ deckId, version: 1, kind: "CHART", view: { chart: "capex", params: { from: "2039", to: "2040" } } }, "en");
    expect(empty).toMatchObject({ ok: true });
    // A view saved by an older version with a chart id this version does not have.
    await db.slide.create({ data: { deckId, position: 1, kind: "CHART", title: "Old pie", view: { chart: "pie", params: {} } } });
    const deck = (await queries.getDeck(deckId))!;
    expect(deck.slides.map((s) => [s.view, s.viewLabel])).toEqual([
      [{ chart: "capex", params: { from: "2039", to: "2040" } }, "capex"],
      [null, "pie"],
    ]);
    const shown = await present.buildPresentDeck(deck, "en");
    expect(shown.slides.map((s) => [s.data, s.problem])).toEqual([
      [null, "no-data"],
      [null, "unknown-chart"],
    ]);
  });
});
