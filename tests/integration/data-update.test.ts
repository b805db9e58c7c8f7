// The data update of 2026-12-04 on a database seeded by the previous version (tests/fixtures/seed-before-2026-12-04.json
// holds every row that version's seeder wrote; see tests/fixtures/README.md): it must end in the same state as
// a fresh database, leave curators' rows alone, write one revision and audit row per change, and be idempotent.
// SQLite always; PostgreSQL too when TEST_PG_URL is set (as `npm test` does).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/db-client";
import { resolveDbTarget, type DbTarget } from "../../lib/db-url";
import { ADAPTERS } from "../../lib/mutations/curated/adapters";
import { ENTITY_NAMES } from "../../lib/validations/curated";
import { migrate } from "../../scripts/db/migrate";
import { seedCuratedData } from "../../seed/seed-curated";
import { seedExchangeRates } from "../../seed/seed-exchange-rates";
import { currentState } from "../../seed/seed-rows";
import { curatedDelegate } from "@/lib/curation/registry";
import { applyUpdate20261204, type UpdateReport } from "../../seed/updates/2026-12-04";
import previousVersionRows from "../fixtures/seed-before-2026-12-04.json";
import { loadRows, type RowSnapshot } from "../support/row-snapshot";

type Backend = { name: string; target: (suffix: string) => DbTarget; tearDown: () => Promise<void> };

