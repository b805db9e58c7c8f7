// The curation engine on every entity of the registry (lib/curation/registry), against a real SQLite database:
// create (with its revision and audit row), update with a version check (a stale version is a conflict that
// changes nothing), an editor's draft of a published record that an admin then publishes, and a refused action
// that changes nothing. The values are a seeded record's own form values (its definition's toInput), so every
// stored seed row also round-trips through its entity's schema. Self-contained: only the session is stubbed.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { prepareTestDb, useTempDatabaseUrl, type TestUsers } from "../support/test-db";
import type { Db } from "@/lib/db-client";
import { curatedDelegate, entityAdapter, REGISTRY } from "@/lib/curation/registry";
import { CURATED_SCHEMAS, ENTITY_NAMES, fieldErrors, type EntityName } from "@/lib/validations/curated";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/auth", () => ({
  auth: async () => (session.userId ? { user: { id: session.userId } } : null),
  clientIp: async () => "203.0.113.9",
}));

const url = useTempDatabaseUrl();
let db: Db;
let users: TestUsers;
let engine: typeof import("@/lib/mutations/curated/engine");

beforeAll(async () => {
  ({ db, users } = await prepareTestDb(url));
  engine = await import("@/lib/mutations/curated/engine");
});
afterAll(async () => {
  await db.$disconnect();
});
beforeEach(() => {
  session.userId = null;
});
const as = (role: keyof TestUsers | null) => {
  session.userId = role ? users[role].id : null;
};

let n = 0;
/** A natural key no seeded record uses (entities without one are matched by id). */
function freshKey(entity: EntityName): Record<string, unknown> {
  n += 1;
  const letters = (i: number) => String.fromCharCode(65 + (i % 26)) + String.fromCharCode(65 + Math.floor(i / 26) % 26);
  switch (entity) {
    case "jurisdictions": return { code: `ZQ${letters(n)}`, kind: "COUNTRY", parentCode: null };
    case "sources": return { key: `T${1000 + n}` };
    case "exchangeRates": return { currency: "EUR", period: `1991-01-${String(n % 28 + 1).padStart(2, "0")}` };
    case "milestones":
    case "assessments": return {};
    default: return { slug: `registry-test-${entity.toLowerCase()}-${n}` };
  }
}

/** The first optional free-text field of the form: what each test edits. */
function editableField(entity: EntityName): string {
  const f = REGISTRY[entity].form.find((x) => (x.kind === "text" || x.kind === "textarea") && !x.required && !REGISTRY[entity].matchKey.includes(x.name));
  if (!f) throw new Error(`${entity} has no optional text field`);
  return f.name;
}

async function stored(entity: EntityName, id: string) {
  const row = await curatedDelegate(db, entity).findUnique({ where: { id }, include: entityAdapter(entity).include });
  if (!row) throw new Error(`${entity} ${id} missing`);
  return { row, values: entityAdapter(entity).toInput(row) as Record<string, unknown> };
}

const history = (entity: EntityName, id: string) =>
  db.revision.findMany({ where: { entityType: entity, entityId: id }, orderBy: [{ version: "asc" }, { createdAt: "asc" }], select: { action: true, version: true, actorId: true } });
const audits = (entity: EntityName, id: string) =>
  db.auditLog.findMany({ where: { entityType: entity, entityId: id }, orderBy: { createdAt: "asc" }, select: { action: true, actorId: true, ip: true } });

