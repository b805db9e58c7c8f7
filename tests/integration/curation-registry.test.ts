// The curation engine on every entity of the registry (lib/curation/registry), against a real SQLite database:
// create (with its revision and audit row), update with a version check (a stale version is a conflict that
// changes nothing), an editor's draft of a published record that an admin then publishes, and a refused action
// that changes nothing. The values are a seeded record's own form values (its definition's toInput), so every
// stored seed row also round-trips through its entity's schema. Self-contained: only the session is stubbed.
import { afterAll, beforeAll, beforeEach, vi } from "vitest";
import { prepareTestDb, useTempDatabaseUrl, type TestUsers } from "../support/test-db";
import type { Db } from "@/lib/db-client";
import { registryEngineSuite } from "./curation-registry-suite";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/auth", () => ({
  auth: async () => (session.userId ? { user: { id: session.userId } } : null),
  clientIp: async () => "203.0.113.9",
}));

const url = useTempDatabaseUrl();
let db: Db;
let users: TestUsers;
let engine: typeof import("@/lib/mutations/curated/engine");

beforeAll(async () => {
  ({ db, users } = await prepareTestDb(url));
  engine = await import("@/lib/mutations/curated/engine");
});
afterAll(async () => {
  await db.$disconnect();
});
beforeEach(() => {
  session.userId = null;
});
const as = (role: keyof TestUsers | null) => {
  session.userId = role ? users[role].id : null;
};

registryEngineSuite(() => ({ db, users, engine, as, ip: "203.0.113.9" }));
