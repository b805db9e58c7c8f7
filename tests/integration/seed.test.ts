// Seeds a fresh, migrated database (SQLite always; PostgreSQL too when TEST_PG_URL is set, as `npm test` does)
// and checks that seeding is complete, idempotent and never overwrites an edited row.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/db-client";
import { resolveDbTarget, type DbTarget } from "../../lib/db-url";
import { migrate } from "../../scripts/db/migrate";
import { curatedSeed } from "../../seed/data/index";
import { seedCuratedData } from "../../seed/seed-curated";
import { onServer } from "./support/database";

const expected = {
  sources: curatedSeed.sources.length,
  jurisdictions: curatedSeed.jurisdictions.length,
  dimensions: curatedSeed.dimensions.length,
  assessments: curatedSeed.assessments.length,
  instruments: curatedSeed.instruments.length,
  milestones: curatedSeed.instruments.reduce((n, i) => n + (i.milestones?.length ?? 0), 0),
  investments: curatedSeed.investments.length,
  events: curatedSeed.events.length,
  claims: curatedSeed.claims.length,
  experts: curatedSeed.experts.length,
};
const none = Object.fromEntries(Object.keys(expected).map((k) => [k, 0]));

type Backend = { name: string; setUp: () => Promise<DbTarget>; tearDown: () => Promise<void> };

