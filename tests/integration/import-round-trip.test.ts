// CSV round trip on a real (SQLite) database for every curated entity: export → edit → dry run → apply, with the
// version check (conflicts), all or nothing, drafts for editors and the role checks. Only the session lookup is
// stubbed, to choose the acting user; the role check re-reads the user from the database as in production.
import { describe, expect, it, vi } from "vitest";
import { read, write } from "./support/csv-table";
import { actingAs } from "./support/auth-stub";
import { useTempDatabase } from "./support/database";
import type { TestUsers } from "../support/test-db";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { EntityName } from "@/lib/validations/curated";

vi.mock("@/lib/auth/auth", () => import("./support/auth-stub"));

const { db, users } = await useTempDatabase();
const engine = await import("@/lib/mutations/curated/engine");
const importer = await import("@/lib/mutations/curated/import-records");
const csv = await import("@/lib/curation/csv");
const exporter = await import("@/lib/queries/curation-export");
const as = actingAs(users);

const me = (role: keyof TestUsers): CurrentUser => ({ id: users[role].id, email: users[role].email, name: `Test ${role}`, role });

/** The export's CSV text, as the route sends it (minus the BOM). */
async function exportCsv(entity: EntityName, role: keyof TestUsers = "ADMIN"): Promise<string> {
  const { columns, records } = await exporter.exportRecords(me(role), entity);
  return csv.recordsToCsv(records, columns);
}
const run = (entity: EntityName, text: string, options: { dryRun: boolean; publish?: boolean }) => {
  const file = csv.parseImportCsv(entity, text);
  expect(file.problems).toEqual([]);
  return importer.importRecords(entity, file, options);
};

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
const MODEL: Record<EntityName, string> = {
  jurisdictions: "jurisdiction",
  sources: "source",
  instruments: "instrument",
  milestones: "milestone",
  assessments: "assessment",
  investmentFigures: "investmentFigure",
  exchangeRates: "exchangeRate",
  events: "timelineEvent",
  flaggedClaims: "flaggedClaim",
};
const model = (entity: EntityName) =>
  (db as unknown as Record<string, { findUnique(a: object): Promise<Record<string, unknown> | null>; count(a?: object): Promise<number> }>)[MODEL[entity]];

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

