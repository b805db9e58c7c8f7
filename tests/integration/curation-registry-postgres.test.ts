// The curation engine on every entity of the registry, on PostgreSQL (npm test starts a throwaway cluster and sets
// TEST_PG_URL): the same suite as curation-registry.test.ts (SQLite), on its own database created and dropped here.
import { afterAll, beforeAll, beforeEach, vi } from "vitest";
import pg from "pg";
import type { Db } from "@/lib/db-client";
import type { TestUsers } from "../support/test-db";
import { registryEngineSuite } from "./curation-registry-suite";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/auth", () => ({
  auth: async () => (session.userId ? { user: { id: session.userId } } : null),
  clientIp: async () => "198.51.100.9",
}));

const base = process.env.TEST_PG_URL;
const dbName = `govatlas_registry_${process.pid}_${Date.now()}`;
if (base) process.env.DATABASE_URL = Object.assign(new URL(base), { pathname: `/${dbName}` }).toString();

let db: Db;
let users: TestUsers;
let engine: typeof import("@/lib/mutations/curated/engine");

beforeAll(async () => {
  if (!base) throw new Error("TEST_PG_URL is not set: run the tests with `npm test`, which starts a PostgreSQL server.");
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  await admin.end();
  const { prepareTestDb } = await import("../support/test-db");
  ({ db, users } = await prepareTestDb(process.env.DATABASE_URL!));
  engine = await import("@/lib/mutations/curated/engine");
}, 300_000); // migrating and seeding a PostgreSQL database takes minutes on a busy machine

afterAll(async () => {
  await db?.$disconnect();
  const { db: appDb } = await import("@/lib/db");
  await appDb().$disconnect();
  if (!base) return;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await admin.end();
});

beforeEach(() => {
  session.userId = null;
});
const as = (role: keyof TestUsers | null) => {
  session.userId = role ? users[role].id : null;
};

registryEngineSuite(() => ({ db, users, engine, as, ip: "198.51.100.9" }));
