// Applies pending migrations to the database named by DATABASE_URL (SQLite by default, PostgreSQL for a
// postgresql:// URL) — `npm run db:migrate`, or `migrate()` from another script such as scripts/start.ts.
// Same folder layout and `_prisma_migrations` bookkeeping as `prisma migrate deploy`.
import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import pg from "pg";
import { redactDbUrl, resolveDbTarget, type DbTarget } from "../../lib/db-url.ts";
import { engineErrorMessage, layout, noFilters, openEngine, pgErrorText, readMigrations, readSchema, root, type Connection } from "./engine.ts";

export type MigrateOptions = { log?: (line: string) => void };

/** Applies what is pending and returns the names of the migrations applied (empty when up to date). */
export async function migrate(target?: DbTarget, options: MigrateOptions = {}): Promise<string[]> {
  const log = options.log ?? ((line: string) => console.log(line));
  const db = target ?? resolveDbTarget(process.env.DATABASE_URL);
  const migrations = readMigrations(layout[db.provider].migrations);
  if (migrations.migrationDirectories.length === 0) {
    throw new Error(`no migrations found in ${path.relative(root, migrations.baseDir)}`);
  }

  if (db.provider === "sqlite") prepareSqliteFile(db.file);
  else await preparePostgres(db.url, log);

  return withMigrationLock(db, async () => {
    // A database that is up to date (the usual case: another `npm start`, a server already running on it) is
    // only read: the schema engine, which writes its bookkeeping, starts only when something is pending.
    if (await isUpToDate(db, migrations)) {
      log("Database is up to date");
      return [];
    }
    return applyPending(db, migrations, log);
  });
}

const LOCK_WAIT_MS = 120_000;
const heldLocks = new Set<string>();

/**
 * Runs `fn` while no other process migrates or seeds the same database: two `npm start` at once take turns, and
 * the second finds the schema and the seed in place. SQLite: an exclusive transaction on a small lock file
 * beside the database (released by SQLite if the process dies); PostgreSQL: an advisory lock. Re-entrant within
 * one process (prepareDatabase holds it around migrate + seed).
 */
export async function withMigrationLock<T>(target: DbTarget, fn: () => Promise<T>): Promise<T> {
  const key = target.provider === "sqlite" ? target.file : target.url;
  if (heldLocks.has(key)) return fn();
  heldLocks.add(key);
  try {
    if (target.provider === "sqlite") {
      mkdirSync(path.dirname(target.file), { recursive: true });
      const lock = new Database(`${target.file}.migrate-lock`, { timeout: LOCK_WAIT_MS });
      try {
        lock.exec("BEGIN EXCLUSIVE");
        return await fn();
      } finally {
        lock.close(); // ends the transaction, releasing the lock
      }
    }
    return await withClient(target.url, async (client) => {
      await client.query(`SET lock_timeout = ${LOCK_WAIT_MS}`);
      await client.query("SELECT pg_advisory_lock(hashtext('govatlas:migrate-and-seed'))");
      try {
        return await fn();
      } finally {
        await client.query("SELECT pg_advisory_unlock(hashtext('govatlas:migrate-and-seed'))").catch(() => {});
      }
    });
  } finally {
    heldLocks.delete(key);
  }
}

type AppliedRow = { migration_name: string; checksum: string; finished_at: unknown; rolled_back_at: unknown };

/** Every migration folder has a finished, not rolled back row with the same checksum (as `migrate deploy` checks). */
async function isUpToDate(target: DbTarget, migrations: ReturnType<typeof readMigrations>): Promise<boolean> {
  const sql = `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`;
  let rows: AppliedRow[];
  try {
    if (target.provider === "sqlite") {
      const sqlite = new Database(target.file, { readonly: true, timeout: LOCK_WAIT_MS });
      try {
        rows = sqlite.prepare(sql).all() as AppliedRow[];
      } finally {
        sqlite.close();
      }
    } else {
      rows = (await withClient(target.url, (client) => client.query<AppliedRow>(sql))).rows;
    }
  } catch {
    return false; // no bookkeeping table yet: a new database
  }
  const applied = new Map(rows.filter((r) => r.finished_at !== null && r.rolled_back_at === null).map((r) => [r.migration_name, r.checksum]));
  return migrations.migrationDirectories.every((dir) => {
    const content = dir.migrationFile.content;
    return content.tag === "ok" && applied.get(dir.path) === createHash("sha256").update(content.value).digest("hex");
  });
}

async function applyPending(db: DbTarget, migrations: ReturnType<typeof readMigrations>, log: (line: string) => void): Promise<string[]> {
  const conn: Connection = db.provider === "sqlite" ? { provider: db.provider, file: db.file } : { provider: db.provider, url: db.url };
  const { engine, close } = await openEngine(conn, readSchema(db.provider));
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: migrations, filters: noFilters });
    for (const name of appliedMigrationNames) log(`Applied migration ${name}`);
    if (appliedMigrationNames.length === 0) log("Database is up to date");
    return appliedMigrationNames;
  } catch (error) {
    throw new Error(`cannot migrate ${redactDbUrl(db)}: ${engineErrorMessage(error)}`);
  } finally {
    await close();
  }
}

function prepareSqliteFile(file: string) {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    // WAL lets the app read while a writer works; the mode is stored in the file, so setting it once suffices.
    const sqlite = new Database(file, { timeout: LOCK_WAIT_MS });
    try {
      sqlite.pragma("journal_mode = WAL");
    } finally {
      sqlite.close();
    }
  } catch (error) {
    throw new Error(`cannot open SQLite database ${file}: ${(error as Error).message}`);
  }
}

/**
 * Fails early with a readable reason, and creates the database if missing (as `prisma migrate deploy` does).
 * Exported for prepareDatabase, which takes the migration lock (a connection to this database) first. Two starts
 * at once may both try to create it: the one that finds it created meanwhile goes on.
 */
export async function preparePostgres(url: string, log: (line: string) => void) {
  const shown = redactDbUrl({ provider: "postgresql", url });
  try {
    await withClient(url, async () => {});
  } catch (error) {
    const database = decodeURIComponent(new URL(url).pathname.slice(1));
    if ((error as { code?: string }).code !== "3D000" || !database) {
      throw new Error(`cannot connect to PostgreSQL at ${shown}: ${pgErrorText(error)}`);
    }
    const admin = new URL(url);
    admin.pathname = "/postgres";
    const create = `CREATE DATABASE "${database.replaceAll('"', '""')}"`;
    try {
      await withClient(admin.toString(), (client) => client.query(create));
    } catch (createError) {
      // 42P04 duplicate_database; 23505: the catalog's unique index when both CREATE DATABASE at the same moment.
      if (["42P04", "23505"].includes((createError as { code?: string }).code ?? "")) return;
      const reason = pgErrorText(createError);
      throw new Error(`database "${database}" is missing at ${shown} and cannot be created: ${reason}`);
    }
    log(`Created PostgreSQL database "${database}"`);
  }
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  client.on("error", () => {}); // a dropped connection surfaces through the query that was running
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

const isCli = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isCli) {
  migrate()
    .catch((error: unknown) => {
      console.error(`db:migrate: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    })
    // The wasm engine never clears its timers (a 10 s one after PostgreSQL work): do not wait for them.
    .finally(() => process.exit());
}
