// Applies the SQLite migrations to a fresh temporary database through the same code path as `npm run db:migrate`.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { layout, readMigrations } from "../../scripts/db/engine.ts";
import { migrate } from "../../scripts/db/migrate.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "govatlas-migrations-test-"));
// A folder that does not exist yet: migrate() must create it.
const file = path.join(dir, "nested", "test.db");
const target = { provider: "sqlite" as const, url: `file:${file}`, file };
const migrationNames = readMigrations(layout.sqlite.migrations).migrationDirectories.map((d) => d.path);

function query<T>(sql: string): T[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

describe("SQLite migrations", () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("apply every migration to an empty database", async () => {
    const lines: string[] = [];
    const applied = await migrate(target, { log: (line) => lines.push(line) });

    expect(migrationNames.length).toBeGreaterThan(0);
    expect(applied).toEqual(migrationNames);
    expect(lines).toEqual(migrationNames.map((name) => `Applied migration ${name}`));

    const tables = query<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").map((t) => t.name);
    const models = [...readFileSync(layout.sqlite.schema, "utf8").matchAll(/^model (\w+) \{/gm)].map((m) => m[1]);
    expect(models.length).toBeGreaterThan(0);
    expect(tables).toEqual(expect.arrayContaining([...models, "_prisma_migrations"]));
    expect(query<{ journal_mode: string }>("PRAGMA journal_mode")[0]?.journal_mode).toBe("wal");
  }, 60_000);

  it("record each migration as `prisma migrate deploy` would (sha256 of migration.sql)", () => {
    const rows = query<{ migration_name: string; checksum: string; finished_at: string | null }>(
      "SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name",
    );
    expect(rows.map((r) => r.migration_name)).toEqual(migrationNames);
    for (const row of rows) {
      const sql = readFileSync(path.join(layout.sqlite.migrations, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
    }
  });

  it("apply nothing the second time", async () => {
    const lines: string[] = [];
    const applied = await migrate(target, { log: (line) => lines.push(line) });
    expect(applied).toEqual([]);
    expect(lines).toEqual(["Database is up to date"]);
    expect(query("SELECT * FROM _prisma_migrations")).toHaveLength(migrationNames.length);
  }, 60_000);
});
