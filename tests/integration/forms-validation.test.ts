// What the curation form sends reaches the database exactly (an amount typed as "200" + billion), and bad input
// comes back as field errors with nothing written (the server runs the same schema as the form).
import { describe, expect, it, vi } from "vitest";
import { signIn } from "./support/auth-stub";
import { useTempDatabase } from "./support/database";
import { toFullUnits } from "@/lib/validations/amount-units";

const page = vi.hoisted(() => ({ locale: null as string | null }));
// The page's language, as next-intl's proxy puts it on a server action's request (lib/errors/request-locale.ts).
vi.mock("next/headers", () => ({
  headers: async () => new Headers(page.locale ? { "x-next-intl-locale": page.locale } : {}),
}));
vi.mock("@/lib/auth/auth", () => import("./support/auth-stub"));

const { db, users } = await useTempDatabase();
const engine = await import("@/lib/mutations/curated/engine");

const figure = (overrides: Record<string, unknown> = {}) => ({
  slug: `form-figure-${Math.random().toString(36).slice(2, 8)}`,
  actorName: "Test Fund",
  actorType: "GOVERNMENT",
  category: "PUBLIC_INITIATIVE",
  measure: "Programme",
  amount: toFullUnits("200", "1000000000"),
  currency: "EUR",
  qualifier: "MORE_THAN",
  periodType: "MULTI_YEAR",
  periodLabel: "2025–2030",
  kind: "PLEDGE",
  confidence: "HIGH",
  lastCheckedOn: "2026-01-15",
  sourceKeys: ["R6"],
  ...overrides,
});

describe("curation form input on the server", () => {
  it("stores an amount typed as 200 billion exactly, with its last-checked date", async () => {
    signIn(users.EDITOR);
    const input = figure();
    const r = await engine.createEntity("investmentFigures", input);
    expect(r).toMatchObject({ ok: true });
    const row = await db.investmentFigure.findUniqueOrThrow({ where: { slug: input.slug }, select: { amount: true, qualifier: true, lastCheckedOn: true } });
    expect(row.amount?.toString()).toBe("200000000000");
    expect(row.qualifier).toBe("MORE_THAN");
    expect(row.lastCheckedOn?.toISOString().slice(0, 10)).toBe("2026-01-15");
  });

  it("refuses a future last-checked date and a malformed amount next to the fields, writing nothing", async () => {
    signIn(users.EDITOR);
    const before = { figures: await db.investmentFigure.count(), audit: await db.auditLog.count() };
    const future = new Date(Date.now() + 5 * 864e5).toISOString().slice(0, 10);
    const input = figure({ lastCheckedOn: future, amount: "200 billion" });
    const r = await engine.createEntity("investmentFigures", input);
    expect(r).toMatchObject({ ok: false, code: "invalid" });
    if (r.ok) throw new Error("expected a refusal");
    expect(r.fieldErrors).toMatchObject({ lastCheckedOn: "Cannot be in the future.", amount: expect.stringContaining("A positive number in full units") });
    // The same refusal on a /zh page: message and field errors from the Chinese catalog.
    page.locale = "zh";
    const zh = await engine.createEntity("investmentFigures", input);
    page.locale = null;
    expect(zh).toMatchObject({
      ok: false,
      code: "invalid",
      message: "部分字段需要修改。",
      fieldErrors: { lastCheckedOn: "不能是将来的日期。", amount: "请输入以完整单位表示的正数，例如 28100000000（不含逗号或字母）。" },
    });
    expect(await db.investmentFigure.count()).toBe(before.figures);
    expect(await db.auditLog.count()).toBe(before.audit);
    expect(await db.investmentFigure.findUnique({ where: { slug: input.slug } })).toBeNull();
  });

  it("accepts today as a last-checked date for every entity that has one (a jurisdiction here)", async () => {
    signIn(users.ADMIN);
    const eu = await db.jurisdiction.findUniqueOrThrow({ where: { code: "EU" }, select: { id: true } });
    const { getEditableRecord } = await import("@/lib/queries/curation");
    const record = await getEditableRecord({ id: users.ADMIN.id, email: users.ADMIN.email, name: "Test ADMIN", role: "ADMIN" }, "jurisdictions", eu.id);
    const today = new Date().toISOString().slice(0, 10);
    const r = await engine.updateEntity("jurisdictions", eu.id, record!.version, { ...record!.published, lastCheckedOn: today });
    expect(r).toMatchObject({ ok: true });
    const row = await db.jurisdiction.findUniqueOrThrow({ where: { id: eu.id }, select: { lastCheckedOn: true } });
    expect(row.lastCheckedOn?.toISOString().slice(0, 10)).toBe(today);
  });
});