describe("version check, all or nothing, roles", () => {
  it("reports a row whose record changed since the export as a conflict naming who saved it, and applies nothing", async () => {
    as("ADMIN");
    const table = read(await exportCsv("sources"));
    const row = table.rows.find((r) => r.key === "R6")!;
    const other = table.rows.find((r) => r.key === "R11")!;
    // Someone else saves R6 after the export.
    as("EDITOR");
    const stored = await db.source.findUniqueOrThrow({ where: { key: "R6" } });
    const input = Object.fromEntries(Object.entries(row).filter(([k]) => !["id", "version", "publication", "pendingDraft", "updatedAt"].includes(k)));
    const saved = await engine.updateEntity("sources", stored.id, stored.version, {
      ...input,
      isSeedArticle: input.isSeedArticle === "true",
      note: "Editor's change",
    });
    expect(saved).toMatchObject({ ok: true });
    as("ADMIN");
    row.note = "Admin's CSV change";
    other.note = "Another CSV change";
    const text = write(table);
    const dry = await run("sources", text, { dryRun: true });
    if (!dry.ok) throw new Error(dry.message);
    const conflict = dry.preview.rows.find((r) => r.key === "R6")!;
    expect(conflict.action).toBe("conflict");
    expect(conflict.conflict).toMatchObject({ by: `Test EDITOR <${users.EDITOR.email}>`, currentVersion: stored.version + 1 });
    expect(conflict.problems[0]).toMatchObject({ column: "version" });
    expect(conflict.problems[0].message).toContain(`Test EDITOR <${users.EDITOR.email}>`);
    expect(dry.preview.rows.find((r) => r.key === "R11")!.action).toBe("update");

    const before = {
      r6: await db.source.findUniqueOrThrow({ where: { key: "R6" } }),
      r11: await db.source.findUniqueOrThrow({ where: { key: "R11" } }),
      revisions: await db.revision.count(),
      audit: await db.auditLog.count(),
    };
    const applied = await run("sources", text, { dryRun: false });
    expect(applied).toMatchObject({ ok: false, code: "conflict" });
    expect((applied as { message: string }).message).toMatch(/Nothing was saved: 0 rows with errors and 1 conflicts/);
    expect(await db.source.findUniqueOrThrow({ where: { key: "R6" } })).toEqual(before.r6);
    expect(await db.source.findUniqueOrThrow({ where: { key: "R11" } })).toEqual(before.r11);
    expect([await db.revision.count(), await db.auditLog.count()]).toEqual([before.revisions, before.audit]);
  });

  it("applies nothing when one row has an error, and names the column", async () => {
    as("ADMIN");
    const table = read(await exportCsv("investmentFigures"));
    const good = table.rows.find((r) => r.amount !== "")!;
    good.amount = "123456789";
    const bad = table.rows.find((r) => r !== good && r.amount !== "")!;
    bad.currency = "ZZZ";
    const dry = await run("investmentFigures", write(table), { dryRun: true });
    if (!dry.ok) throw new Error(dry.message);
    const error = dry.preview.rows.find((r) => r.key === bad.slug)!;
    expect(error).toMatchObject({ action: "error", problems: [{ column: "currency", message: expect.stringMatching(/Unknown currency/) }] });
    const before = {
      figure: await db.investmentFigure.findUniqueOrThrow({ where: { slug: good.slug } }),
      revisions: await db.revision.count(),
      audit: await db.auditLog.count(),
    };
    const applied = await run("investmentFigures", write(table), { dryRun: false });
    expect(applied).toMatchObject({ ok: false, code: "invalid", preview: { counts: { error: 1, update: 1 } } });
    expect(await db.investmentFigure.findUniqueOrThrow({ where: { slug: good.slug } })).toEqual(before.figure);
    expect([await db.revision.count(), await db.auditLog.count()]).toEqual([before.revisions, before.audit]);
  });

  it("refuses rows without the export's version, unknown ids, and a key twice in one file", async () => {
    as("ADMIN");
    const table = read(await exportCsv("milestones"));
    table.rows[0].version = "";
    table.rows[1].id = "no-such-id";
    table.rows[3].id = table.rows[2].id;
    const dry = await run("milestones", write(table), { dryRun: true });
    if (!dry.ok) throw new Error(dry.message);
    const byRow = new Map(dry.preview.rows.map((r) => [r.row, r]));
    expect(byRow.get(1)).toMatchObject({ action: "error", problems: [{ column: "version", message: expect.stringMatching(/a record with this key exists/) }] });
    expect(byRow.get(2)).toMatchObject({
      action: "error",
      problems: [{ column: "id", message: "No record has this id: leave id empty to create a new one." }],
    });
    expect(byRow.get(4)).toMatchObject({ action: "error", problems: [{ column: "id", message: "Same record as row 3." }] });
    const zh = await importer.importRecords("milestones", csv.parseImportCsv("milestones", write(table)), { dryRun: true, locale: "zh" });
    if (!zh.ok) throw new Error(zh.message);
    expect(zh.preview.rows.find((r) => r.row === 2)!.problems[0].message).toBe("没有此 id 的记录：如要新建，请将 id 留空。");
  });

  it("keeps an editor's change to a published record as a draft, as the form does; the export then shows the draft", async () => {
    as("EDITOR");
    const table = read(await exportCsv("events", "EDITOR"));
    const row = table.rows.find((r) => r.publication === "PUBLISHED")!;
    const published = await db.timelineEvent.findUniqueOrThrow({ where: { slug: row.slug } });
    row.titleEn = "An editor's CSV title";
    const applied = await run("events", write(table), { dryRun: false });
    if (!applied.ok) throw new Error(applied.message);
    expect(applied.preview.rows.find((r) => r.key === row.slug)).toMatchObject({ action: "update", asDraft: true });
    const stored = await db.timelineEvent.findUniqueOrThrow({ where: { slug: row.slug } });
    expect(stored.titleEn).toBe(published.titleEn);
    expect((stored.draft as { titleEn: string }).titleEn).toBe("An editor's CSV title");
    expect((await db.revision.findFirstOrThrow({ where: { entityId: stored.id }, orderBy: { createdAt: "desc" } })).action).toBe("draft");
    const reexported = read(await exportCsv("events", "EDITOR")).rows.find((r) => r.slug === row.slug)!;
    expect([reexported.titleEn, reexported.pendingDraft, reexported.version]).toEqual(["An editor's CSV title", "yes", String(stored.version)]);
  });

  it("refuses anonymous users, viewers, and an editor asking to publish, changing nothing", async () => {
    as("ADMIN");
    const table = read(await exportCsv("sources"));
    table.rows[0].note = "Should never be saved";
    table.rows.push({ ...table.rows[1], key: "X4321", version: "" });
    const text = write(table);
    const before = {
      sources: await db.source.count(),
      revisions: await db.revision.count(),
      audit: await db.auditLog.count(),
      first: await db.source.findUniqueOrThrow({ where: { key: table.rows[0].key } }),
    };
    for (const [role, publish, code] of [
      [null, false, "unauthorized"],
      ["VIEWER", false, "forbidden"],
      ["EDITOR", true, "forbidden"],
    ] as const) {
      as(role);
      for (const dryRun of [true, false]) {
        const result = await run("sources", text, { dryRun, publish });
        expect(result).toMatchObject({ ok: false, code });
        expect(result).not.toHaveProperty("preview"); // nothing about the records is read back to them
      }
    }
    expect(await db.source.count()).toBe(before.sources);
    expect([await db.revision.count(), await db.auditLog.count()]).toEqual([before.revisions, before.audit]);
    expect(await db.source.findUniqueOrThrow({ where: { key: table.rows[0].key } })).toEqual(before.first);
  });

  it("publishes in the same transaction when an admin asks, and keeps formula-like text exactly", async () => {
    as("ADMIN");
    const table = read(await exportCsv("sources"));
    const row = table.rows.find((r) => r.publication === "PUBLISHED")!;
    row.note = '=HYPERLINK("http://evil.example","x") and +1';
    const text = csv.recordsToCsv(table.rows, table.fields); // written as the export writes it: the formula escaped
    expect(text).toContain("'=HYPERLINK");
    const applied = await run("sources", text, { dryRun: false, publish: true });
    if (!applied.ok) throw new Error(applied.message);
    const stored = await db.source.findUniqueOrThrow({ where: { key: row.key } });
    expect([stored.note, stored.publication]).toEqual([row.note, "PUBLISHED"]);
    expect((await db.revision.findFirstOrThrow({ where: { entityId: stored.id }, orderBy: { createdAt: "desc" } })).action).toBe("publish");
    const back = read(await exportCsv("sources")).rows.find((r) => r.key === row.key)!;
    expect(back.note).toBe(`'${row.note}`);
    const again = await run("sources", await exportCsv("sources"), { dryRun: true }); // the export, imported back as it is
    if (!again.ok) throw new Error(again.message);
    expect(again.preview.rows.find((r) => r.key === row.key)!.action).toBe("unchanged");
  });
});

