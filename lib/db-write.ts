import "server-only";
// Write transactions for every mutation: one place that says how long a write may wait and what "busy" means.
// On SQLite the adapter (lib/sqlite-adapter.ts) starts each transaction with BEGIN IMMEDIATE and waits for the
// write lock; on PostgreSQL nothing changes but the wait for a pooled connection.
import { db } from "./db";
import type { Tx } from "./db-client";
import { env } from "./env";
import { BUSY_MESSAGE, DatabaseBusyError, isSqliteBusy } from "./sqlite-adapter";

export { BUSY_MESSAGE, DatabaseBusyError };

export type WriteOptions = {
  /** How long the transaction may run once it holds the lock (an import needs longer than one save). */
  timeout?: number;
  /** SQLite's transactions are serializable anyway; on PostgreSQL this asks for SERIALIZABLE. */
  isolationLevel?: "Serializable";
};

/**
 * True for every way "another writer kept the database" surfaces: our own DatabaseBusyError, SQLITE_BUSY that
 * escaped, Prisma giving up on starting a transaction (P2028, e.g. no pooled PostgreSQL connection in time) or
 * an operation timeout (P1008), PostgreSQL's lock_timeout (55P03).
 */
export function isBusyError(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown; message?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (e instanceof DatabaseBusyError || isSqliteBusy(e)) return true;
    if (e.code === "P2028" || e.code === "P1008" || e.code === "55P03") return true;
    if (typeof e.message === "string" && e.message === BUSY_MESSAGE) return true;
  }
  return false;
}

/** `db().$transaction(fn)` for writes; a write that cannot get the lock in time throws DatabaseBusyError. */
export async function writeTransaction<T>(fn: (tx: Tx) => Promise<T>, options: WriteOptions = {}): Promise<T> {
  try {
    return await db().$transaction(fn, options);
  } catch (error) {
    if (!(error instanceof DatabaseBusyError) && isBusyError(error)) throw new DatabaseBusyError();
    throw error;
  }
}

type BulkModel = "investmentFigure" | "revision" | "auditLog";
const TABLES: Record<BulkModel, string> = { investmentFigure: "InvestmentFigure", revision: "Revision", auditLog: "AuditLog" };

/** A value as Prisma's SQLite adapter stores it (DateTime as ISO text with +00:00, Decimal as a number, Json as text). */
function sqliteValue(value: unknown, decimal: boolean): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  if (decimal) return Number(value);
  if (typeof value === "object") return JSON.stringify(value);
  return value;
}

/**
 * Inserts many rows of plain columns (ids included) in one statement. On SQLite it writes the SQL itself: Prisma's
 * createMany spends ~1 ms of CPU per row rendering parameters (measured: 5,000 figures 4.6 s of CPU, the same
 * rows as one raw INSERT per 100 rows 0.6 s), and on SQLite that time is spent holding the only write lock. On
 * PostgreSQL, where writers do not queue behind one lock, Prisma's createMany does it.
 * Every row must have the same columns; a column undefined in every row gets its database default.
 */
export async function bulkInsert(tx: Tx, model: BulkModel, rows: Record<string, unknown>[], decimalColumns: readonly string[] = []): Promise<void> {
  if (rows.length === 0) return;
  if (env().db.provider !== "sqlite") {
    await (tx[model] as unknown as { createMany(a: { data: object[] }): Promise<unknown> }).createMany({ data: rows });
    return;
  }
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((c) => rows.some((r) => r[c] !== undefined));
  const decimals = new Set(decimalColumns);
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  const params = rows.flatMap((r) => columns.map((c) => sqliteValue(r[c], decimals.has(c))));
  const sql = `INSERT INTO "${TABLES[model]}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${rows.map(() => tuple).join(", ")}`;
  await tx.$executeRawUnsafe(sql, ...params);
}
