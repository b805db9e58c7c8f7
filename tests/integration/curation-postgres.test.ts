// The curation engine on PostgreSQL (npm test starts a throwaway cluster and sets TEST_PG_URL): parallel saves,
// where PostgreSQL's row locking rather than SQLite's single writer decides who wins.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import pg from "pg";
import type { Db } from "@/lib/db-client";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/auth", () => ({
  auth: async () => (session.userId ? { user: { id: session.userId } } : null),
  clientIp: async () => "198.51.100.4",
}));

const base = process.env.TEST_PG_URL;
const dbName = `govatlas_curation_${process.pid}_${Date.now()}`;
if (base) process.env.DATABASE_URL = Object.assign(new URL(base), { pathname: `/${dbName}` }).toString();

let db: Db;
let adminId: string;
let editorId: string;
let engine: typeof import("@/lib/mutations/curated/engine");

beforeAll(async () => {
  if (!base) throw new Error("TEST_PG_URL is not set: run the tests with `npm test`, which starts a PostgreSQL server.");
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  await admin.end();
  const { prepareTestDb } = await import("../support/test-db");
  const prepared = await prepareTestDb(process.env.DATABASE_URL!);
  db = prepared.db;
  adminId = prepared.users.ADMIN.id;
  editorId = prepared.users.EDITOR.id;
  engine = await import("@/lib/mutations/curated/engine");
});

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

describe("curation on PostgreSQL", () => {
  it("lets exactly one of two parallel saves win and tells the other who saved first", async () => {
    session.userId = adminId;
    const row = await db.investmentFigure.findUniqueOrThrow({ where: { slug: "alphabet-capex-2025" } });
    const values = (amount: string) => ({
      slug: row.slug, actorName: "Alphabet", actorType: "COMPANY", jurisdictionCode: "US", category: "CORPORATE_CAPEX",
      measure: "Total capex (purchases of P&E)", amount, currency: "USD", periodType: "CALENDAR_YEAR", periodStart: 2025,
      periodEnd: 2025, periodLabel: "2025", kind: "ACTUAL", confidence: "MEDIUM", sourceKeys: ["R11"],
    });
    const results = await Promise.all([
      engine.updateEntity("investmentFigures", row.id, row.version, values("91400000001")),
      engine.updateEntity("investmentFigures", row.id, row.version, values("91400000002")),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok) as { code: string; conflict?: { by: string | null; theirs: Record<string, unknown> } };
    expect(loser.code).toBe("conflict");
    expect(loser.conflict?.by).toContain("admin@test.local");
    const stored = (await db.investmentFigure.findUniqueOrThrow({ where: { id: row.id } })).amount!.toString();
    expect(loser.conflict?.theirs.amount).toBe(stored);
    expect(await db.revision.count({ where: { entityId: row.id, action: { not: "create" } } })).toBe(1); // besides the seed's first revision
  });

  it("keeps an editor's change to published data as a draft and publishes it for an admin", async () => {
    const row = await db.investmentFigure.findUniqueOrThrow({ where: { slug: "uk-private-ai-investment-2024" }, include: { jurisdiction: true } });
    session.userId = editorId;
    const values = {
      slug: row.slug, actorName: row.actorName, actorType: row.actorType, jurisdictionCode: "UK", category: row.category, measure: row.measure,
      amount: "4600000000", currency: "USD", periodType: row.periodType, periodStart: 2024, periodEnd: 2024, periodLabel: "2024",
      kind: row.kind, confidence: row.confidence, sourceKeys: ["R6"],
    };
    const saved = await engine.updateEntity("investmentFigures", row.id, row.version, values);
    expect(saved).toMatchObject({ ok: true, pendingDraft: true });
    expect((await db.investmentFigure.findUniqueOrThrow({ where: { id: row.id } })).amount!.toString()).toBe("4500000000");
    session.userId = adminId;
    expect(await engine.publishEntity("investmentFigures", row.id, row.version + 1)).toMatchObject({ ok: true });
    expect((await db.investmentFigure.findUniqueOrThrow({ where: { id: row.id } })).amount!.toString()).toBe("4600000000");
  });
});
