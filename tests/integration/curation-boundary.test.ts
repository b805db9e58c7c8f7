// The curation engine and admin reads at the boundary (SQLite): a refused save-and-publish changes nothing, an
// admin's is one transaction, and admin queries refuse a caller without the permission before reading.
import { describe, expect, it, vi } from "vitest";
import { actingAs } from "./support/auth-stub";
import { useTempDatabase } from "./support/database";
import type { CurrentUser } from "@/lib/auth/current-user";

vi.mock("@/lib/auth/auth", () => import("./support/auth-stub"));

const { db, users } = await useTempDatabase();
const engine = await import("@/lib/mutations/curated/engine");
const as = actingAs(users);

const source = (key: string, title: string) => ({ key, title, language: "en", kind: "OTHER", isSeedArticle: false });
const state = (id: string) => db.source.findUniqueOrThrow({ where: { id }, select: { version: true, title: true, draft: true, publication: true } });

describe("save and publish", () => {
  it("an editor's save-and-publish is refused before anything is written", async () => {
    as("ADMIN");
    const created = await engine.createEntity("sources", source("QB1", "Before"), { publish: true });
    if (!created.ok) throw new Error(created.message);
    const before = await state(created.id);
    const revisions = await db.revision.count({ where: { entityId: created.id } });
    as("EDITOR");
    const result = await engine.updateEntity("sources", created.id, created.version, source("QB1", "After"), { publish: true });
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(await state(created.id)).toEqual(before);
    expect(await db.revision.count({ where: { entityId: created.id } })).toBe(revisions);
  });

  it("an admin's save-and-publish of a draft is one version and one revision", async () => {
    as("ADMIN");
    const created = await engine.createEntity("sources", source("QB2", "Draft"));
    if (!created.ok) throw new Error(created.message);
    const result = await engine.updateEntity("sources", created.id, created.version, source("QB2", "Final"), { publish: true });
    expect(result).toMatchObject({ ok: true, version: 2 });
    expect(await state(created.id)).toMatchObject({ version: 2, title: "Final", publication: "PUBLISHED", draft: null });
    const actions = await db.revision.findMany({ where: { entityId: created.id }, orderBy: { version: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["create", "publish"]);
  });

  it("a save-and-publish with invalid values changes nothing", async () => {
    as("ADMIN");
    const created = await engine.createEntity("sources", source("QB3", "Draft"));
    if (!created.ok) throw new Error(created.message);
    const result = await engine.updateEntity("sources", created.id, created.version, { ...source("QB3", ""), language: "english" }, { publish: true });
    expect(result).toMatchObject({ ok: false, code: "invalid" });
    expect(await state(created.id)).toMatchObject({ version: 1, title: "Draft", publication: "DRAFT" });
  });
});

describe("admin reads require the permission", () => {
  it("refuses a viewer or no user before reading, and serves an editor", async () => {
    const { listEntities, getEditableRecord, getRevisions, getReferenceOptions } = await import("@/lib/queries/curation");
    const { getEntityCounts } = await import("@/lib/queries/admin");
    const { getAuditPage } = await import("@/lib/queries/audit");
    const { exportRecords } = await import("@/lib/queries/curation-export");
    const viewer: CurrentUser = { id: users.VIEWER.id, email: users.VIEWER.email, name: "V", role: "VIEWER" };
    const editor: CurrentUser = { id: users.EDITOR.id, email: users.EDITOR.email, name: "E", role: "EDITOR" };
    const list = { q: "", sort: "updated" as const, page: 1, showDeleted: true };
    for (const who of [viewer, null as unknown as CurrentUser]) {
      await expect(listEntities(who, "sources", list)).rejects.toThrow(who ? /role does not allow/ : /Sign in/);
      await expect(getEditableRecord(who, "sources", "x")).rejects.toThrow();
      await expect(getRevisions(who, "sources", "x")).rejects.toThrow();
      await expect(getReferenceOptions(who)).rejects.toThrow();
      await expect(getEntityCounts(who)).rejects.toThrow();
      await expect(exportRecords(who, "sources")).rejects.toThrow();
    }
    await expect(getAuditPage(editor, { page: 1 } as never)).rejects.toThrow(/role does not allow/);
    expect((await listEntities(editor, "sources", list)).total).toBeGreaterThan(0);
  });
});
