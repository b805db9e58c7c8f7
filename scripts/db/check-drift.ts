// CI guard (`npm run db:check`): fails when
//   (a) prisma/postgres/schema.prisma is out of sync with prisma/schema.prisma, or
//   (b) for either provider, the migrations folder applied to an empty database does not produce the schema
//       (someone changed schema.prisma without `npm run db:new-migration <name>`).
// PostgreSQL needs a server: MIGRATION_PG_URL (independent of DATABASE_URL), or a throwaway cluster.
// `--schema PATH` checks another SQLite schema instead of prisma/schema.prisma (to test this script).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { layout, readSchema, root, type SchemaFile } from "./engine.ts";
import { toPostgresSchema } from "./generate.ts";
import { pendingSchemaChange, withPgServer } from "./new-migration.ts";

function pgSchemaInSync(): boolean {
  try {
    execFileSync(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "scripts/db/generate.ts"), "--check"], {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"], // generate.ts explains a mismatch on stderr
    });
    return true;
  } catch {
    return false;
  }
}

/** Returns one message per problem found; empty when everything agrees. */
export async function checkDrift(sqliteSchemaPath = layout.sqlite.schema): Promise<string[]> {
  const problems: string[] = [];
  if (!pgSchemaInSync()) problems.push("prisma/postgres/schema.prisma is out of sync: run `npm run db:generate`.");

  const sqlite: SchemaFile =
    sqliteSchemaPath === layout.sqlite.schema ? readSchema("sqlite") : { path: sqliteSchemaPath, content: readFileSync(sqliteSchemaPath, "utf8") };
  // Derived rather than read, so that (b) holds even when (a) failed and for a --schema override.
  const postgres: SchemaFile = { path: layout.postgresql.schema, content: toPostgresSchema(sqlite.content) };

  const changes = {
    sqlite: await pendingSchemaChange("sqlite", sqlite),
    postgresql: await withPgServer((url) => pendingSchemaChange("postgresql", postgres, url)),
  };
  for (const [provider, sql] of Object.entries(changes)) {
    if (!sql) continue;
    const folder = path.relative(root, layout[provider as keyof typeof changes].migrations);
    const shown = sql
      .trim()
      .split("\n")
      .slice(0, 12)
      .map((line) => `    ${line}`)
      .join("\n");
    problems.push(`${folder} does not produce the schema (missing migration? run \`npm run db:new-migration <name>\`). ` + `The migrations lack:\n${shown}`);
  }
  return problems;
}

const isCli = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isCli) {
  const i = process.argv.indexOf("--schema");
  const schemaArg = i > 0 ? process.argv[i + 1] : undefined;
  checkDrift(schemaArg ? path.resolve(schemaArg) : undefined)
    .then((problems) => {
      for (const problem of problems) console.error(`db:check: ${problem}`);
      if (problems.length > 0) process.exitCode = 1;
      else console.log("Schemas and migrations agree (SQLite and PostgreSQL).");
    })
    .catch((error: unknown) => {
      console.error(`db:check: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    })
    .finally(() => process.exit()); // the wasm engine leaves timers behind; see migrate.ts
}
