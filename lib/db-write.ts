import "server-only";
// Write transactions for every mutation: one place that says how long a write may wait and what "busy" means.
// On SQLite the adapter (lib/sqlite-adapter.ts) starts each transaction with BEGIN IMMEDIATE and waits for the
// write lock; on PostgreSQL nothing changes but the wait for a pooled connection.
import { db } from "./db";
import type { Tx } from "./db-client";
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