describe("two imports at once", () => {
  it("lets one of two parallel files win; the other is told why and writes nothing (new slug, then same version)", async () => {
    as("ADMIN");
    const header = "slug,actorName,actorType,category,measure,amount,currency,periodType,periodLabel,kind,confidence,sourceKeys,version";
    const file = (amount: string) =>
      `${header}\nparallel-csv,Parallel Co,COMPANY,CORPORATE_CAPEX,Total capex,${amount},USD,CALENDAR_YEAR,2024,ACTUAL,MEDIUM,R6,`;
    const created = await Promise.all([run("investmentFigures", file("100"), { dryRun: false }), run("investmentFigures", file("200"), { dryRun: false })]);
    expect(created.filter((r) => r.ok)).toHaveLength(1);
    const loser = created.find((r) => !r.ok) as { code: string; preview: { rows: { action: string; problems: { column: string }[] }[] } };
    expect(loser).toMatchObject({ code: "invalid", preview: { rows: [{ action: "error", problems: [{ column: "version" }] }] } });
    const stored = await db.investmentFigure.findUniqueOrThrow({ where: { slug: "parallel-csv" } });
    expect(await db.revision.count({ where: { entityId: stored.id } })).toBe(1);

    const update = (amount: string) => `slug,amount,version\nparallel-csv,${amount},${stored.version}`;
    const updated = await Promise.all([run("investmentFigures", update("300"), { dryRun: false }), run("investmentFigures", update("400"), { dryRun: false })]);
    expect(updated.filter((r) => r.ok)).toHaveLength(1);
    expect(updated.find((r) => !r.ok)).toMatchObject({
      code: "conflict",
      preview: { rows: [{ action: "conflict", conflict: { by: `Test ADMIN <${users.ADMIN.email}>`, currentVersion: stored.version + 1 } }] },
    });
    const after = await db.investmentFigure.findUniqueOrThrow({ where: { slug: "parallel-csv" } });
    expect(after.version).toBe(stored.version + 1);
    expect(["300", "400"]).toContain(after.amount?.toString());
    expect(await db.revision.count({ where: { entityId: stored.id } })).toBe(2);
  });
});

