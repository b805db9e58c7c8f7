// Builds a Prisma client for a database target. Two generated clients exist because a generated Prisma
// client serves one provider; they share the same models (prisma/postgres/schema.prisma is generated).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/prisma/client";
import { PrismaClient as PgClient } from "./generated/prisma-pg/client";
import type { DbTarget } from "./db-url";
import { lockingSqliteAdapter } from "./sqlite-adapter";

export type Db = SqliteClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** How long a write waits for another connection's write lock (SQLite) before it answers "busy". */
export const WRITE_LOCK_WAIT_MS = 10_000;

export type CreateDbOptions = { writeLockWaitMs?: number };

export function createDb(target: DbTarget, options: CreateDbOptions = {}): Db {
  const wait = options.writeLockWaitMs ?? WRITE_LOCK_WAIT_MS;
  // Waiting for the write lock (SQLite) or a pooled connection (PostgreSQL) happens while Prisma starts the
  // transaction: allow it a little longer than the lock wait, so that the clearer "busy" error wins.
  const transactionOptions = { maxWait: wait + 2_000, timeout: 15_000 };
  if (target.provider === "sqlite") {
    return new SqliteClient({ adapter: lockingSqliteAdapter({ file: target.file, busyTimeoutMs: wait }), transactionOptions });
  }
  // Same models and enums; only the provider differs.
  return new PgClient({ adapter: new PrismaPg({ connectionString: target.url }), transactionOptions }) as unknown as Db;
}

/**
 * Refreshes the query planner's statistics after bulk changes (seeding, bulk loads). Without them SQLite guesses
 * row counts and can pick an index that reads the whole table; PostgreSQL's autovacuum would catch up on its own,
 * later. On SQLite `PRAGMA optimize=0x10002` analyses only the tables that need it.
 */
export async function refreshPlannerStatistics(db: Db, target: DbTarget): Promise<void> {
  if (target.provider === "sqlite") await db.$queryRawUnsafe("PRAGMA optimize=0x10002");
  else await db.$executeRawUnsafe("ANALYZE");
}
