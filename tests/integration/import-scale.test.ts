// CSV imports under load on a real (SQLite) database: two files at once, and the size limits of one file.
import { describe, expect, it, vi } from "vitest";
import { read, write } from "./support/csv-table";
import { useImportDatabase } from "./support/import-session";

vi.mock("@/lib/auth/auth", () => import("./support/auth-stub"));

const { db, users, as, exportCsv, run } = await useImportDatabase();

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