describe("a large file", () => {
  it("refuses more than 1,000 row-by-row writes in one file, in the dry run already, and saves nothing", async () => {
    as("ADMIN");
    const lines = Array.from({ length: 1001 }, (_, i) => `Y${i},OFFICIAL,Bulk source ${i},en,`);
    const text = ["key,kind,title,language,version", ...lines].join("\n");
    const before = await db.source.count();
    for (const dryRun of [true, false]) {
      const result = await run("sources", text, { dryRun });
      expect(result).toMatchObject({
        ok: false,
        code: "invalid",
        message:
          "Too many changes for one file: 1001 rows to create or update one by one (at most 1000). Split the file; new investment figures are written in batches and do not count.",
        preview: { counts: { create: 1001 } },
      });
    }
    expect(await db.source.count()).toBe(before);
  });

  it("updates 300 records from their export in one transaction, each with its revision and audit row", async () => {
    as("ADMIN");
    const header = "slug,actorName,actorType,category,measure,amount,currency,periodType,periodLabel,kind,confidence,sourceKeys,version";
    const lines = Array.from(
      { length: 300 },
      (_, i) => `bulk-csv-${i},Bulk Co,COMPANY,CORPORATE_CAPEX,Total capex,${1000 + i},USD,CALENDAR_YEAR,2024,ACTUAL,MEDIUM,R6;R11,`,
    );
    const created = await run("investmentFigures", [header, ...lines].join("\n"), { dryRun: false, publish: true });
    expect(created).toMatchObject({ ok: true, applied: true, preview: { counts: { create: 300 } } });
    const table = read(await exportCsv("investmentFigures"));
    const bulk = table.rows.filter((r) => r.slug.startsWith("bulk-csv-"));
    expect(bulk).toHaveLength(300);
    for (const r of bulk) r.amount = String(Number(r.amount) * 2);
    let started = performance.now();
    const dry = await run("investmentFigures", write(table), { dryRun: true, publish: true });
    console.log(`CSV dry run of ${table.rows.length} rows, 300 changed, on SQLite: ${Math.round(performance.now() - started)} ms`);
    expect(dry).toMatchObject({ ok: true, preview: { counts: { update: 300 } } });
    started = performance.now();
    const applied = await run("investmentFigures", write(table), { dryRun: false, publish: true });
    console.log(`CSV update of 300 rows (plan + apply) on SQLite: ${Math.round(performance.now() - started)} ms`);
    expect(applied).toMatchObject({ ok: true, applied: true, preview: { counts: { update: 300, create: 0, error: 0, conflict: 0 } } });
    const stored = await db.investmentFigure.findMany({
      where: { slug: { startsWith: "bulk-csv-" } },
      select: { id: true, slug: true, amount: true, version: true },
    });
    expect(stored.every((f) => f.amount?.toString() === String((1000 + Number(f.slug.slice(9))) * 2) && f.version === 2)).toBe(true);
    const ids = stored.map((f) => f.id);
    const revisions = await Promise.all(
      [ids.slice(0, 150), ids.slice(150)].map((part) => db.revision.count({ where: { entityId: { in: part }, action: "publish" } })),
    );
    expect(revisions[0] + revisions[1]).toBe(300);
  }, 120_000);
});