function sqliteBackend(): Backend {
  const dir = mkdtempSync(path.join(tmpdir(), "govatlas-update-"));
  return {
    name: "SQLite",
    target: (s) => resolveDbTarget(`file:${path.join(dir, `${s}.db`)}`),
    tearDown: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

function postgresBackend(baseUrl: string): Backend {
  const names: string[] = [];
  return {
    name: "PostgreSQL",
    target: (s) => {
      const url = new URL(baseUrl);
      const name = `govatlas_update_${s}_${process.pid}_${Date.now()}`;
      names.push(name);
      url.pathname = `/${name}`;
      return resolveDbTarget(url.toString()); // migrate() creates the database
    },
    tearDown: async () => {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      try {
        for (const n of names) await client.query(`DROP DATABASE IF EXISTS "${n}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Every live curated row in the forms' shape, keyed by entity: what the pages and exports are built from. */
async function contents(db: Db, skip: Set<string> = new Set()): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const entity of ENTITY_NAMES) {
    const rows = await curatedDelegate(db, entity).findMany({ where: { deletedAt: null }, include: ADAPTERS[entity].include });
    out[entity] = rows
      .map((r) => ({ r, input: ADAPTERS[entity].toInput(r as never) as Record<string, unknown> }))
      .filter(({ input }) => !skip.has(`${entity}:${input.slug ?? input.key ?? input.code}`))
      .map(({ r, input }) => `${JSON.stringify(input, Object.keys(input).sort())} ${r.publication}`)
      .sort();
  }
  return out;
}

/** What a save through the curation engine leaves behind: the new values, a higher version, a revision by the person. */
async function editAsCurator(db: Db, userId: string, slug: string, data: Record<string, unknown>, action: "update" | "draft") {
  const row = await db.investmentFigure.findUniqueOrThrow({ where: { slug } });
  await db.$transaction(async (tx) => {
    await tx.investmentFigure.update({ where: { id: row.id }, data: { ...data, version: { increment: 1 } } });
    const { row: after, snapshot } = await currentState(tx, "investmentFigures", row.id);
    await tx.revision.create({
      data: { entityType: "investmentFigures", entityId: row.id, version: after.version as number, action, snapshot: snapshot as never, actorId: userId },
    });
  });
}

const backends = [sqliteBackend(), ...(process.env.TEST_PG_URL ? [postgresBackend(process.env.TEST_PG_URL)] : [])];

describe.each(backends)("data update 2026-12-04 on $name", (backend) => {
  let fresh: Db;
  let old: Db;
  let curator: { id: string };
  let report: UpdateReport;

  beforeAll(async () => {
    const freshTarget = backend.target("fresh");
    const oldTarget = backend.target("old");
    for (const t of [freshTarget, oldTarget]) await migrate(t, { log: () => {} });
    fresh = createDb(freshTarget);
    old = createDb(oldTarget);

    // A fresh database, as `npm start` prepares it.
    await seedCuratedData(fresh);
    await seedExchangeRates(fresh);
    await applyUpdate20261204(fresh);

    // A database seeded by the previous version, where a curator then edited one figure and left a draft on another.
    await loadRows(old, previousVersionRows as RowSnapshot);
    curator = await old.user.create({ data: { email: "curator@test.local", name: "Curator", role: "ADMIN", passwordHash: "x" } });
    await editAsCurator(old, curator.id, "meta-capex-2023", { note: "Checked by a curator against the 10-K." }, "update");
    await editAsCurator(old, curator.id, "stargate-jv", { draft: { note: "a draft in progress" } }, "draft");

    // What `npm start` does on it now: seed what is missing, then the update.
    await seedCuratedData(old);
    await seedExchangeRates(old);
    report = await applyUpdate20261204(old);
  }, 600_000);

  afterAll(async () => {
    await fresh?.$disconnect();
    await old?.$disconnect();
    await backend.tearDown();
  });

  it("ends with the same data as a fresh database, except the rows a curator had touched", async () => {
    const touched = new Set(["investmentFigures:meta-capex-2023", "investmentFigures:stargate-jv", "sources:FS1"]);
    expect(await contents(old, touched)).toEqual(await contents(fresh, touched));
    // The update really changed things: e.g. the Omnibus is adopted and the old AI Act dates are superseded.
    const omnibus = await old.instrument.findUniqueOrThrow({ where: { slug: "eu-digital-omnibus-ai" } });
    expect(omnibus).toMatchObject({ status: "ADOPTED", lastCheckedOn: new Date("2026-12-04T00:00:00Z") });
    expect(await old.milestone.count({ where: { instrument: { slug: "eu-ai-act" }, supersededById: omnibus.id } })).toBe(2);
  });

  it("leaves the curator's edit and the pending draft exactly as they were, and keeps the source they cite", async () => {
    const meta = await old.investmentFigure.findUniqueOrThrow({ where: { slug: "meta-capex-2023" }, include: { sources: { select: { key: true } } } });
    expect(meta).toMatchObject({ note: "Checked by a curator against the 10-K.", version: 2, confidence: "LOW" });
    expect(meta.amount?.toFixed(0)).toBe("27000000000");
    expect(meta.sources.map((s) => s.key)).toEqual(["FS1"]);
    expect((await old.source.findUniqueOrThrow({ where: { key: "FS1" } })).deletedAt).toBeNull();

    const stargate = await old.investmentFigure.findUniqueOrThrow({ where: { slug: "stargate-jv" } });
    expect(stargate).toMatchObject({ category: "PUBLIC_INITIATIVE", version: 2, draft: { note: "a draft in progress" } });
    expect(report.keptEdited).toEqual(expect.arrayContaining(["investmentFigures meta-capex-2023", "investmentFigures stargate-jv", "sources FS1"]));
    // The fresh database has no FS1 at all (fact-sheet row E1 dropped it).
    expect(await fresh.source.findUnique({ where: { key: "FS1" } })).toBeNull();
  });

  it("writes one revision and one audit row by the system user per changed row, after a backfilled first revision", async () => {
    const system = await old.user.findUniqueOrThrow({ where: { email: "system@govatlas.local" } });
    expect(report.updated.length).toBeGreaterThan(100);
    const updates = await old.revision.findMany({
      where: { action: "update", actorId: system.id },
      select: { entityType: true, entityId: true, snapshot: true },
    });
    expect(updates).toHaveLength(report.updated.length);
    expect(new Set(updates.map((u) => `${u.entityType}:${u.entityId}`)).size).toBe(updates.length);
    expect(await old.auditLog.count({ where: { actorId: system.id, action: { endsWith: ".update" } } })).toBe(report.updated.length);

    // Every row seeded by the previous version got a first revision holding its original values, so they can be restored.
    const figure = await old.investmentFigure.findUniqueOrThrow({ where: { slug: "amazon-capex-2024-guidance" } });
    const history = await old.revision.findMany({ where: { entityType: "investmentFigures", entityId: figure.id }, orderBy: { createdAt: "asc" } });
    expect(history.map((h) => [h.action, h.version, h.actorId])).toEqual([
      ["create", 1, system.id],
      ["update", 2, system.id],
    ]);
    expect((history[0].snapshot as { data: Record<string, unknown> }).data).toMatchObject({ confidenceNote: "H (as reported)", sourceKeys: ["S0"] });
    expect((history[1].snapshot as { data: Record<string, unknown> }).data).toMatchObject({ sourceKeys: ["S0", "U4"] });
    expect(figure.version).toBe(2);

    for (const entity of ENTITY_NAMES) {
      const ids = (await curatedDelegate(old, entity).findMany({})).map((r) => r.id);
      const withHistory = new Set((await old.revision.findMany({ where: { entityType: entity }, select: { entityId: true } })).map((r) => r.entityId));
      expect(
        ids.filter((id) => !withHistory.has(id)),
        entity,
      ).toEqual([]);
    }
  });

  it("changes nothing when run again, on the updated and on the fresh database", async () => {
    const revisions = await old.revision.count();
    expect(await old.auditLog.count({ where: { action: "dataUpdate.applied" } })).toBe(1);
    expect(await applyUpdate20261204(old)).toEqual({ backfilled: 0, updated: [], keptEdited: [], removed: [] }); // marked as applied
    // Ignoring the marker (the audit log is append-only: it cannot be deleted), comparing row by row also finds
    // nothing left to do.
    const again = await applyUpdate20261204(old, undefined, { recheck: true });
    expect(again).toMatchObject({ backfilled: 0, updated: [], removed: [] });
    expect(again.keptEdited).toEqual(expect.arrayContaining(["investmentFigures meta-capex-2023", "investmentFigures stargate-jv"]));
    expect(await old.revision.count()).toBe(revisions);
    expect(await applyUpdate20261204(fresh, undefined, { recheck: true })).toEqual({ backfilled: 0, updated: [], keptEdited: [], removed: [] });
  });
});
