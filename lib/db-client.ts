// Builds a Prisma client for a database target. Two generated clients exist because a generated Prisma
// client serves one provider; they share the same models (prisma/postgres/schema.prisma is generated).
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/prisma/client";
import { PrismaClient as PgClient } from "./generated/prisma-pg/client";
import type { DbTarget } from "./db-url";

export type Db = SqliteClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export function createDb(target: DbTarget): Db {
  if (target.provider === "sqlite") {
    return new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: target.file, timeout: 10_000 }) });
  }
  // Same models and enums; only the provider differs.
  return new PgClient({ adapter: new PrismaPg({ connectionString: target.url }) }) as unknown as Db;
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
