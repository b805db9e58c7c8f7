// Deck ownership and soft delete against a real (SQLite) database. Only the session lookup is stubbed, to choose
// the acting user; the role check re-reads the user from the database as in production.
import { describe, expect, it, vi } from "vitest";
import { actingAs } from "./support/auth-stub";
import { useTempDatabaseWithSecondEditor } from "./support/database";

vi.mock("@/lib/auth/auth", () => import("./support/auth-stub"));

const { db, users } = await useTempDatabaseWithSecondEditor("OTHER", "other-editor@test.local", "Other Editor");
const decks = await import("@/lib/mutations/decks");
const queries = await import("@/lib/queries/decks");
const exportRoute = await import("@/lib/decks/export-route");

type Who = keyof typeof users;
const as = actingAs(users);
const DAY = 24 * 60 * 60 * 1000;

/** A deck owned by `who`, with one text slide (version 2). */
async function deckOf(who: Who, title = "Owned deck") {
  as(who);
  const created = await decks.createDeck({ title }, "en");
  if (!created.ok) throw new Error(created.message);
  const slide = await decks.addTextSlide({ deckId: created.deckId, version: 1, title: "Intro", body: "Hello" }, "en");
  if (!slide.ok) throw new Error(slide.message);
  return { deckId: created.deckId, slideId: slide.slideId, version: 2 };
}

async function snapshot(deckId: string) {
  return {
    deck: await db.deck.findUnique({ where: { id: deckId } }),
    slides: await db.slide.findMany({ where: { deckId }, orderBy: { id: "asc" } }),
    audit: await db.auditLog.count(),
  };
}

function everyWrite(deckId: string, slideId: string, v: number) {
  return [
    () => decks.updateDeck({ deckId, version: v, title: "Renamed" }, "en"),
    () => decks.deleteDeck({ deckId, version: v }, "en"),
    () => decks.addTextSlide({ deckId, version: v, title: "More" }, "en"),
    () => decks.addViewSlide({ deckId, version: v, kind: "CHART", view: { chart: "private", params: {} } }, "en"),
    () => decks.addToBriefing({ view: { chart: "private", params: {} }, title: "x", target: { deckId, version: v } }, "en"),
    () => decks.updateSlide({ deckId, version: v, slideId, title: "Changed" }, "en"),
    () => decks.moveSlide({ deckId, version: v, slideId, direction: "down" }, "en"),
    () => decks.duplicateSlide({ deckId, version: v, slideId }, "en"),
    () => decks.deleteSlide({ deckId, version: v, slideId }, "en"),
    () => decks.freezeDeck({ deckId, version: v }, "en"),
    () => decks.unfreezeDeck({ deckId, version: v }, "en"),
  ];
}

