// The curation engine against a real (SQLite) database: role × action matrix, drafts and publishing,
// conflicts, revisions and restore, audit rows, and bad input. Only the session lookup is stubbed, to choose
// the acting user; the role check itself re-reads the user from the database as in production.
import { describe, expect, it, vi } from "vitest";
import { actingAs } from "./support/auth-stub";
import { useTempDatabase } from "./support/database";
import { capexFigureInput } from "../support/figure-input";

vi.mock("@/lib/auth/auth", () => import("./support/auth-stub"));

const { db, users } = await useTempDatabase();
const engine = await import("@/lib/mutations/curated/engine");
const as = actingAs(users);

const figureInput = (overrides: Record<string, unknown> = {}) =>
  capexFigureInput({
    slug: `test-figure-${Math.random().toString(36).slice(2, 8)}`,
    jurisdictionCode: "US",
    actorName: "Test Co",
    amount: "12000000000",
    ...overrides,
  });

async function figureState(slug: string) {
  return db.investmentFigure.findUnique({ where: { slug }, select: { amount: true, version: true, publication: true, draft: true, deletedAt: true } });
}

describe("role × action matrix", () => {
  it("refuses anonymous users and viewers every write, leaving the database unchanged", async () => {
    const target = await db.investmentFigure.findUniqueOrThrow({ where: { slug: "amazon-capex-2024" } });
    const before = { figures: await db.investmentFigure.count(), revisions: await db.revision.count(), audit: await db.auditLog.count(), target };
    for (const role of [null, "VIEWER"] as const) {
      as(role);
      const expected = role ? "forbidden" : "unauthorized";
      const results = [
        await engine.createEntity("investmentFigures", figureInput()),
        await engine.createEntity("investmentFigures", figureInput(), { publish: true }),
        await engine.updateEntity("investmentFigures", target.id, target.version, figureInput({ slug: target.slug })),
        await engine.publishEntity("investmentFigures", target.id, target.version),
        await engine.deleteEntity("investmentFigures", target.id, target.version),
        await engine.restoreRevision("investmentFigures", target.id, "x", target.version),
      ];
      for (const r of results) expect(r).toMatchObject({ ok: false, code: expected });
    }
    expect(await db.investmentFigure.count()).toBe(before.figures);
    expect(await db.revision.count()).toBe(before.revisions);
    expect(await db.auditLog.count()).toBe(before.audit);
    expect(await db.investmentFigure.findUniqueOrThrow({ where: { slug: "amazon-capex-2024" } })).toEqual(before.target);
  });

  it("lets editors create drafts but not publish, delete or restore", async () => {
    as("EDITOR");
    const input = figureInput();
    const created = await engine.createEntity("investmentFigures", input);
    expect(created).toMatchObject({ ok: true, version: 1 });
    expect((await figureState(input.slug))?.publication).toBe("DRAFT");
    expect(await engine.createEntity("investmentFigures", figureInput(), { publish: true })).toMatchObject({ ok: false, code: "forbidden" });
    const id = (created as { id: string }).id;
    expect(await engine.publishEntity("investmentFigures", id, 1)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await engine.deleteEntity("investmentFigures", id, 1)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await figureState(input.slug)).toMatchObject({ publication: "DRAFT", deletedAt: null, version: 1 });
  });

  it("keeps an editor's change to a published record as a draft until an admin publishes it", async () => {
    const row = await db.investmentFigure.findUniqueOrThrow({ where: { slug: "meta-capex-2025" }, include: { sources: true, jurisdiction: true } });
    as("EDITOR");
    const edited = figureInput({
      slug: row.slug,
      actorName: "Meta",
      amount: "72300000000",
      periodStart: 2025,
      periodEnd: 2025,
      periodLabel: "2025",
      sourceKeys: ["R20"],
    });
    const saved = await engine.updateEntity("investmentFigures", row.id, row.version, edited);
    expect(saved).toMatchObject({ ok: true, pendingDraft: true, version: row.version + 1 });
    const pending = await figureState(row.slug);
    expect(pending?.amount?.toString()).toBe("72220000000"); // public value unchanged
    expect((pending?.draft as { amount: string }).amount).toBe("72300000000");
    as("ADMIN");
    expect(await engine.publishEntity("investmentFigures", row.id, row.version + 1)).toMatchObject({ ok: true, version: row.version + 2 });
    const published = await figureState(row.slug);
    expect(published?.amount?.toString()).toBe("72300000000");
    expect(published?.draft).toBeNull();
  });
});

