// Drafts queue, discard, restore and the readable audit log against a real (SQLite) database. Only the session
// lookup is stubbed, to choose the acting user; every role check re-reads the user from the database. Refusals
// and conflicts assert that the database is unchanged (record, revisions, audit rows).
import { describe, expect, it, vi } from "vitest";
import { actingAs } from "./support/auth-stub";
import { useTempDatabaseWithSecondEditor } from "./support/database";
import type { CurrentUser } from "@/lib/auth/current-user";
import { curatedDelegate } from "@/lib/curation/registry";
import { ENTITY_NAMES } from "@/lib/validations/curated";

vi.mock("@/lib/auth/auth", () => import("./support/auth-stub"));

const { db, users } = await useTempDatabaseWithSecondEditor("EDITOR2", "editor2@test.local", "Second Editor");
const engine = await import("@/lib/mutations/curated/engine");
const review = await import("@/lib/queries/review");
const curation = await import("@/lib/queries/curation");
const audit = await import("@/lib/queries/audit");

type Who = keyof typeof users;
const as = actingAs(users);
const current = (role: Who): CurrentUser => ({
  id: users[role].id,
  email: users[role].email,
  name: role,
  role: role === "EDITOR2" ? "EDITOR" : (role as CurrentUser["role"]),
});

/** The seeded figure in the form's shape (from its latest revision), with overrides. */
async function seededValues(slug: string, overrides: Record<string, unknown> = {}) {
  const row = await db.investmentFigure.findUniqueOrThrow({ where: { slug } });
  const rev = await db.revision.findFirstOrThrow({ where: { entityType: "investmentFigures", entityId: row.id }, orderBy: { version: "desc" } });
  return { row, values: { ...(rev.snapshot as { data: Record<string, unknown> }).data, ...overrides } };
}

/** Everything a refused or conflicting call must leave as it was. */
async function stateOf(id: string) {
  return {
    row: await db.investmentFigure.findUniqueOrThrow({
      where: { id },
      select: { amount: true, version: true, publication: true, draft: true, deletedAt: true },
    }),
    revisions: await db.revision.count(),
    audit: await db.auditLog.count(),
  };
}

async function editorDraft(slug: string, amount: string, who: Who = "EDITOR") {
  const { row, values } = await seededValues(slug, { amount });
  as(who);
  const saved = await engine.updateEntity("investmentFigures", row.id, row.version, values);
  expect(saved).toMatchObject({ ok: true, pendingDraft: true });
  return { id: row.id, version: (saved as { version: number }).version, publishedAmount: row.amount!.toString() };
}

describe("history from creation", () => {
  it("gives every seeded curated row a first 'create' revision with its original values", async () => {
    for (const entity of ENTITY_NAMES) {
      const rows = await curatedDelegate(db, entity).findMany({});
      expect(rows.length, entity).toBeGreaterThan(0);
      const first = await db.revision.groupBy({ by: ["entityId"], where: { entityType: entity, action: "create" }, _count: true });
      const withCreate = new Set(first.map((f) => f.entityId));
      expect(
        rows.filter((r) => !withCreate.has(r.id)).map((r) => r.id),
        entity,
      ).toEqual([]);
    }
  });

  it("records a row written without history as a baseline before its first change, so its old values can be restored", async () => {
    const source = await db.source.create({ data: { key: "R9901", title: "Written outside the engine", publisher: "Test", language: "en", kind: "OTHER" } });
    as("ADMIN");
    const values = {
      key: "R9901",
      title: "Changed through the form",
      titleZh: null,
      publisher: "Test",
      url: null,
      publishedOn: null,
      dateNote: null,
      language: "en",
      kind: "OTHER",
      isSeedArticle: false,
      note: null,
      lastCheckedOn: null,
    };
    expect(await engine.updateEntity("sources", source.id, 1, values)).toMatchObject({ ok: true, version: 2 });
    const revs = await db.revision.findMany({ where: { entityId: source.id }, orderBy: { version: "asc" } });
    expect(revs.map((r) => [r.version, r.action])).toEqual([
      [1, "baseline"],
      [2, "update"],
    ]);
    expect(await engine.restoreRevision("sources", source.id, revs[0].id, 2)).toMatchObject({ ok: true, mode: "publish" });
    expect((await db.source.findUniqueOrThrow({ where: { id: source.id } })).title).toBe("Written outside the engine");
  });
});