describe("deck ownership", () => {
  it("refuses another editor every write with a message naming the owner, leaving the database unchanged", async () => {
    const { deckId, slideId, version } = await deckOf("EDITOR", "Editor's briefing");
    const before = await snapshot(deckId);
    as("OTHER");
    for (const write of everyWrite(deckId, slideId, version)) {
      const r = await write();
      expect(r).toMatchObject({ ok: false, code: "not-owner" });
      if (!r.ok) expect(r.message).toContain("Test EDITOR");
    }
    // In Chinese too.
    const zh = await decks.updateDeck({ deckId, version, title: "改名" }, "zh");
    expect(zh).toMatchObject({ ok: false, code: "not-owner" });
    if (!zh.ok) expect(zh.message).toContain("只有其所有者或管理员可以修改");
    expect(await snapshot(deckId)).toEqual(before);
  });

  it("refuses viewers (forbidden) and lets the owner and any admin change the deck", async () => {
    const { deckId, version } = await deckOf("EDITOR");
    const before = await snapshot(deckId);
    as("VIEWER");
    expect(await decks.updateDeck({ deckId, version, title: "Viewer" }, "en")).toMatchObject({ ok: false, code: "forbidden" });
    expect(await snapshot(deckId)).toEqual(before);
    as("EDITOR");
    expect(await decks.updateDeck({ deckId, version, title: "Owner's edit" }, "en")).toMatchObject({ ok: true, version: version + 1 });
    as("ADMIN");
    expect(await decks.updateDeck({ deckId, version: version + 1, title: "Admin's edit" }, "en")).toMatchObject({ ok: true, version: version + 2 });
    expect((await db.deck.findUniqueOrThrow({ where: { id: deckId } })).title).toBe("Admin's edit");
  });

  it("lists every deck with its owner; the add-to-briefing list offers an editor only their own", async () => {
    const mine = await deckOf("EDITOR", "Mine");
    const theirs = await deckOf("OTHER", "Theirs");
    const list = await queries.listDecks();
    expect(list.find((d) => d.id === mine.deckId)).toMatchObject({ ownerId: users.EDITOR.id, createdBy: "Test EDITOR" });
    expect(list.find((d) => d.id === theirs.deckId)).toMatchObject({ ownerId: users.OTHER.id, createdBy: "Other Editor" });
    // GET /api/decks (the "Add to briefing" dialog): an editor is offered only their own decks, an admin all.
    const { GET } = await import("@/app/api/decks/route");
    const offered = async (who: Who) => {
      as(who);
      const body = (await (await GET()).json()) as { canEdit: boolean; decks: { id: string }[] };
      return { canEdit: body.canEdit, ids: body.decks.map((d) => d.id) };
    };
    const byEditor = await offered("EDITOR");
    expect(byEditor.ids).toContain(mine.deckId);
    expect(byEditor.ids).not.toContain(theirs.deckId);
    expect((await offered("ADMIN")).ids).toEqual(expect.arrayContaining([mine.deckId, theirs.deckId]));
    expect(await offered("VIEWER")).toEqual({ canEdit: false, ids: [] });
    const { canEditDeck } = await import("@/lib/decks/ownership");
    const editor = { id: users.EDITOR.id, role: "EDITOR" as const };
    expect(canEditDeck(editor, { ownerId: users.EDITOR.id })).toBe(true);
    expect(canEditDeck(editor, { ownerId: users.OTHER.id })).toBe(false);
    expect(canEditDeck({ id: users.ADMIN.id, role: "ADMIN" }, { ownerId: users.OTHER.id })).toBe(true);
    expect(canEditDeck({ id: users.VIEWER.id, role: "VIEWER" }, { ownerId: users.VIEWER.id })).toBe(false);
  });
});

