// `npm run db:new-migration <name>` after changing prisma/schema.prisma: regenerates the PostgreSQL schema
// and both clients, then writes `<YYYYMMDDHHMMSS>_<name>/migration.sql` for each provider whose migrations no
// longer produce the schema. Nothing is written when the schema is unchanged.
// PostgreSQL diffs need a server: MIGRATION_PG_URL, or a throwaway cluster started for the occasion.
// check-drift.ts reuses `pendingSchemaChange`, so CI checks exactly what this script would write.
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { redactDbUrl } from "../../lib/db-url.ts";
import {
  engineErrorMessage,
  layout,
  lockfileContent,
  noFilters,
  openEngine,
  pgErrorText,
  readMigrations,
  readSchema,
  root,
  type Connection,
  type Provider,
  type SchemaFile,
} from "./engine.ts";

/**
 * Replays a migrations folder onto an empty scratch database and returns the SQL that would bring it to
 * `schema` ("" when the migrations already produce it). The engine's own shadow database does not work with
 * driver adapters on SQLite, hence the scratch database. PostgreSQL needs `pgAdminUrl`, a server on which
 * a temporary database may be created and dropped.
 */
export async function pendingSchemaChange(provider: Provider, schema: SchemaFile, pgAdminUrl?: string): Promise<string> {
  return withScratchDatabase(provider, pgAdminUrl, async (conn) => {
    const { engine, close } = await openEngine(conn, schema);
    try {
      await engine.applyMigrations({ migrationsList: readMigrations(layout[provider].migrations), filters: noFilters });
      const datasource = { tag: "schemaDatasource" as const, files: [schema], configDir: path.dirname(schema.path) };
      const to = { tag: "schemaDatamodel" as const, files: [schema] };
      const diff = await engine.diff({ from: datasource, to, script: true, exitCode: true, filters: noFilters });
      return diff.exitCode === 2 ? (diff.stdout ?? "") : "";
    } catch (error) {
      throw new Error(`${path.relative(root, layout[provider].migrations)}: ${engineErrorMessage(error)}`);
    } finally {
      await close();
    }
  });
}

async function withScratchDatabase<T>(provider: Provider, pgAdminUrl: string | undefined, fn: (conn: Connection) => Promise<T>): Promise<T> {
  if (provider === "sqlite") {
    const dir = mkdtempSync(path.join(os.tmpdir(), "govatlas-scratch-"));
    try {
      return await fn({ provider, file: path.join(dir, "scratch.db") });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (!pgAdminUrl) throw new Error("a PostgreSQL server URL is needed for the PostgreSQL migrations");
  const name = `govatlas_scratch_${randomUUID().replaceAll("-", "")}`;
  const admin = new pg.Client({ connectionString: pgAdminUrl, connectionTimeoutMillis: 10_000 });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
  } catch (error) {
    await admin.end().catch(() => {});
    const server = redactDbUrl({ provider: "postgresql", url: pgAdminUrl });
    throw new Error(`cannot create a scratch database on ${server}: ${pgErrorText(error)}`);
  }
  try {
    const url = new URL(pgAdminUrl);
    url.pathname = `/${name}`;
    return await fn({ provider, url: url.toString() });
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
    await admin.end().catch(() => {});
  }
}

/**
 * Runs `fn` with the URL of a PostgreSQL server that scratch databases may be created on: MIGRATION_PG_URL
 * if set, else a private throwaway cluster (scripts/pg/cluster.sh) that is stopped and deleted afterwards.
 */
export async function withPgServer<T>(fn: (adminUrl: string) => Promise<T>): Promise<T> {
  const fromEnv = process.env.MIGRATION_PG_URL?.trim();
  if (fromEnv) return fn(fromEnv);
  const script = path.join(root, "scripts/pg/cluster.sh");
  const dir = mkdtempSync(path.join(os.tmpdir(), "govatlas-pg-"));
  let url: string;
  try {
    const port = await freePort();
    url = execFileSync("bash", [script, "start", dir, String(port)], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    }).trim();
  } catch {
    rmSync(dir, { recursive: true, force: true });
    throw new Error("could not start a throwaway PostgreSQL cluster (set MIGRATION_PG_URL to use an existing server)");
  }
  try {
    return await fn(url);
  } finally {
    execFileSync("bash", [script, "stop", dir], { stdio: ["ignore", "ignore", "inherit"] });
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Prisma's own folder naming: UTC timestamp, then the name in snake case. */
export function migrationFolderName(name: string, now = new Date()): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (!slug) throw new Error("give the migration a name, e.g. `npm run db:new-migration add_deck_owner`");
  const stamp = now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
  return `${stamp}_${slug}`;
}

export async function newMigration(name: string): Promise<string[]> {
  const folder = migrationFolderName(name);
  execFileSync(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "scripts/db/generate.ts")], {
    cwd: root,
    stdio: "inherit",
  });

  const changes: Record<Provider, string> = {
    sqlite: await pendingSchemaChange("sqlite", readSchema("sqlite")),
    postgresql: await withPgServer((url) => pendingSchemaChange("postgresql", readSchema("postgresql"), url)),
  };

  const written: string[] = [];
  for (const provider of ["sqlite", "postgresql"] as const) {
    const sql = changes[provider];
    const dir = layout[provider].migrations;
    if (!sql) continue;
    const existing = readMigrations(dir).migrationDirectories.map((d) => d.path);
    const last = existing.at(-1);
    // The engine applies folders in name order: a new one must sort last (guards against clock skew).
    if (last !== undefined && last >= folder) {
      throw new Error(`${folder} would not sort after the existing migration ${last}; check the system clock`);
    }
    mkdirSync(path.join(dir, folder), { recursive: true });
    writeFileSync(path.join(dir, folder, "migration.sql"), sql);
    const lockPath = path.join(dir, "migration_lock.toml");
    if (!existsSync(lockPath)) writeFileSync(lockPath, lockfileContent(provider));
    written.push(path.relative(root, path.join(dir, folder, "migration.sql")));
  }
  return written;
}

const isCli = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isCli) {
  newMigration(process.argv.slice(2).join(" "))
    .then((written) => {
      if (written.length === 0) console.log("No schema changes: the migrations already produce prisma/schema.prisma.");
      for (const file of written) console.log(`Wrote ${file}`);
      if (written.length === 1) console.log("Only one provider changed: check that both schemas are in sync.");
    })
    .catch((error: unknown) => {
      console.error(`db:new-migration: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    })
    .finally(() => process.exit()); // the wasm engine leaves timers behind; see migrate.ts
}
