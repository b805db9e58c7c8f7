// Throwaway databases for integration tests: a temporary SQLite file, or a database of its own on the PostgreSQL
// server of TEST_PG_URL. Each sets DATABASE_URL first, so the app's modules (lib/db.ts reads it once) must be
// imported after it, with `await import(...)`; each cleans up after the file's tests.
import { rmSync } from "node:fs";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import type { Db } from "@/lib/db-client";
import { resolveDbTarget } from "@/lib/db-url";
import { migrate } from "../../../scripts/db/migrate";
import { prepareTestDb, useTempDatabaseUrl, type TestUsers } from "../../support/test-db";

export type TestDatabase = { url: string; db: Db; users: TestUsers };

/** A migrated and seeded SQLite database in a temporary folder, with one user per role. */
export async function useTempDatabase(): Promise<TestDatabase> {
  const url = useTempDatabaseUrl();
  const { db, users } = await prepareTestDb(url);
  afterAll(async () => {
    await db.$disconnect();
  });
  return { url, db, users };
}

/**
 * `useTempDatabase` with a second editor, keyed `key` in `users` beside one user per role: for tests of what one
 * editor may do to another's rows.
 */
export async function useTempDatabaseWithSecondEditor<K extends string>(key: K, email: string, name: string) {
  const { url, db, users } = await useTempDatabase();
  const editor = await db.user.create({ data: { email, name, role: "EDITOR", passwordHash: "x" }, select: { id: true, email: true } });
  return { url, db, users: { ...users, [key]: editor } as TestUsers & Record<K, { id: string; email: string }> };
}

/**
 * Migrates the database DATABASE_URL already names (set in `vi.hoisted`, before static imports of the app's
 * modules) before the file's tests, and afterwards closes the app's client and removes the SQLite file.
 */
export function useMigratedDatabase(): void {
  const target = resolveDbTarget(process.env.DATABASE_URL);
  beforeAll(async () => {
    await migrate(target, { log: () => {} });
  });
  afterAll(async () => {
    const { db } = await import("@/lib/db");
    await db().$disconnect();
    if (target.provider === "sqlite") for (const suffix of ["", "-wal", "-shm"]) rmSync(target.file + suffix, { force: true });
  });
}

/** Runs one SQL statement on the PostgreSQL server of `base` (creating or dropping a database). */
export async function onServer(base: string, sql: string) {
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/**
 * An empty database named after `name` on the PostgreSQL server of TEST_PG_URL (`npm test` starts one), set as
 * DATABASE_URL; dropped after the file's tests, once the app's client is closed.
 */
export async function usePostgresDatabase(name: string): Promise<string> {
  const base = process.env.TEST_PG_URL;
  if (!base) throw new Error("TEST_PG_URL is not set: run the tests with `npm test`, which starts a PostgreSQL server.");
  const dbName = `govatlas_${name}_${process.pid}_${Date.now()}`;
  const url = Object.assign(new URL(base), { pathname: `/${dbName}` }).toString();
  process.env.DATABASE_URL = url;
  await onServer(base, `CREATE DATABASE "${dbName}"`);
  afterAll(async () => {
    const { db: appDb } = await import("@/lib/db");
    await appDb().$disconnect();
    await onServer(base, `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  });
  return url;
}

/** `usePostgresDatabase`, migrated and seeded, with one user per role. */
export async function useSeededPostgres(name: string): Promise<TestDatabase> {
  const url = await usePostgresDatabase(name);
  const { db, users } = await prepareTestDb(url);
  afterAll(async () => {
    await db.$disconnect(); // after-hooks run last-registered first: before the database is dropped
  });
  return { url, db, users };
}
