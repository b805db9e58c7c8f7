// A fresh, migrated and seeded SQLite database for integration tests, plus one user per role.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDb, type Db } from "@/lib/db-client";
import { resolveDbTarget } from "@/lib/db-url";
import { hashPassword } from "@/lib/auth/password";
import { migrate } from "../../scripts/db/migrate";
import { seedCuratedData } from "../../seed/seed-curated";
import { seedExchangeRates } from "../../seed/seed-exchange-rates";

export type TestUsers = Record<"ADMIN" | "EDITOR" | "VIEWER", { id: string; email: string }>;

/** Call before importing any module that reads DATABASE_URL (lib/db.ts reads it once). */
export function useTempDatabaseUrl(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "govatlas-it-"));
  const url = `file:${path.join(dir, "test.db")}`;
  process.env.DATABASE_URL = url;
  return url;
}

export async function prepareTestDb(url: string): Promise<{ db: Db; users: TestUsers }> {
  const target = resolveDbTarget(url);
  await migrate(target, { log: () => {} });
  const db = createDb(target);
  await seedCuratedData(db);
  await seedExchangeRates(db);
  const hash = await hashPassword("integration-test-password");
  const users = {} as TestUsers;
  for (const role of ["ADMIN", "EDITOR", "VIEWER"] as const) {
    const email = `${role.toLowerCase()}@test.local`;
    const u = await db.user.create({ data: { email, name: `Test ${role}`, role, passwordHash: hash } });
    users[role] = { id: u.id, email };
  }
  return { db, users };
}
