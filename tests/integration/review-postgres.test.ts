// The pending-review queue, discard and restore on PostgreSQL (npm test starts a throwaway cluster and sets
// TEST_PG_URL): the "pending" filter on the JSON draft column and the restore modes behave as on SQLite.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import pg from "pg";
import type { Db } from "@/lib/db-client";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { TestUsers } from "../support/test-db";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/auth", () => ({
  auth: async () => (session.userId ? { user: { id: session.userId } } : null),
  clientIp: async () => "198.51.100.5",
}));

const base = process.env.TEST_PG_URL;
const dbName = `govatlas_review_${process.pid}_${Date.now()}`;
if (base) process.env.DATABASE_URL = Object.assign(new URL(base), { pathname: `/${dbName}` }).toString();

let db: Db;
let users: TestUsers;
let engine: typeof import("@/lib/mutations/curated/engine");
let review: typeof import("@/lib/queries/review");
let curation: typeof import("@/lib/queries/curation");

beforeAll(async () => {
  if (!base) throw new Error("TEST_PG_URL is not set: run the tests with `npm test`, which starts a PostgreSQL server.");
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  await admin.end();
  const { prepareTestDb } = await import("../support/test-db");
  ({ db, users } = await prepareTestDb(process.env.DATABASE_URL!));
  engine = await import("@/lib/mutations/curated/engine");
  review = await import("@/lib/queries/review");
  curation = await import("@/lib/queries/curation");
});

afterAll(async () => {
  await db?.$disconnect();
  const { db: appDb } = await import("@/lib/db");
  await appDb().$disconnect();
  if (!base) return;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await admin.end();
});

const user = (role: keyof TestUsers): CurrentUser => ({ id: users[role].id, email: users[role].email, name: role, role });

describe("review on PostgreSQL", () => {
  it("queues an editor's draft, filters the list by it, discards it, and restores as admin (publish) and editor (draft)", async () => {
    const row = await db.investmentFigure.findUniqueOrThrow({ where: { slug: "meta-capex-2024" } });
    const rev = await db.revision.findFirstOrThrow({ where: { entityId: row.id }, orderBy: { version: "desc" } });
    const values = (rev.snapshot as { data: Record<string, unknown> }).data;
    session.userId = users.EDITOR.id;
    const saved = (await engine.updateEntity("investmentFigures", row.id, row.version, { ...values, amount: "41000000000" })) as { ok: boolean; version: number };
    expect(saved).toMatchObject({ ok: true, pendingDraft: true });
    const queue = await review.getReviewQueue(user("ADMIN"));
    expect(queue.find((i) => i.id === row.id)?.changes).toEqual([{ field: "amount", before: "$39.23bn", after: "$41bn" }]);
    const pending = await curation.listEntities(user("ADMIN"), "investmentFigures", { q: "", sort: "updated", page: 1, showDeleted: false, pending: true });
    expect(pending.rows.map((r) => r.id)).toEqual([row.id]);
    expect(await review.getPendingReviewCount(user("ADMIN"))).toBe(1);

    expect(await engine.discardDraft("investmentFigures", row.id, saved.version)).toMatchObject({ ok: true });
    expect(await review.getPendingReviewCount(user("EDITOR"))).toBe(0);

    session.userId = users.ADMIN.id;
    const edited = (await engine.updateEntity("investmentFigures", row.id, saved.version + 1, { ...values, amount: "45000000000" })) as { version: number };
    const first = await db.revision.findFirstOrThrow({ where: { entityId: row.id, action: "create" } });
    session.userId = users.EDITOR.id;
    const asDraft = (await engine.restoreRevision("investmentFigures", row.id, first.id, edited.version)) as { ok: boolean; mode: string; version: number };
    expect(asDraft).toMatchObject({ ok: true, mode: "draft" });
    expect((await db.investmentFigure.findUniqueOrThrow({ where: { id: row.id } })).amount!.toString()).toBe("45000000000");
    session.userId = users.ADMIN.id;
    expect(await engine.restoreRevision("investmentFigures", row.id, first.id, asDraft.version)).toMatchObject({ ok: true, mode: "publish" });
    const after = await db.investmentFigure.findUniqueOrThrow({ where: { id: row.id } });
    expect([after.amount!.toString(), after.draft]).toEqual([row.amount!.toString(), null]);
  });
});
