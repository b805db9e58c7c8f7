// Generates prisma/postgres/schema.prisma from prisma/schema.prisma (the single source of truth) and both
// Prisma clients. `--check` only verifies that the committed PostgreSQL schema matches (used by CI).
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const sqliteSchemaPath = path.join(root, "prisma/schema.prisma");
const pgSchemaPath = path.join(root, "prisma/postgres/schema.prisma");

export function toPostgresSchema(sqliteSchema: string): string {
  const header = "// GENERATED from prisma/schema.prisma by scripts/db/generate.ts — do not edit; run `npm run db:generate`.\n";
  const out = sqliteSchema
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/output\s*=\s*"\.\.\/lib\/generated\/prisma"/, 'output   = "../../lib/generated/prisma-pg"');
  if (out === sqliteSchema) throw new Error("schema.prisma: expected a sqlite datasource and a client output path");
  return header + out;
}

function generateClient(schema: string) {
  execFileSync(path.join(root, "node_modules/.bin/prisma"), ["generate", "--schema", schema], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      // Skip the native engine download (it fails offline); generate never runs it.
      PRISMA_SCHEMA_ENGINE_BINARY: path.join(root, "scripts/db/no-schema-engine.sh"),
    },
  });
}

if (process.argv[1]?.endsWith("generate.ts")) {
  const expected = toPostgresSchema(readFileSync(sqliteSchemaPath, "utf8"));
  if (process.argv.includes("--check")) {
    const actual = existsSync(pgSchemaPath) ? readFileSync(pgSchemaPath, "utf8") : "";
    if (actual !== expected) {
      console.error("prisma/postgres/schema.prisma has drifted from prisma/schema.prisma: run `npm run db:generate`.");
      process.exit(1);
    }
    console.log("PostgreSQL schema matches prisma/schema.prisma.");
  } else {
    writeFileSync(pgSchemaPath, expected);
    generateClient(sqliteSchemaPath);
    generateClient(pgSchemaPath);
    console.log("Generated Prisma clients (SQLite and PostgreSQL).");
  }
}