describe.each(ENTITY_NAMES)("curation engine: %s", (entity) => {
  it("reads every seeded row back as form values that pass the entity's schema", async () => {
    const rows = await curatedDelegate(db, entity).findMany({ where: { deletedAt: null }, include: entityAdapter(entity).include });
    expect(rows.length, entity).toBeGreaterThan(0);
    const failures = rows.flatMap((r) => {
      const parsed = CURATED_SCHEMAS[entity].safeParse(entityAdapter(entity).toInput(r));
      return parsed.success ? [] : [`${r.id}: ${JSON.stringify(fieldErrors(parsed.error))}`];
    });
    expect(failures).toEqual([]);
  });

  it("creates, updates with a version check, takes an editor's draft, publishes it and refuses a viewer, with revisions and audit rows", async () => {
    const seeded = await curatedDelegate(db, entity).findMany({ where: { deletedAt: null, publication: "PUBLISHED" }, include: entityAdapter(entity).include, take: 1 });
    const base = entityAdapter(entity).toInput(seeded[0]) as Record<string, unknown>;
    const field = editableField(entity);

    // Create, published, by an admin: one revision and one audit row by that admin.
    as("ADMIN");
    const created = await engine.createEntity(entity, { ...base, ...freshKey(entity) }, { publish: true });
    if (!created.ok) throw new Error(`${entity} create: ${JSON.stringify(created)}`);
    const id = created.id;
    expect((await stored(entity, id)).row).toMatchObject({ publication: "PUBLISHED", version: created.version, draft: null });
    expect(await history(entity, id)).toEqual([{ action: "create", version: created.version, actorId: users.ADMIN.id }]);
    expect(await audits(entity, id)).toEqual([{ action: `${entity}.create`, actorId: users.ADMIN.id, ip: "203.0.113.9" }]);

    // Update with the current version; then a save from the stale version is a conflict naming the current one.
    const values = (await stored(entity, id)).values;
    const updated = await engine.updateEntity(entity, id, created.version, { ...values, [field]: "First edit" });
    expect(updated).toMatchObject({ ok: true, version: created.version + 1, pendingDraft: false });
    expect((await stored(entity, id)).values[field]).toBe("First edit");
    const stale = await engine.updateEntity(entity, id, created.version, { ...values, [field]: "Stale edit" });
    expect(stale).toMatchObject({ ok: false, code: "conflict", conflict: { currentVersion: created.version + 1 } });
    const afterConflict = await stored(entity, id);
    expect(afterConflict.values[field]).toBe("First edit");
    expect(afterConflict.row.version).toBe(created.version + 1);

    // An editor's change to the published record waits as a draft; the published value stays until an admin publishes.
    as("EDITOR");
    const drafted = await engine.updateEntity(entity, id, afterConflict.row.version, { ...afterConflict.values, [field]: "Editor draft" });
    expect(drafted).toMatchObject({ ok: true, pendingDraft: true });
    const pending = await stored(entity, id);
    expect(pending.values[field]).toBe("First edit");
    expect(pending.row.draft).toMatchObject({ [field]: "Editor draft" });
    // The editor may not publish it.
    expect(await engine.publishEntity(entity, id, pending.row.version)).toMatchObject({ ok: false, code: "forbidden" });
    as("ADMIN");
    const published = await engine.publishEntity(entity, id, pending.row.version);
    expect(published).toMatchObject({ ok: true, version: pending.row.version + 1 });
    const live = await stored(entity, id);
    expect(live.values[field]).toBe("Editor draft");
    expect(live.row).toMatchObject({ draft: null, publication: "PUBLISHED" });

    // A viewer's edit and delete change nothing: not the row, its history or the audit log.
    as("VIEWER");
    const before = { row: live.row, revisions: await history(entity, id), audit: await audits(entity, id) };
    expect(await engine.updateEntity(entity, id, live.row.version, { ...live.values, [field]: "Viewer edit" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await engine.deleteEntity(entity, id, live.row.version)).toMatchObject({ ok: false, code: "forbidden" });
    expect((await stored(entity, id)).row).toEqual(before.row);
    expect(await history(entity, id)).toEqual(before.revisions);
    expect(await audits(entity, id)).toEqual(before.audit);

    expect(before.revisions.map((r) => r.action)).toEqual(["create", "update", "draft", "publish"]);
    expect(before.revisions.map((r) => r.actorId)).toEqual([users.ADMIN.id, users.ADMIN.id, users.EDITOR.id, users.ADMIN.id]);
    expect(before.audit.map((a) => a.action)).toEqual(["create", "update", "draft", "publish"].map((a) => `${entity}.${a}`));
  });
});
