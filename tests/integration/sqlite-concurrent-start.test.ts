// Two `npm start` at once on a new SQLite file (their database step: migrate + seed, as separate processes):
// before, both ran the migrations and the seed; now one does it and the other waits, then finds it all in place.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function prepareDb(databaseUrl: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["scripts/prepare-db.ts"], {
      cwd: root,
      env: { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl, AUTH_SECRET: "x".repeat(40), GOVATLAS_ADMIN_PASSWORD: "concurrent-admin-pw" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("exit", (status) => resolve({ status, stdout, stderr }));
  });
}

describe("two starts at once on one SQLite file", () => {
  it("migrates and seeds once; the other start waits and adds nothing", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "govatlas-start-")), "app.db");
    const [a, b] = await Promise.all([prepareDb(`file:${file}`), prepareDb(`file:${file}`)]);
    expect([a.status, b.status], a.stderr + b.stderr).toEqual([0, 0]);
    const outputs = [a.stdout, b.stdout];
    expect(outputs.filter((o) => /Applied migration/.test(o))).toHaveLength(1);
    expect(outputs.filter((o) => /Seeded \d+ rows/.test(o))).toHaveLength(1);
    expect(outputs.filter((o) => o.includes("Database is up to date") && o.includes("Seed data already present; nothing to add."))).toHaveLength(1);

    const sqlite = new Database(file, { readonly: true });
    try {
      const seeded = (name: string) => Number(new RegExp(`${name} (\\d+)`).exec(outputs.join("\n"))![1]);
      const count = (table: string) => (sqlite.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
      expect(count("InvestmentFigure")).toBe(seeded("investments"));
      expect(count("ExchangeRate")).toBe(seeded("exchangeRates"));
      expect((sqlite.prepare(`SELECT COUNT(*) AS n FROM "User" WHERE email = 'admin@govatlas.local'`).get() as { n: number }).n).toBe(1);
      const folders = readdirSync(path.join(root, "prisma/migrations"), { withFileTypes: true }).filter((d) => d.isDirectory()).length;
      expect(count("_prisma_migrations")).toBe(folders);
      expect(sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    } finally {
      sqlite.close();
    }
  }, 180_000);
});
