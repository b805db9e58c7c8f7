// The curation engine on PostgreSQL (npm test starts a throwaway cluster and sets TEST_PG_URL): parallel saves,
// where PostgreSQL's row locking rather than SQLite's single writer decides who wins.
import { describe, expect, it, vi } from "vitest";
import { session } from "./support/auth-stub";
import { useSeededPostgres } from "./support/database";
import { capexFigureInput, sourceKeyList } from "../support/figure-input";

vi.mock("@/lib/auth/auth", () => import("./support/auth-stub"));

const { db, users } = await useSeededPostgres("curation");
const adminId = users.ADMIN.id;
const editorId = users.EDITOR.id;
const engine = await import("@/lib/mutations/curated/engine");

describe("curation on PostgreSQL", () => {
  it("lets exactly one of two parallel saves win and tells the other who saved first", async () => {
    session.userId = adminId;
    const row = await db.investmentFigure.findUniqueOrThrow({ where: { slug: "alphabet-capex-2025" } });
    // Seeded rows start with their "create" revision; the winning save adds exactly one more.
    const revisionsBefore = await db.revision.count({ where: { entityId: row.id } });
    const values = (amount: string) => ({
      slug: row.slug,
      actorName: "Alphabet",
      actorType: "COMPANY",
      jurisdictionCode: "US",
      category: "CORPORATE_CAPEX",
      measure: "Total capex (purchases of P&E)",
      amount,
      currency: "USD",
      periodType: "CALENDAR_YEAR",
      periodStart: 2025,
      periodEnd: 2025,
      periodLabel: "2025",
      kind: "ACTUAL",
      confidence: "MEDIUM",
      sourceKeys: ["R11"],
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
    expect(await db.revision.count({ where: { entityId: row.id } })).toBe(revisionsBefore + 1);
  });

  it("keeps an editor's change to published data as a draft and publishes it for an admin", async () => {
    const row = await db.investmentFigure.findUniqueOrThrow({ where: { slug: "uk-private-ai-investment-2024" }, include: { jurisdiction: true } });
    session.userId = editorId;
    const values = {
      slug: row.slug,
      actorName: row.actorName,
      actorType: row.actorType,
      jurisdictionCode: "UK",
      category: row.category,
      measure: row.measure,
      amount: "4600000000",
      currency: "USD",
      periodType: row.periodType,
      periodStart: 2024,
      periodEnd: 2024,
      periodLabel: "2024",
      kind: row.kind,
      confidence: row.confidence,
      sourceKeys: ["R6"],
    };
    const saved = await engine.updateEntity("investmentFigures", row.id, row.version, values);
    expect(saved).toMatchObject({ ok: true, pendingDraft: true });
    expect((await db.investmentFigure.findUniqueOrThrow({ where: { id: row.id } })).amount!.toString()).toBe("4500000000");
    session.userId = adminId;
    expect(await engine.publishEntity("investmentFigures", row.id, row.version + 1)).toMatchObject({ ok: true });
    expect((await db.investmentFigure.findUniqueOrThrow({ where: { id: row.id } })).amount!.toString()).toBe("4600000000");
  });

  it("commits every one of many parallel writes while a second app connection holds a lock on the table", async () => {
    session.userId = adminId;
    const slugs = Array.from({ length: 40 }, (_, i) => `pg-parallel-${i}-${Date.now()}`);
    const existing = await db.investmentFigure.findMany({ where: { slug: { in: ["amazon-capex-2024", "meta-capex-2024"] } } });
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    // `db` is a second Prisma client (its own pool): it blocks every insert and update for 1.5 s.
    const holder = db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`LOCK TABLE "InvestmentFigure" IN SHARE ROW EXCLUSIVE MODE`);
        locked();
        await new Promise((resolve) => setTimeout(resolve, 1500));
      },
      { timeout: 10_000 },
    );
    await isLocked;
    const started = performance.now();
    const results = await Promise.all([
      ...slugs.map((slug) => engine.createEntity("investmentFigures", { ...figureValues(slug), amount: "1000000" }, { publish: true })),
      ...existing.map((row) =>
        engine.updateEntity("investmentFigures", row.id, row.version, {
          ...figureValues(row.slug),
          actorName: row.actorName,
          amount: "123456789",
          periodStart: row.periodStart,
          periodEnd: row.periodEnd,
          periodLabel: row.periodLabel,
        }),
      ),
    ]);
    await holder;
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(performance.now() - started).toBeGreaterThan(1000);
    const stored = await db.investmentFigure.findMany({ where: { slug: { in: slugs } }, select: { id: true } });
    expect(stored).toHaveLength(slugs.length);
    const ids = stored.map((s) => s.id);
    expect(await db.revision.count({ where: { entityId: { in: ids } } })).toBe(slugs.length);
    expect(await db.auditLog.count({ where: { entityId: { in: ids }, action: "investmentFigures.create" } })).toBe(slugs.length);
    for (const row of existing) {
      const after = await db.investmentFigure.findUniqueOrThrow({ where: { id: row.id } });
      expect([after.amount?.toString(), after.version]).toEqual(["123456789", row.version + 1]);
    }
  });

  it("refuses an amount with more than 15 significant digits, as on SQLite, and keeps 15 exactly", async () => {
    session.userId = adminId;
    const refused = await engine.createEntity("investmentFigures", figureValues(`pg-decimal-a-${Date.now()}`, "28100000000.123456"));
    expect((refused as { fieldErrors?: Record<string, string> }).fieldErrors?.amount).toMatch(/15 significant digits/);
    const slug = `pg-decimal-b-${Date.now()}`;
    expect(await engine.createEntity("investmentFigures", figureValues(slug, "28100000000.1234"))).toMatchObject({ ok: true });
    expect((await db.investmentFigure.findUniqueOrThrow({ where: { slug } })).amount?.toString()).toBe("28100000000.1234");
  });

  it("imports a CSV batch in one transaction with source links, revisions and audit rows", async () => {
    session.userId = adminId;
    const { importRecords } = await import("@/lib/mutations/curated/import-records");
    const rows = Array.from({ length: 1200 }, (_, i) => ({ ...figureValues(`pg-import-${i}-${Date.now()}`, String(1000 + i)), sourceKeys: ["R6", "R11"] }));
    const result = await importRecords("investmentFigures", { rows: rows.map((cells, i) => ({ row: i + 1, cells })) }, { dryRun: false, publish: true });
    expect(result).toMatchObject({ ok: true, applied: true, preview: { counts: { create: rows.length, error: 0, conflict: 0 } } });
    const stored = await db.investmentFigure.findMany({ where: { slug: { in: rows.map((r) => r.slug) } }, include: { sources: { select: { key: true } } } });
    expect(stored).toHaveLength(rows.length);
    expect(stored.every((f) => sourceKeyList(f.sources) === "R11,R6")).toBe(true);
    expect(await db.revision.count({ where: { entityId: { in: stored.map((s) => s.id) }, action: "create" } })).toBe(rows.length);
    expect(await db.auditLog.count({ where: { action: "investmentFigures.import" } })).toBeGreaterThanOrEqual(1);
  });
});

function figureValues(slug: string, amount = "1000000") {
  return capexFigureInput({ slug, jurisdictionCode: "US", actorName: "Parallel Co", amount });
}