function sqliteBackend(): Backend {
  let dir = "";
  return {
    name: "SQLite",
    setUp: async () => {
      dir = mkdtempSync(path.join(tmpdir(), "govatlas-seed-"));
      return resolveDbTarget(`file:${path.join(dir, "seed.db")}`);
    },
    tearDown: async () => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgresBackend(baseUrl: string): Backend {
  const database = `govatlas_seed_${process.pid}_${Date.now()}`;
  return {
    name: "PostgreSQL",
    setUp: async () => {
      const url = new URL(baseUrl);
      url.pathname = `/${database}`;
      return resolveDbTarget(url.toString()); // migrate() creates the database
    },
    tearDown: () => onServer(baseUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`),
  };
}

const backends = [sqliteBackend(), ...(process.env.TEST_PG_URL ? [postgresBackend(process.env.TEST_PG_URL)] : [])];

describe.each(backends)("seedCuratedData on $name", (backend) => {
  let db: Db;

  beforeAll(async () => {
    const target = await backend.setUp();
    await migrate(target, { log: () => {} });
    db = createDb(target);
  });

  afterAll(async () => {
    await db?.$disconnect();
    await backend.tearDown();
  });

  it("creates every curated row on a fresh database", async () => {
    expect(await seedCuratedData(db)).toEqual(expected);
    expect(await db.source.count()).toBe(expected.sources);
    expect(await db.assessment.count()).toBe(expected.assessments);
    expect(await db.milestone.count()).toBe(expected.milestones);
    expect(await db.investmentFigure.count()).toBe(expected.investments);
    expect(await db.exchangeRate.count()).toBe(0); // the fact sheet has no rates; an admin adds them with a source
  });

  it("stores amounts exactly, with their sources, links and flags", async () => {
    const amazon = await db.investmentFigure.findUniqueOrThrow({
      where: { slug: "amazon-capex-2024-guidance" },
      include: { sources: { select: { key: true } }, claims: { select: { slug: true } }, jurisdiction: { select: { code: true } } },
    });
    expect(amazon.amount?.toFixed(0)).toBe("75000000000");
    expect(amazon).toMatchObject({ qualifier: "APPROX", kind: "GUIDANCE", currency: "USD", jurisdiction: { code: "US" } });
    expect(amazon.sources.map((s) => s.key).sort()).toEqual(["S0", "U4"]);
    expect(amazon.claims.map((c) => c.slug)).toEqual(["s0-amazon-75bn-ai-spending"]);

    const range = await db.investmentFigure.findUniqueOrThrow({ where: { slug: "meta-capex-2026-guidance" } });
    expect([range.amount, range.amountLow?.toFixed(0), range.amountHigh?.toFixed(0)]).toEqual([null, "115000000000", "135000000000"]);

    const revoked = await db.instrument.findUniqueOrThrow({ where: { slug: "us-eo-14110" }, include: { revokedBy: { select: { slug: true } } } });
    expect(revoked).toMatchObject({ status: "REVOKED", revokedBy: { slug: "us-eo-14148" } });
    expect(revoked.revokedOn?.toISOString()).toBe("2025-01-20T00:00:00.000Z");

    const copied = await db.instrument.findUniqueOrThrow({
      where: { slug: "us-copied-act" },
      include: { claims: { include: { source: true, evidence: true } } },
    });
    expect(copied.status).toBe("PROPOSED");
    expect(copied.claims).toHaveLength(1);
    expect(copied.claims[0].source).toMatchObject({ key: "S1", isSeedArticle: true, language: "zh" });
    expect(copied.claims[0].evidence.map((s) => s.key).sort()).toEqual(["R42", "R43"]);

    const unverified = await db.assessment.findFirstOrThrow({ where: { jurisdiction: { code: "SA" }, dimension: { key: "legal_form" } } });
    expect(unverified.level).toBeNull();
  });

  it('gives every seeded row a first "create" revision by the inactive system user, with an audit row', async () => {
    const system = await db.user.findUniqueOrThrow({ where: { email: "system@govatlas.local" } });
    expect(system.active).toBe(false);
    const revisions = await db.revision.findMany({ select: { entityType: true, entityId: true, action: true, actorId: true, version: true, snapshot: true } });
    const total =
      expected.sources +
      expected.jurisdictions +
      expected.assessments +
      expected.instruments +
      expected.milestones +
      expected.investments +
      expected.events +
      expected.claims;
    expect(revisions).toHaveLength(total);
    expect(new Set(revisions.map((r) => `${r.entityType}:${r.entityId}`)).size).toBe(total);
    for (const r of revisions) expect(r).toMatchObject({ action: "create", actorId: system.id, version: 1 });
    const stargate = await db.investmentFigure.findUniqueOrThrow({ where: { slug: "stargate-jv" } });
    const snapshot = revisions.find((r) => r.entityId === stargate.id)!.snapshot as { data: Record<string, unknown>; publication: string };
    expect(snapshot).toMatchObject({
      publication: "PUBLISHED",
      data: { slug: "stargate-jv", category: "PRIVATE_INITIATIVE", funding: "PRIVATE", amount: "500000000000" },
    });
    expect(await db.auditLog.count({ where: { actorId: system.id, action: "investmentFigures.create" } })).toBe(expected.investments);
  });

  it("stores the sub-national jurisdictions under their country and the superseded milestones with what superseded them", async () => {
    const ca = await db.jurisdiction.findUniqueOrThrow({ where: { code: "US-CA" }, include: { parent: { select: { code: true } } } });
    expect(ca).toMatchObject({ kind: "SUBNATIONAL", parent: { code: "US" } });
    const moved = await db.milestone.findMany({
      where: { instrument: { slug: "eu-ai-act" }, supersededById: { not: null } },
      include: { supersededBy: { select: { slug: true } } },
      orderBy: { date: "asc" },
    });
    expect(moved.map((m) => [m.date.toISOString().slice(0, 10), m.supersededBy?.slug, m.supersededOn?.toISOString().slice(0, 10)])).toEqual([
      ["2026-08-02", "eu-digital-omnibus-ai", "2026-06-29"],
      ["2027-08-02", "eu-digital-omnibus-ai", "2026-06-29"],
    ]);
    const stance = await db.assessment.findMany({ where: { jurisdiction: { code: "EU" }, dimension: { key: "stance" } }, orderBy: { level: "desc" } });
    expect(stance.map((a) => [a.level, a.since?.toISOString().slice(0, 10) ?? null])).toEqual([
      [2, null],
      [1, "2026-06-29"],
    ]);
  });

  it("creates nothing when run again", async () => {
    expect(await seedCuratedData(db)).toEqual(none);
    expect(await db.source.count()).toBe(expected.sources);
    expect(await db.milestone.count()).toBe(expected.milestones);
  });

  it("keeps an edited row as edited, and re-creates only a row that is missing", async () => {
    const note = "Edited by an admin: checked against the 10-K.";
    await db.investmentFigure.update({ where: { slug: "microsoft-capex-fy25" }, data: { note, version: { increment: 1 } } });
    await db.assessment.updateMany({ where: { jurisdiction: { code: "UK" }, dimension: { key: "stance" } }, data: { level: 1 } });
    const event = await db.timelineEvent.findUniqueOrThrow({ where: { slug: "2025-02-09-macron-109bn" } });
    await db.timelineEvent.update({ where: { id: event.id }, data: { sources: { set: [] } } });
    await db.timelineEvent.delete({ where: { id: event.id } });

    expect(await seedCuratedData(db)).toEqual({ ...none, events: 1 });

    const figure = await db.investmentFigure.findUniqueOrThrow({ where: { slug: "microsoft-capex-fy25" } });
    expect(figure).toMatchObject({ note, version: 2 });
    const stance = await db.assessment.findFirstOrThrow({ where: { jurisdiction: { code: "UK" }, dimension: { key: "stance" } } });
    expect(stance.level).toBe(1);
    const recreated = await db.timelineEvent.findUniqueOrThrow({ where: { slug: "2025-02-09-macron-109bn" }, include: { sources: true } });
    expect(recreated.sources.map((s) => s.key)).toEqual(["R24"]);
  });

  it("leaves a soft-deleted row deleted", async () => {
    await db.flaggedClaim.update({ where: { slug: "s1-china-france-statement-date" }, data: { deletedAt: new Date() } });
    expect(await seedCuratedData(db)).toEqual(none);
    const claim = await db.flaggedClaim.findUniqueOrThrow({ where: { slug: "s1-china-france-statement-date" } });
    expect(claim.deletedAt).not.toBeNull();
  });
});
