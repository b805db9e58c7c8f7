// Migrate, seed (idempotent, never over edits) and make sure the demo accounts exist.
import { createDb, refreshPlannerStatistics } from "../lib/db-client";
import { redactDbUrl } from "../lib/db-url";
import type { Env } from "../lib/env";
import { migrate, preparePostgres, withMigrationLock } from "./db/migrate";
import { seedCuratedData } from "../seed/seed-curated";
import { seedExchangeRates } from "../seed/seed-exchange-rates";
import { applyUpdate20261204, describeUpdate } from "../seed/updates/2026-12-04";
import { ensureDemoUsers, type DemoAccount } from "../seed/demo-users";

export async function prepareDatabase(env: Env, log: (line: string) => void = console.log): Promise<DemoAccount[]> {
  log(`Database: ${redactDbUrl(env.db)}`);
  // The lock below is held on a connection to the database itself: a new PostgreSQL database is created first.
  if (env.db.provider === "postgresql") await preparePostgres(env.db.url, log);
  // One process at a time migrates and seeds (another `npm start` waits here, then finds everything in place);
  // a server already running on the database keeps serving and writing meanwhile.
  return withMigrationLock(env.db, async () => {
    await migrate(env.db, { log });
    const db = createDb(env.db);
    try {
      const created: Record<string, number> = { ...(await seedCuratedData(db)), exchangeRates: await seedExchangeRates(db) };
      const total = Object.values(created).reduce((a, b) => a + b, 0);
      // Data update for databases seeded by an older version (curators' edits left alone).
      const update = describeUpdate(await applyUpdate20261204(db));
      await refreshPlannerStatistics(db, env.db);
      if (update) log(update);
      log(
        total
          ? `Seeded ${total} rows (${Object.entries(created)
              .filter(([, n]) => n)
              .map(([k, n]) => `${k} ${n}`)
              .join(", ")}).`
          : "Seed data already present; nothing to add.",
      );
      return await ensureDemoUsers(db, env as unknown as Record<string, string | undefined>);
    } finally {
      await db.$disconnect();
    }
  });
}

export function formatAccounts(accounts: DemoAccount[]): string {
  const lines = accounts.map(
    (a) => `  ${a.role.padEnd(7)} ${a.email.padEnd(24)} ${a.password ?? "(password unchanged — set " + `GOVATLAS_${a.role}_PASSWORD to reset it)`}`,
  );
  return ["Demo accounts:", ...lines].join("\n");
}

if (process.argv[1]?.endsWith("prepare-db.ts")) {
  const { parseEnv } = await import("../lib/env");
  try {
    const env = parseEnv(process.env);
    console.log(formatAccounts(await prepareDatabase(env)));
  } catch (error) {
    console.error(`GovAtlas: ${(error as Error).message}`);
    process.exit(1);
  }
}