describe("soft delete, restore and purge", () => {
  it("hides a deleted deck from lists, the deck page's query and the exports; the owner restores it as a new version", async () => {
    const { deckId, version } = await deckOf("EDITOR", "To delete");
    as("EDITOR");
    const deleted = await decks.deleteDeck({ deckId, version }, "en");
    expect(deleted).toMatchObject({ ok: true, version: version + 1 });
    const row = await db.deck.findUniqueOrThrow({ where: { id: deckId } });
    expect(row.deletedAt).not.toBeNull();
    expect(row.deletedById).toBe(users.EDITOR.id);
    expect(await db.slide.count({ where: { deckId } })).toBe(1); // kept for the restore
    expect((await queries.listDecks()).some((d) => d.id === deckId)).toBe(false);
    expect(await queries.getDeck(deckId)).toBeNull(); // deck page, present mode and exports all read getDeck
    as("VIEWER");
    const exported = await exportRoute.loadDeckForExport(new Request(`http://x/api/decks/${deckId}/pdf?locale=en`), deckId);
    expect(exported).toBeInstanceOf(Response);
    expect((exported as Response).status).toBe(404);
    expect(await (exported as Response).text()).toBe("There is no deck with this address.");
    // Further edits to a deleted deck are refused.
    as("EDITOR");
    expect(await decks.updateDeck({ deckId, version: version + 1, title: "Ghost" }, "en")).toMatchObject({ ok: false, code: "not-found" });

    // The owner and admins see it among the deleted decks; another editor and a viewer do not.
    const ids = async (who: Who) => (await queries.listDeletedDecks({ id: users[who].id, role: who === "OTHER" ? "EDITOR" : who })).map((d) => d.id);
    expect(await ids("EDITOR")).toContain(deckId);
    expect(await ids("ADMIN")).toContain(deckId);
    expect(await ids("OTHER")).not.toContain(deckId);
    expect(await ids("VIEWER")).not.toContain(deckId);

    // Another editor cannot restore it; nothing changes.
    const before = await snapshot(deckId);
    as("OTHER");
    expect(await decks.restoreDeck({ deckId, version: version + 1 }, "en")).toMatchObject({ ok: false, code: "not-owner" });
    as("VIEWER");
    expect(await decks.restoreDeck({ deckId, version: version + 1 }, "en")).toMatchObject({ ok: false, code: "forbidden" });
    expect(await snapshot(deckId)).toEqual(before);

    as("EDITOR");
    expect(await decks.restoreDeck({ deckId, version: version + 1 }, "en")).toMatchObject({ ok: true, version: version + 2 });
    const restored = await queries.getDeck(deckId);
    expect(restored).toMatchObject({ title: "To delete", version: version + 2 });
    expect(restored!.slides).toHaveLength(1);
    const audit = await db.auditLog.findMany({
      where: { entityType: "Deck", entityId: deckId },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true },
    });
    expect(audit.slice(-2)).toEqual([
      { action: "deck.delete", actorId: users.EDITOR.id },
      { action: "deck.restore", actorId: users.EDITOR.id },
    ]);
  });

  it("lets an admin restore an editor's deck", async () => {
    const { deckId, version } = await deckOf("OTHER", "Admin restores");
    as("OTHER");
    expect(await decks.deleteDeck({ deckId, version }, "en")).toMatchObject({ ok: true });
    as("ADMIN");
    expect(await decks.restoreDeck({ deckId, version: version + 1 }, "en")).toMatchObject({ ok: true, version: version + 2 });
    expect((await db.deck.findUniqueOrThrow({ where: { id: deckId } })).deletedAt).toBeNull();
  });

  it("refuses a restore after 30 days and purges the deck (with its slides) with an audit entry", async () => {
    const { deckId, version } = await deckOf("EDITOR", "Old deck");
    const recent = await deckOf("EDITOR", "Recent deck");
    const now = new Date();
    as("EDITOR");
    expect(await decks.deleteDeck({ deckId, version }, "en", new Date(now.getTime() - 31 * DAY))).toMatchObject({ ok: true });
    expect(await decks.deleteDeck({ deckId: recent.deckId, version: recent.version }, "en", new Date(now.getTime() - 29 * DAY))).toMatchObject({ ok: true });
    // Past the window: not listed, not restorable, even before the purge ran.
    expect((await queries.listDeletedDecks({ id: users.EDITOR.id, role: "EDITOR" }, now)).map((d) => d.id)).toEqual(expect.not.arrayContaining([deckId]));
    const before = await snapshot(deckId);
    const late = await decks.restoreDeck({ deckId, version: version + 1 }, "en", now);
    // The restore itself purges expired decks, but a refused restore rolls back: the deck is still there.
    expect(late).toMatchObject({ ok: false, code: "restore-expired" });
    if (!late.ok) expect(late.message).toBe("This deck was deleted more than 30 days ago and can no longer be restored.");
    expect(await snapshot(deckId)).toEqual(before);

    // Showing the deck list purges it.
    expect(await decks.purgeExpiredDecks(now)).toBe(1);
    expect(await db.deck.findUnique({ where: { id: deckId } })).toBeNull();
    expect(await db.slide.count({ where: { deckId } })).toBe(0);
    const purge = await db.auditLog.findFirst({ where: { entityType: "Deck", entityId: deckId, action: "deck.purge" } });
    expect(purge).toMatchObject({ actorId: users.EDITOR.id });
    expect(purge!.detail).toMatchObject({ title: "Old deck", deletedById: users.EDITOR.id });
    // The 29-day-old deck is kept and still restorable.
    expect(await db.deck.findUnique({ where: { id: recent.deckId } })).not.toBeNull();
    expect(await decks.purgeExpiredDecks(now)).toBe(0);
    expect(await decks.restoreDeck({ deckId: recent.deckId, version: recent.version + 1 }, "en", now)).toMatchObject({ ok: true });
  });

  it("purges expired decks when another deck is deleted", async () => {
    const old = await deckOf("ADMIN", "Expired");
    const fresh = await deckOf("ADMIN", "Fresh");
    as("ADMIN");
    await decks.deleteDeck({ deckId: old.deckId, version: old.version }, "en", new Date(Date.now() - 40 * DAY));
    expect(await db.deck.findUnique({ where: { id: old.deckId } })).not.toBeNull();
    expect(await decks.deleteDeck({ deckId: fresh.deckId, version: fresh.version }, "en")).toMatchObject({ ok: true });
    expect(await db.deck.findUnique({ where: { id: old.deckId } })).toBeNull();
    expect(await db.auditLog.count({ where: { entityId: old.deckId, action: "deck.purge" } })).toBe(1);
  });
});