describe("pending-review queue", () => {
  it("shows admins every draft with its diff, editors only their own, and refuses viewers", async () => {
    const mine = await editorDraft("microsoft-capex-fy25", "90000000000");
    const theirs = await editorDraft("amazon-capex-2024", "90000000000", "EDITOR2");
    const adminQueue = await review.getReviewQueue(current("ADMIN"));
    const item = adminQueue.find((i) => i.id === mine.id)!;
    expect(item).toMatchObject({
      entity: "investmentFigures",
      kind: "change",
      version: mine.version,
      mayPublish: true,
      mayDiscard: true,
      savedBy: { email: users.EDITOR.email },
    });
    expect(item.changes).toEqual([{ field: "amount", before: expect.stringMatching(/^\$[\d.]+bn$/), after: "$90bn" }]);
    expect(adminQueue.some((i) => i.id === theirs.id)).toBe(true);
    expect(await review.getPendingReviewCount(current("ADMIN"))).toBe(adminQueue.length);

    const editorQueue = await review.getReviewQueue(current("EDITOR"));
    expect(editorQueue.map((i) => i.id)).toContain(mine.id);
    expect(editorQueue.map((i) => i.id)).not.toContain(theirs.id);
    expect(editorQueue.every((i) => i.savedBy.id === users.EDITOR.id && !i.mayPublish && i.mayDiscard)).toBe(true);
    expect(await review.getPendingReviewCount(current("EDITOR"))).toBe(editorQueue.length);

    await expect(review.getReviewQueue(current("VIEWER"))).rejects.toMatchObject({ status: 403 });
    await expect(review.getPendingReviewCount(current("VIEWER"))).rejects.toMatchObject({ status: 403 });
    await expect(review.getReviewQueue(null as never)).rejects.toMatchObject({ status: 401 });

    const pendingList = await curation.listEntities(current("ADMIN"), "investmentFigures", {
      q: "",
      sort: "updated",
      page: 1,
      showDeleted: false,
      pending: true,
    });
    expect(pendingList.rows.map((r) => r.id)).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    expect(pendingList.rows.every((r) => r.pendingDraft || r.publication === "DRAFT")).toBe(true);
    const all = await curation.listEntities(current("ADMIN"), "investmentFigures", { q: "", sort: "updated", page: 1, showDeleted: false });
    expect(all.total).toBeGreaterThan(pendingList.total);
  });

  it("publishes the draft at the version the admin saw; a draft changed since is a conflict and nothing changes", async () => {
    const d = await editorDraft("meta-capex-2024", "40000000000");
    const seen = d.version;
    const { values } = await seededValues("meta-capex-2024", { amount: "41000000000" });
    as("EDITOR");
    expect(await engine.updateEntity("investmentFigures", d.id, seen, values)).toMatchObject({ ok: true, pendingDraft: true }); // draft changed after the admin opened it
    const before = await stateOf(d.id);
    as("ADMIN");
    const stale = await engine.publishEntity("investmentFigures", d.id, seen);
    expect(stale).toMatchObject({ ok: false, code: "conflict", conflict: { currentVersion: seen + 1, by: expect.stringContaining(users.EDITOR.email) } });
    expect(await stateOf(d.id)).toEqual(before);
    expect(await engine.publishEntity("investmentFigures", d.id, seen + 1)).toMatchObject({ ok: true });
    const after = await db.investmentFigure.findUniqueOrThrow({ where: { id: d.id } });
    expect(after.amount!.toString()).toBe("41000000000");
    expect(after.draft).toBeNull();
    expect((await review.getReviewQueue(current("ADMIN"))).some((i) => i.id === d.id)).toBe(false);
  });
});

describe("discarding drafts", () => {
  it("lets an editor discard their own draft but not another's; viewers and anonymous users change nothing", async () => {
    const d = await editorDraft("alphabet-capex-2025", "70000000000");
    const before = await stateOf(d.id);
    for (const [who, code] of [
      ["EDITOR2", "forbidden"],
      ["VIEWER", "forbidden"],
      [null, "unauthorized"],
    ] as const) {
      as(who);
      expect(await engine.discardDraft("investmentFigures", d.id, d.version)).toMatchObject({ ok: false, code });
      expect(await stateOf(d.id)).toEqual(before);
    }
    as("EDITOR");
    expect(await engine.discardDraft("investmentFigures", d.id, d.version - 1)).toMatchObject({ ok: false, code: "conflict" });
    expect(await stateOf(d.id)).toEqual(before);
    expect(await engine.discardDraft("investmentFigures", d.id, d.version)).toMatchObject({ ok: true, version: d.version + 1 });
    const after = await db.investmentFigure.findUniqueOrThrow({ where: { id: d.id } });
    expect(after.draft).toBeNull();
    expect(after.amount!.toString()).toBe(d.publishedAmount);
    expect(after.publication).toBe("PUBLISHED");
    const rev = await db.revision.findFirstOrThrow({ where: { entityId: d.id }, orderBy: { version: "desc" } });
    expect([rev.action, rev.actorId]).toEqual(["discard", users.EDITOR.id]);
    expect(await db.auditLog.count({ where: { entityId: d.id, action: "investmentFigures.discard", actorEmail: users.EDITOR.email } })).toBe(1);
    expect(await engine.discardDraft("investmentFigures", d.id, d.version + 1)).toMatchObject({ ok: false, code: "not-found" });
  });

  it("lets an admin discard anyone's draft, and discarding a never-published record deletes it", async () => {
    const d = await editorDraft("alphabet-capex-2024", "60000000000", "EDITOR2");
    as("ADMIN");
    expect(await engine.discardDraft("investmentFigures", d.id, d.version)).toMatchObject({ ok: true });
    as("EDITOR");
    const { values } = await seededValues("alphabet-capex-2024", { slug: "editor-new-figure" });
    const created = (await engine.createEntity("investmentFigures", values)) as { id: string; version: number };
    expect((await review.getReviewQueue(current("EDITOR"))).find((i) => i.id === created.id)).toMatchObject({ kind: "new" });
    expect(await engine.discardDraft("investmentFigures", created.id, created.version)).toMatchObject({ ok: true });
    expect((await db.investmentFigure.findUniqueOrThrow({ where: { id: created.id } })).deletedAt).not.toBeNull();
  });
});

