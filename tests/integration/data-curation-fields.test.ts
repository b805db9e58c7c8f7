// Curators edit the fields added for the update of 2026-12-04 through the same engine the forms and the JSON API use:
// parent jurisdictions, whose money a figure is, Chinese notes, last-checked dates, dated assessments and
// superseded milestones; and a seeded row's first revision restores its original values.
import { describe, expect, it, vi } from "vitest";
import { signIn } from "./support/auth-stub";
import { useTempDatabase } from "./support/database";

vi.mock("@/lib/auth/auth", () => import("./support/auth-stub"));

const { db, users } = await useTempDatabase();
const engine = await import("@/lib/mutations/curated/engine");
const adapters = await import("@/lib/mutations/curated/adapters");
signIn(users.ADMIN);

async function formValues(entity: "investmentFigures" | "milestones" | "jurisdictions", id: string) {
  const include = adapters.ADAPTERS[entity].include;
  const row = await (db as unknown as Record<string, { findUniqueOrThrow(a: object): Promise<Record<string, unknown>> }>)[
    adapters.ADAPTERS[entity].model
  ].findUniqueOrThrow({ where: { id }, include });
  return { row, values: adapters.ADAPTERS[entity].toInput(row as never) as Record<string, unknown> };
}

describe("new fields through the curation engine", () => {
  it("creates a state under its country, and refuses a state without one", async () => {
    const base = { code: "US-WA", nameEn: "Washington", nameZh: "美国华盛顿州", kind: "SUBNATIONAL", confidence: "LOW", sourceKeys: ["R6"] };
    expect(await engine.createEntity("jurisdictions", base, { publish: true })).toMatchObject({
      ok: false,
      fieldErrors: { parentCode: "A sub-national jurisdiction needs its country." },
    });
    const created = await engine.createEntity("jurisdictions", { ...base, parentCode: "US", lastCheckedOn: "2026-12-04" }, { publish: true });
    expect(created).toMatchObject({ ok: true });
    const stored = await db.jurisdiction.findUniqueOrThrow({ where: { code: "US-WA" }, include: { parent: { select: { code: true } } } });
    expect(stored).toMatchObject({ kind: "SUBNATIONAL", parent: { code: "US" }, lastCheckedOn: new Date("2026-12-04T00:00:00Z") });
    expect(await engine.createEntity("jurisdictions", { ...base, code: "US-OR", parentCode: "US-ZZ" }, { publish: true })).toMatchObject({
      ok: false,
      fieldErrors: { parentCode: "Unknown jurisdiction: US-ZZ." },
    });
  });

  it("edits whose money a figure is and its Chinese notes, and never lets a private initiative be public money", async () => {
    const target = await db.investmentFigure.findUniqueOrThrow({ where: { slug: "eu-supercomputing-ai-factories-2021-2027" } });
    const { values } = await formValues("investmentFigures", target.id);
    expect(values).toMatchObject({ funding: "PUBLIC", measureZh: expect.stringMatching(/超级计算/) });
    const refused = await engine.updateEntity("investmentFigures", target.id, target.version, { ...values, category: "PRIVATE_INITIATIVE", funding: "PUBLIC" });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { funding: expect.stringMatching(/not public money/) } });
    const saved = await engine.updateEntity("investmentFigures", target.id, target.version, {
      ...values,
      funding: "MIXED",
      noteZh: "测试备注",
      lastCheckedOn: "2026-12-05",
    });
    expect(saved).toMatchObject({ ok: true, pendingDraft: false });
    expect(await db.investmentFigure.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      funding: "MIXED",
      noteZh: "测试备注",
      lastCheckedOn: new Date("2026-12-05T00:00:00Z"),
    });
  });

  it("marks a milestone superseded by another instrument, and wants the date and a note with it", async () => {
    const milestone = await db.milestone.findFirstOrThrow({ where: { instrument: { slug: "eu-ai-act" }, date: new Date("2025-02-02T00:00:00Z") } });
    const { values } = await formValues("milestones", milestone.id);
    expect(values).toMatchObject({ supersededOn: null, supersededBySlug: null });
    const incomplete = await engine.updateEntity("milestones", milestone.id, milestone.version, { ...values, supersededBySlug: "eu-digital-omnibus-ai" });
    expect(incomplete).toMatchObject({ ok: false, fieldErrors: { supersededOn: expect.any(String), supersededNoteEn: expect.any(String) } });
    const saved = await engine.updateEntity("milestones", milestone.id, milestone.version, {
      ...values,
      supersededBySlug: "eu-digital-omnibus-ai",
      supersededOn: "2026-06-29",
      supersededNoteEn: "Test note",
      supersededNoteZh: "测试",
    });
    expect(saved).toMatchObject({ ok: true });
    const stored = await db.milestone.findUniqueOrThrow({ where: { id: milestone.id }, include: { supersededBy: { select: { slug: true } } } });
    expect(stored).toMatchObject({ supersededBy: { slug: "eu-digital-omnibus-ai" }, supersededNoteEn: "Test note" });
  });

  it("adds a dated assessment beside the existing coding of the same dimension", async () => {
    const before = await db.assessment.count({ where: { jurisdiction: { code: "UK" }, dimension: { key: "stance" } } });
    const created = await engine.createEntity(
      "assessments",
      {
        jurisdictionCode: "UK",
        dimensionKey: "stance",
        level: 1,
        labelEn: "Test coding",
        asOf: "2026-12-04",
        since: "2026-05-13",
        confidence: "LOW",
        sourceKeys: ["U40"],
      },
      { publish: true },
    );
    expect(created).toMatchObject({ ok: true });
    const codings = await db.assessment.findMany({ where: { jurisdiction: { code: "UK" }, dimension: { key: "stance" } }, orderBy: { since: "asc" } });
    expect(codings).toHaveLength(before + 1);
    expect(codings.map((a) => a.since?.toISOString().slice(0, 10) ?? null)).toEqual([null, "2026-05-13"]);
  });

  it("restores a seeded row's original values from its first revision (written by the seed)", async () => {
    const figure = await db.investmentFigure.findUniqueOrThrow({ where: { slug: "stargate-jv" } });
    const [first] = await db.revision.findMany({ where: { entityType: "investmentFigures", entityId: figure.id }, orderBy: { createdAt: "asc" } });
    expect(first).toMatchObject({ action: "create", version: 1 });
    const { values } = await formValues("investmentFigures", figure.id);
    const edited = await engine.updateEntity("investmentFigures", figure.id, figure.version, { ...values, amount: "1", note: "vandalised" });
    expect(edited).toMatchObject({ ok: true });
    const restored = await engine.restoreRevision("investmentFigures", figure.id, first.id, figure.version + 1);
    expect(restored).toMatchObject({ ok: true });
    const after = await db.investmentFigure.findUniqueOrThrow({ where: { id: figure.id } });
    expect(after.amount?.toFixed(0)).toBe("500000000000");
    expect(after).toMatchObject({ category: "PRIVATE_INITIATIVE", funding: "PRIVATE", note: figure.note });
  });
});
