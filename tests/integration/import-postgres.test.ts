// The CSV round trip on PostgreSQL (npm test starts a throwaway cluster and sets TEST_PG_URL): every entity's
// export imports back unchanged, an edit updates (and a new key creates) with revisions and audit rows, a stale row
// is a conflict and a file with an error applies nothing.
import { describe, expect, it, vi } from "vitest";
import { read, write } from "./support/csv-table";
import type { TestUsers } from "../support/test-db";
import { session } from "./support/auth-stub";
import { useSeededPostgres } from "./support/database";
import type { EntityName } from "@/lib/validations/curated";

vi.mock("@/lib/auth/auth", () => import("./support/auth-stub"));

const { db, users } = await useSeededPostgres("import");
const engine = await import("@/lib/mutations/curated/engine");
const importer = await import("@/lib/mutations/curated/import-records");
const csv = await import("@/lib/curation/csv");
const exporter = await import("@/lib/queries/curation-export");

const as = (role: keyof TestUsers) => {
  session.userId = users[role].id;
};
async function exportCsv(entity: EntityName) {
  const { columns, records } = await exporter.exportRecords({ id: users.ADMIN.id, email: users.ADMIN.email, name: "Test ADMIN", role: "ADMIN" }, entity);
  return csv.recordsToCsv(records, columns);
}
const run = (entity: EntityName, text: string, options: { dryRun: boolean; publish?: boolean }) =>
  importer.importRecords(entity, csv.parseImportCsv(entity, text), options);

const EDIT: Record<EntityName, string> = {
  jurisdictions: "confidenceNote",
  sources: "note",
  instruments: "statusNote",
  milestones: "labelEn",
  assessments: "rationaleEn",
  investmentFigures: "note",
  exchangeRates: "note",
  events: "titleEn",
  flaggedClaims: "correctionEn",
};

describe("CSV round trip on PostgreSQL", () => {
  it("imports every entity's export back unchanged, then applies one edit per entity with a revision and an audit row", async () => {
    as("ADMIN");
    for (const entity of Object.keys(EDIT) as EntityName[]) {
      const text = await exportCsv(entity);
      const untouched = await run(entity, text, { dryRun: true });
      if (!untouched.ok) throw new Error(`${entity}: ${untouched.message}`);
      expect({ entity, changed: untouched.preview.rows.filter((r) => r.action !== "unchanged") }).toEqual({ entity, changed: [] });
      const table = read(text);
      const original = table.rows[0][EDIT[entity]];
      table.rows[0][EDIT[entity]] = `PostgreSQL edit ${entity}`;
      const applied = await run(entity, write(table), { dryRun: false });
      if (!applied.ok) throw new Error(`${entity}: ${applied.message}`);
      const update = applied.preview.rows.find((r) => r.action === "update")!;
      expect(update.changes).toEqual([{ field: EDIT[entity], before: original === "" ? null : original, after: `PostgreSQL edit ${entity}` }]);
      const revision = await db.revision.findFirstOrThrow({ where: { entityId: update.id! }, orderBy: { createdAt: "desc" } });
      expect([revision.action, (revision.snapshot as { data: Record<string, unknown> }).data[EDIT[entity]]]).toEqual(["update", `PostgreSQL edit ${entity}`]);
      expect(await db.auditLog.count({ where: { entityId: update.id!, action: `${entity}.update` } })).toBe(1);
    }
  });

  it("creates figures in batches, and a stale row or an error row applies nothing", async () => {
    as("ADMIN");
    const header = "slug,actorName,actorType,category,measure,amount,currency,periodType,periodLabel,kind,confidence,sourceKeys";
    const created = await run(
      "investmentFigures",
      [
        header,
        ...Array.from(
          { length: 250 },
          (_, i) => `pg-csv-${i},PG Co,COMPANY,CORPORATE_CAPEX,Total capex,${5000 + i},USD,CALENDAR_YEAR,2024,ACTUAL,MEDIUM,R6;R11`,
        ),
      ].join("\n"),
      { dryRun: false, publish: true },
    );
    expect(created).toMatchObject({ ok: true, applied: true, preview: { counts: { create: 250 } } });
    const stored = await db.investmentFigure.findMany({ where: { slug: { startsWith: "pg-csv-" } }, include: { sources: { select: { key: true } } } });
    expect(stored).toHaveLength(250);
    expect(
      stored.every(
        (f) =>
          f.publication === "PUBLISHED" &&
          f.sources
            .map((s) => s.key)
            .sort()
            .join() === "R11,R6",
      ),
    ).toBe(true);

    const table = read(await exportCsv("investmentFigures"));
    const a = table.rows.find((r) => r.slug === "pg-csv-1")!;
    const b = table.rows.find((r) => r.slug === "pg-csv-2")!;
    a.amount = "7777";
    b.amount = "8888";
    // Someone saves pg-csv-2 after the export.
    const figure = await db.investmentFigure.findUniqueOrThrow({ where: { slug: "pg-csv-2" } });
    as("EDITOR");
    const input = Object.fromEntries(Object.entries(b).filter(([k]) => !["version", "publication", "pendingDraft", "updatedAt", "sourceKeys"].includes(k)));
    expect(await engine.updateEntity("investmentFigures", figure.id, figure.version, { ...input, amount: "9999", sourceKeys: ["R6"] })).toMatchObject({
      ok: true,
    });
    as("ADMIN");
    const before = { revisions: await db.revision.count(), audit: await db.auditLog.count() };
    const stale = await run("investmentFigures", write(table), { dryRun: false });
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
    expect(
      (stale as { preview: { rows: { key: string; action: string; conflict?: { by: string } }[] } }).preview.rows.find((r) => r.key === "pg-csv-2"),
    ).toMatchObject({ action: "conflict", conflict: { by: `Test EDITOR <${users.EDITOR.email}>` } });
    expect((await db.investmentFigure.findUniqueOrThrow({ where: { slug: "pg-csv-1" } })).amount?.toString()).toBe("5001");
    expect([await db.revision.count(), await db.auditLog.count()]).toEqual([before.revisions, before.audit]);

    b.version = String(figure.version + 1);
    b.currency = "ZZZ";
    const invalid = await run("investmentFigures", write(table), { dryRun: false });
    expect(invalid).toMatchObject({ ok: false, code: "invalid" });
    expect((await db.investmentFigure.findUniqueOrThrow({ where: { slug: "pg-csv-1" } })).amount?.toString()).toBe("5001");
    b.currency = "USD";
    const applied = await run("investmentFigures", write(table), { dryRun: false });
    expect(applied).toMatchObject({ ok: true, applied: true, preview: { counts: { update: 2 } } });
    expect((await db.investmentFigure.findUniqueOrThrow({ where: { slug: "pg-csv-1" } })).amount?.toString()).toBe("7777");
  });
});
