// The body of the curation-registry tests, run on SQLite (curation-registry.test.ts) and on PostgreSQL
// (curation-registry-postgres.test.ts): the engine on every entity of the registry. Each test file stubs the
// session (vi.mock is per file) and hands over its database, users and the engine module.
import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/db-client";
import type { TestUsers } from "../support/test-db";
import { curatedDelegate, entityAdapter, REGISTRY } from "@/lib/curation/registry";
import { CURATED_SCHEMAS, ENTITY_NAMES, fieldErrors, type EntityName } from "@/lib/validations/curated";

export type SuiteContext = {
  db: Db;
  users: TestUsers;
  engine: typeof import("@/lib/mutations/curated/engine");
  as: (role: keyof TestUsers | null) => void;
  ip: string;
};

export function registryEngineSuite(ctx: () => SuiteContext) {
  let n = 0;
  /** A natural key no seeded record uses (entities without one are matched by id). */
  function freshKey(entity: EntityName): Record<string, unknown> {
    n += 1;
    const letters = (i: number) => String.fromCharCode(65 + (i % 26)) + String.fromCharCode(65 + (Math.floor(i / 26) % 26));
    switch (entity) {
      case "jurisdictions":
        return { code: `ZQ${letters(n)}`, kind: "COUNTRY", parentCode: null };
      case "sources":
        return { key: `T${1000 + n}` };
      case "exchangeRates":
        return { currency: "EUR", period: `1991-01-${String((n % 28) + 1).padStart(2, "0")}` };
      case "milestones":
      case "assessments":
        return {};
      default:
        return { slug: `registry-test-${entity.toLowerCase()}-${n}` };
    }
  }

  /** The first optional free-text field of the form: what each test edits. */
  function editableField(entity: EntityName): string {
    const f = REGISTRY[entity].form.find((x) => (x.kind === "text" || x.kind === "textarea") && !x.required && !REGISTRY[entity].matchKey.includes(x.name));
    if (!f) throw new Error(`${entity} has no optional text field`);
    return f.name;
  }

  async function stored(entity: EntityName, id: string) {
    const row = await curatedDelegate(ctx().db, entity).findUnique({ where: { id }, include: entityAdapter(entity).include });
    if (!row) throw new Error(`${entity} ${id} missing`);
    return { row, values: entityAdapter(entity).toInput(row) as Record<string, unknown> };
  }

  const history = (entity: EntityName, id: string) =>
    ctx().db.revision.findMany({
      where: { entityType: entity, entityId: id },
      orderBy: [{ version: "asc" }, { createdAt: "asc" }],
      select: { action: true, version: true, actorId: true },
    });
  const audits = (entity: EntityName, id: string) =>
    ctx().db.auditLog.findMany({
      where: { entityType: entity, entityId: id },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true, ip: true },
    });

  describe.each(ENTITY_NAMES)("curation engine: %s", (entity) => {
    it("reads every seeded row back as form values that pass the entity's schema", async () => {
      const rows = await curatedDelegate(ctx().db, entity).findMany({ where: { deletedAt: null }, include: entityAdapter(entity).include });
      expect(rows.length, entity).toBeGreaterThan(0);
      const failures = rows.flatMap((r) => {
        const parsed = CURATED_SCHEMAS[entity].safeParse(entityAdapter(entity).toInput(r));
        return parsed.success ? [] : [`${r.id}: ${JSON.stringify(fieldErrors(parsed.error))}`];
      });
      expect(failures).toEqual([]);
    });

    it("creates, updates with a version check, takes an editor's draft, publishes it and refuses a viewer, with revisions and audit rows", async () => {
      const seeded = await curatedDelegate(ctx().db, entity).findMany({
        where: { deletedAt: null, publication: "PUBLISHED" },
        include: entityAdapter(entity).include,
        take: 1,
      });
      const base = entityAdapter(entity).toInput(seeded[0]) as Record<string, unknown>;
      const field = editableField(entity);

      // Create, published, by an admin: one revision and one audit row by that admin.
      ctx().as("ADMIN");
      const created = await ctx().engine.createEntity(entity, { ...base, ...freshKey(entity) }, { publish: true });
      if (!created.ok) throw new Error(`${entity} create: ${JSON.stringify(created)}`);
      const id = created.id;
      expect((await stored(entity, id)).row).toMatchObject({ publication: "PUBLISHED", version: created.version, draft: null });
      expect(await history(entity, id)).toEqual([{ action: "create", version: created.version, actorId: ctx().users.ADMIN.id }]);
      expect(await audits(entity, id)).toEqual([{ action: `${entity}.create`, actorId: ctx().users.ADMIN.id, ip: ctx().ip }]);

      // Update with the current version; then a save from the stale version is a conflict naming the current one.
      const values = (await stored(entity, id)).values;
      const updated = await ctx().engine.updateEntity(entity, id, created.version, { ...values, [field]: "First edit" });
      expect(updated).toMatchObject({ ok: true, version: created.version + 1, pendingDraft: false });
      expect((await stored(entity, id)).values[field]).toBe("First edit");
      const stale = await ctx().engine.updateEntity(entity, id, created.version, { ...values, [field]: "Stale edit" });
      expect(stale).toMatchObject({ ok: false, code: "conflict", conflict: { currentVersion: created.version + 1 } });
      const afterConflict = await stored(entity, id);
      expect(afterConflict.values[field]).toBe("First edit");
      expect(afterConflict.row.version).toBe(created.version + 1);

      // An editor's change to the published record waits as a draft; the published value stays until an admin publishes.
      ctx().as("EDITOR");
      const drafted = await ctx().engine.updateEntity(entity, id, afterConflict.row.version, { ...afterConflict.values, [field]: "Editor draft" });
      expect(drafted).toMatchObject({ ok: true, pendingDraft: true });
      const pending = await stored(entity, id);
      expect(pending.values[field]).toBe("First edit");
      expect(pending.row.draft).toMatchObject({ [field]: "Editor draft" });
      // The editor may not publish it.
      expect(await ctx().engine.publishEntity(entity, id, pending.row.version)).toMatchObject({ ok: false, code: "forbidden" });
      ctx().as("ADMIN");
      const published = await ctx().engine.publishEntity(entity, id, pending.row.version);
      expect(published).toMatchObject({ ok: true, version: pending.row.version + 1 });
      const live = await stored(entity, id);
      expect(live.values[field]).toBe("Editor draft");
      expect(live.row).toMatchObject({ draft: null, publication: "PUBLISHED" });

      // A viewer's edit and delete change nothing: not the row, its history or the audit log.
      ctx().as("VIEWER");
      const before = { row: live.row, revisions: await history(entity, id), audit: await audits(entity, id) };
      expect(await ctx().engine.updateEntity(entity, id, live.row.version, { ...live.values, [field]: "Viewer edit" })).toMatchObject({
        ok: false,
        code: "forbidden",
      });
      expect(await ctx().engine.deleteEntity(entity, id, live.row.version)).toMatchObject({ ok: false, code: "forbidden" });
      expect((await stored(entity, id)).row).toEqual(before.row);
      expect(await history(entity, id)).toEqual(before.revisions);
      expect(await audits(entity, id)).toEqual(before.audit);

      expect(before.revisions.map((r) => r.action)).toEqual(["create", "update", "draft", "publish"]);
      expect(before.revisions.map((r) => r.actorId)).toEqual([ctx().users.ADMIN.id, ctx().users.ADMIN.id, ctx().users.EDITOR.id, ctx().users.ADMIN.id]);
      expect(before.audit.map((a) => a.action)).toEqual(["create", "update", "draft", "publish"].map((a) => `${entity}.${a}`));
    });
  });
}