describe("conflicts", () => {
  it("lets exactly one of two parallel saves of the same version win; the other gets who and what", async () => {
    as("ADMIN");
    const row = await db.investmentFigure.findUniqueOrThrow({ where: { slug: "alphabet-capex-2024" } });
    const a = figureInput({ slug: row.slug, actorName: "Alphabet", amount: "52500000001", sourceKeys: ["R11"] });
    const b = figureInput({ slug: row.slug, actorName: "Alphabet", amount: "52500000002", sourceKeys: ["R11"] });
    const results = await Promise.all([
      engine.updateEntity("investmentFigures", row.id, row.version, a),
      engine.updateEntity("investmentFigures", row.id, row.version, b),
    ]);
    const winners = results.filter((r) => r.ok);
    const losers = results.filter((r) => !r.ok);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0]).toMatchObject({ code: "conflict", conflict: { by: expect.stringContaining(users.ADMIN.email), currentVersion: row.version + 1 } });
    const stored = (await figureState(row.slug))!.amount!.toString();
    expect(["52500000001", "52500000002"]).toContain(stored);
    expect((losers[0] as { conflict?: { theirs: Record<string, unknown> } }).conflict?.theirs.amount).toBe(stored);
    expect(await db.revision.count({ where: { entityId: row.id, action: "update" } })).toBe(1);
  });
});

describe("revisions, restore and audit", () => {
  it("snapshots every change and restores an old version as a new revision", async () => {
    as("ADMIN");
    const input = figureInput({ amount: "1000000000" });
    const created = (await engine.createEntity("investmentFigures", input, { publish: true })) as { id: string; version: number };
    await engine.updateEntity("investmentFigures", created.id, 1, { ...input, amount: "2000000000" });
    await engine.deleteEntity("investmentFigures", created.id, 2);
    const revisions = await db.revision.findMany({ where: { entityId: created.id }, orderBy: { version: "asc" } });
    expect(revisions.map((r) => [r.version, r.action])).toEqual([
      [1, "create"],
      [2, "update"],
      [3, "delete"],
    ]);
    expect((revisions[0].snapshot as { data: { amount: string } }).data.amount).toBe("1000000000");
    const restored = await engine.restoreRevision("investmentFigures", created.id, revisions[0].id, 3);
    expect(restored).toMatchObject({ ok: true, version: 4 });
    expect(await figureState(input.slug)).toMatchObject({ deletedAt: null, version: 4, publication: "PUBLISHED" });
    expect((await figureState(input.slug))!.amount!.toString()).toBe("1000000000");
    const audit = await db.auditLog.findMany({
      where: { entityId: created.id },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorEmail: true, ip: true },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "investmentFigures.create",
      "investmentFigures.update",
      "investmentFigures.delete",
      "investmentFigures.restore",
    ]);
    expect(audit.every((a) => a.actorEmail === users.ADMIN.email && a.ip === "203.0.113.7")).toBe(true);
  });
});

describe("bad input gets field messages, never an exception", () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ["a negative amount", { amount: "-5" }, "amount"],
    ["an absurd amount", { amount: "99999999999999999" }, "amount"],
    ["a wrong type", { periodStart: "abc" }, "periodStart"],
    ["an unknown currency", { currency: "XYZ" }, "currency"],
    ["a reversed period", { periodType: "MULTI_YEAR", periodStart: 2027, periodEnd: 2024 }, "periodEnd"],
    ["a 10 kB string", { measure: "x".repeat(10_000) }, "measure"],
    ["an unknown field", { hacker: true }, "hacker"],
    ["no source", { sourceKeys: [] }, "sourceKeys"],
    ["an unknown source", { sourceKeys: ["R999"] }, "sourceKeys"],
    ["an invalid date", { reportedOn: "2025-02-30" }, "reportedOn"],
    ["a range with low above high", { amount: null, amountLow: "9", amountHigh: "5" }, "amountHigh"],
  ];
  it.each(cases)("%s", async (_label, overrides, field) => {
    as("ADMIN");
    const before = await db.investmentFigure.count();
    const r = await engine.createEntity("investmentFigures", figureInput(overrides));
    expect(r).toMatchObject({ ok: false, code: "invalid" });
    expect((r as { fieldErrors: Record<string, string> }).fieldErrors[field]).toEqual(expect.any(String));
    expect(await db.investmentFigure.count()).toBe(before);
  });

  it("stores script tags as plain text (rendered escaped by React)", async () => {
    as("ADMIN");
    const input = figureInput({ note: "<script>alert(1)</script>" });
    expect(await engine.createEntity("investmentFigures", input)).toMatchObject({ ok: true });
    expect((await db.investmentFigure.findUniqueOrThrow({ where: { slug: input.slug } })).note).toBe("<script>alert(1)</script>");
  });

  it("rejects a duplicate slug and reversed instrument dates with messages on the fields", async () => {
    as("ADMIN");
    const dup = await engine.createEntity("investmentFigures", figureInput({ slug: "amazon-capex-2024" }));
    expect(dup).toMatchObject({ ok: false, fieldErrors: { slug: "Already used by another record." } });
    const reversed = await engine.createEntity("instruments", {
      slug: "test-instrument",
      jurisdictionCode: "EU",
      titleEn: "Test",
      type: "Regulation",
      status: "IN_FORCE",
      adoptedOn: "2025-05-01",
      effectiveOn: "2024-01-01",
      confidence: "HIGH",
      sourceKeys: ["R1"],
    });
    expect(reversed).toMatchObject({ ok: false, fieldErrors: { effectiveOn: "Cannot be before the adoption date." } });
  });
});
