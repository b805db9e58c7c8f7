// CSV import rules on a real (SQLite) database: the version check (conflicts name who saved), all or nothing,
// drafts for editors, the role checks, and formula-like text kept exactly.
import { describe, expect, it, vi } from "vitest";
import { read, write } from "./support/csv-table";
import { useImportDatabase } from "./support/import-session";

vi.mock("@/lib/auth/auth", () => import("./support/auth-stub"));

const { db, users, engine, importer, csv, as, exportCsv, run } = await useImportDatabase();

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