describe("restore says what it does and does it", () => {
  it("an admin's restore of a seeded row's first revision publishes the original values and clears a pending draft", async () => {
    const { row, values } = await seededValues("amazon-capex-2025", { amount: "130000000000" });
    const original = row.amount!.toString();
    as("ADMIN");
    const edited = (await engine.updateEntity("investmentFigures", row.id, row.version, values)) as { version: number };
    const d = await editorDraft("amazon-capex-2025", "140000000000");
    const first = await db.revision.findFirstOrThrow({ where: { entityId: row.id, action: "create" } });
    as("VIEWER");
    const before = await stateOf(row.id);
    expect(await engine.restoreRevision("investmentFigures", row.id, first.id, d.version)).toMatchObject({ ok: false, code: "forbidden" });
    as("ADMIN");
    expect(await engine.restoreRevision("investmentFigures", row.id, first.id, edited.version)).toMatchObject({ ok: false, code: "conflict" });
    expect(await stateOf(row.id)).toEqual(before);
    const restored = await engine.restoreRevision("investmentFigures", row.id, first.id, d.version);
    expect(restored).toMatchObject({ ok: true, mode: "publish", version: d.version + 1 });
    const after = await db.investmentFigure.findUniqueOrThrow({ where: { id: row.id } });
    expect([after.amount!.toString(), after.publication, after.draft, after.deletedAt]).toEqual([original, "PUBLISHED", null, null]);
    const history = await curation.getRevisions(current("ADMIN"), "investmentFigures", row.id);
    expect(history[0]).toMatchObject({
      action: "restore",
      version: d.version + 1,
      restoredFrom: first.version,
      actor: expect.stringContaining(users.ADMIN.email),
    });
    const entry = await db.auditLog.findFirstOrThrow({ where: { entityId: row.id, action: "investmentFigures.restore" } });
    expect(entry.detail).toMatchObject({ fromVersion: first.version, mode: "publish", replacedDraft: true });
  });

  it("an editor's restore saves the old values as a draft for review; the published values stay", async () => {
    const { row, values } = await seededValues("microsoft-capex-fy24", { amount: "56000000000" });
    as("ADMIN");
    const edited = (await engine.updateEntity("investmentFigures", row.id, row.version, values)) as { version: number };
    const first = await db.revision.findFirstOrThrow({ where: { entityId: row.id, action: "create" } });
    as("EDITOR");
    const r = await engine.restoreRevision("investmentFigures", row.id, first.id, edited.version);
    expect(r).toMatchObject({ ok: true, mode: "draft" });
    const after = await db.investmentFigure.findUniqueOrThrow({ where: { id: row.id } });
    expect(after.amount!.toString()).toBe("56000000000");
    expect((after.draft as { amount: string }).amount).toBe(row.amount!.toString());
    const rev = await db.revision.findFirstOrThrow({ where: { entityId: row.id }, orderBy: { version: "desc" } });
    expect(rev.action).toBe("restore-draft");
    expect((await review.getReviewQueue(current("EDITOR"))).some((i) => i.id === row.id)).toBe(true);
  });
});

describe("readable audit log", () => {
  it("names the record, the actor and what changed, with the record's history link", async () => {
    const { row, values } = await seededValues("meta-capex-2023", { amount: "25000000000" });
    as("ADMIN");
    await engine.updateEntity("investmentFigures", row.id, row.version, values);
    const page = await audit.getAuditPage(current("ADMIN"), { page: 1, action: "investmentFigures.update" } as never);
    const entry = page.entries.find((e) => e.entityId === row.id)!;
    expect(entry.actorName).toBe("Test ADMIN");
    expect(entry.record).toEqual({ label: expect.stringContaining("Meta"), href: `/admin/investmentFigures/${row.id}/history` });
    expect(entry.summary).toEqual({ kind: "updated", changes: [{ field: "amount", before: expect.stringMatching(/^\$[\d.]+bn$/), after: "$25bn" }] });
    await expect(audit.getAuditPage(current("EDITOR"), { page: 1 } as never)).rejects.toMatchObject({ status: 403 });
  });
});
