import "server-only";
import { createDb, type Db } from "./db-client";
import { env } from "./env";

// One client per process (kept on globalThis so that dev-mode reloads do not open new connections).
const globalForDb = globalThis as unknown as { govatlasDb?: Db };

export function db(): Db {
  globalForDb.govatlasDb ??= createDb(env().db);
  return globalForDb.govatlasDb;
}
