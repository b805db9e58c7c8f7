// CSV round trip on a real (SQLite) database for every curated entity: export → edit → dry run → apply → export
// again. The version check, all-or-nothing and role rules are in import-rules.test.ts; parallel and large files in
// import-scale.test.ts.
import { describe, expect, it, vi } from "vitest";
import { read, write } from "./support/csv-table";
import { useImportDatabase } from "./support/import-session";
import { curatedDelegate } from "@/lib/curation/registry";
import type { EntityName } from "@/lib/validations/curated";

vi.mock("@/lib/auth/auth", () => import("./support/auth-stub"));

const { db, users, as, exportCsv, run } = await useImportDatabase();

/** Per entity: a text column to edit, and how to turn a row into a new record (new key, or no id). */
const EDIT: Record<EntityName, { field: string; newKey: (r: Record<string, string>) => Record<string, string> }> = {
  jurisdictions: { field: "confidenceNote", newKey: () => ({ code: "ZZQ", kind: "COUNTRY", parentCode: "" }) },
  sources: { field: "note", newKey: () => ({ key: "X9876" }) },
  instruments: { field: "statusNote", newKey: () => ({ slug: "csv-round-trip-instrument" }) },
  milestones: { field: "labelEn", newKey: () => ({ id: "" }) },
  assessments: { field: "rationaleEn", newKey: () => ({ id: "" }) },
  investmentFigures: { field: "note", newKey: () => ({ slug: "csv-round-trip-figure" }) },
  exchangeRates: { field: "note", newKey: () => ({ period: "2099" }) },
  events: { field: "titleEn", newKey: () => ({ slug: "csv-round-trip-event" }) },
  flaggedClaims: { field: "correctionEn", newKey: () => ({ slug: "csv-round-trip-claim" }) },
};
const model = (entity: EntityName) => curatedDelegate(db, entity);

describe("export → edit → dry run → apply, for every curated entity", () => {
  for (const entity of Object.keys(EDIT) as EntityName[]) {
    it(`${entity}: the untouched export imports as unchanged; an edited row updates, a new key creates, with revisions and audit rows`, async () => {
      as("ADMIN");
      const exported = await exportCsv(entity);
      const table = read(exported);
      expect(table.rows.length).toBeGreaterThan(0);
      expect(table.fields).toContain("version");

      // The export read back as it is: every row matches its record and nothing would change.
      const untouched = await run(entity, exported, { dryRun: true });
      if (!untouched.ok) throw new Error(untouched.message);
      expect(untouched.preview.rows.filter((r) => r.action !== "unchanged")).toEqual([]);
      expect(untouched.preview.counts.unchanged).toBe(table.rows.length);

      const { field, newKey } = EDIT[entity];
      const target = table.rows[0];
      const before = target[field];
      const after = `Edited by CSV ${entity}`;
      target[field] = after;
      const created = { ...table.rows[table.rows.length - 1], ...newKey(table.rows[table.rows.length - 1]), version: "", [field]: `New by CSV ${entity}` };
      table.rows.push(created);
      const edited = write(table);

      const dry = await run(entity, edited, { dryRun: true });
      if (!dry.ok) throw new Error(dry.message);
      expect(dry.preview.counts).toMatchObject({ update: 1, create: 1, unchanged: table.rows.length - 2, conflict: 0, error: 0 });
      const update = dry.preview.rows.find((r) => r.action === "update")!;
      expect(update.row).toBe(1);
      expect(update.changes).toEqual([{ field, before: before || null, after }]);
      const revisionsBefore = await db.revision.count();
      expect((await model(entity).findUnique({ where: { id: update.id! } }))![field] ?? "").toBe(before); // the dry run saved nothing

      const applied = await run(entity, edited, { dryRun: false });
      if (!applied.ok) throw new Error(applied.message);
      expect(applied.applied).toBe(true);
      const stored = (await model(entity).findUnique({ where: { id: update.id! } }))!;
      expect([stored[field], stored.version]).toEqual([after, Number(target.version) + 1]);
      const revisions = await db.revision.findMany({ where: { entityId: update.id! }, orderBy: { createdAt: "desc" }, take: 1 });
      expect(revisions[0]).toMatchObject({ action: "update", actorId: users.ADMIN.id, version: Number(target.version) + 1 });
      expect((revisions[0].snapshot as { data: Record<string, unknown> }).data[field]).toBe(after);
      expect(await db.auditLog.count({ where: { entityId: update.id!, action: `${entity}.update` } })).toBeGreaterThanOrEqual(1);
      expect(await db.revision.count()).toBe(revisionsBefore + 2);
      const summary = await db.auditLog.findFirstOrThrow({ where: { action: `${entity}.import` }, orderBy: { createdAt: "desc" } });
      expect(summary.detail).toEqual({ rows: table.rows.length, created: 1, updated: 1, unchanged: table.rows.length - 2, published: false });

      // The new record exists as a draft (no publish asked), and the file imported again changes nothing more.
      const again = read(await exportCsv(entity));
      const newRow = again.rows.find((r) => r[field] === `New by CSV ${entity}`)!;
      expect(newRow.publication).toBe("DRAFT");
      const second = await run(entity, write(again), { dryRun: true });
      if (!second.ok) throw new Error(second.message);
      expect(second.preview.counts.unchanged).toBe(again.rows.length);
    });
  }
});
