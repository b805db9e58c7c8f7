// The audit log is append-only in the database itself (migration 20261204150000_audit_append_only), on SQLite and
// on PostgreSQL: inserting works; updating or deleting an entry, through Prisma or raw SQL, is refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import type { Db } from "@/lib/db-client";
import { prepareTestDb, useTempDatabaseUrl } from "../support/test-db";

const pgBase = process.env.TEST_PG_URL;
const pgName = `govatlas_audit_${process.pid}_${Date.now()}`;
const pgUrl = pgBase ? Object.assign(new URL(pgBase), { pathname: `/${pgName}` }).toString() : "";

async function pgAdmin(sql: string) {
  const client = new pg.Client({ connectionString: pgBase });
  await client.connect();
  await client.query(sql);
  await client.end();
}

const providers: [string, () => Promise<Db>][] = [
  ["SQLite", async () => (await prepareTestDb(useTempDatabaseUrl())).db],
  [
    "PostgreSQL",
    async () => {
      if (!pgBase) throw new Error("TEST_PG_URL is not set: run the tests with `npm test`, which starts a PostgreSQL server.");
      await pgAdmin(`CREATE DATABASE "${pgName}"`);
      return (await prepareTestDb(pgUrl)).db;
    },
  ],
];

describe.each(providers)("audit log on %s", (_name, open) => {
  let db: Db;
  let userId: string;
  beforeAll(async () => {
    db = await open();
    userId = (await db.user.findFirstOrThrow({ select: { id: true } })).id;
  });
  afterAll(async () => {
    await db?.$disconnect();
    if (_name === "PostgreSQL" && pgBase) await pgAdmin(`DROP DATABASE IF EXISTS "${pgName}" WITH (FORCE)`);
  });

  it("appends, and refuses to change or remove an entry", async () => {
    const entry = await db.auditLog.create({ data: { action: "test.append", actorId: userId, actorEmail: "admin@test.local", detail: { n: 1 } } });
    await expect(db.auditLog.update({ where: { id: entry.id }, data: { action: "test.rewritten" } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`UPDATE "AuditLog" SET "actorEmail" = 'someone@else' WHERE "id" = '${entry.id}'`)).rejects.toThrow(/append-only/);
    expect(await db.auditLog.findUniqueOrThrow({ where: { id: entry.id }, select: { action: true, actorEmail: true } })).toEqual({
      action: "test.append",
      actorEmail: "admin@test.local",
    });
    expect(await db.auditLog.count({ where: { action: "test.append" } })).toBe(1);
  });

  it("does not let deleting a user rewrite the entries that name them", async () => {
    const user = await db.user.create({ data: { email: `gone-${Date.now()}@test.local`, name: "Gone", role: "VIEWER", passwordHash: "x" } });
    await db.auditLog.create({ data: { action: "test.actor", actorId: user.id, actorEmail: user.email } });
    await expect(db.user.delete({ where: { id: user.id } })).rejects.toThrow();
    expect(await db.auditLog.count({ where: { actorId: user.id } })).toBe(1);
  });
});
