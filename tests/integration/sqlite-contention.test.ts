// Many writes at once while ANOTHER connection to the same SQLite file holds the write lock (as a second server
// process or a script would). Before the fix, every read-then-write transaction failed at once with SQLITE_BUSY
// (an empty 500). Now writes wait for the lock without blocking the event loop, and all of them land; a lock held
// longer than the wait gives a "busy" result that changed nothing.
import { afterAll, describe, expect, it, vi } from "vitest";
import Database from "better-sqlite3";
import { signIn } from "./support/auth-stub";
import { useTempDatabase } from "./support/database";
import { WRITE_LOCK_WAIT_MS } from "@/lib/db-client";
import { capexFigureInput, sourceKeyList } from "../support/figure-input";

vi.mock("@/lib/auth/auth", () => import("./support/auth-stub"));

const { url, db, users } = await useTempDatabase();
const file = url.slice("file:".length);
const engine = await import("@/lib/mutations/curated/engine");
afterAll(async () => {
  const { db: appDb } = await import("@/lib/db");
  await appDb().$disconnect();
});
signIn(users.ADMIN);

const figure = (slug: string, amount = "1000000") => capexFigureInput({ slug, jurisdictionCode: "US", actorName: "Contention Co", amount });

/** Another connection (another process, as far as SQLite is concerned) that takes the write lock and writes. */
function holdWriteLock() {
  const other = new Database(file);
  other.exec("BEGIN IMMEDIATE");
  other
    .prepare(`INSERT INTO "AuditLog" ("id", "action", "createdAt") VALUES (?, 'other-process.write', ?)`)
    .run(`other-${Date.now()}`, new Date().toISOString());
  return { commit: () => (other.exec("COMMIT"), other.close()) };
}

/** The longest gap between timer ticks while `work` runs: the event loop must keep serving meanwhile. */
async function maxEventLoopGap<T>(work: Promise<T>): Promise<{ result: T; gap: number }> {
  let last = performance.now();
  let gap = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    gap = Math.max(gap, now - last);
    last = now;
  }, 10);
  try {
    return { result: await work, gap };
  } finally {
    clearInterval(timer);
  }
}

describe("SQLite writes while another connection holds the write lock", () => {
  it("waits for the lock and then commits every one of many parallel creates and updates", async () => {
    const existing = await db.investmentFigure.findMany({ where: { slug: { in: ["amazon-capex-2024", "meta-capex-2024"] } } });
    expect(existing).toHaveLength(2);
    const slugs = Array.from({ length: 40 }, (_, i) => `contention-${i}-${Date.now()}`);
    const lock = holdWriteLock();
    const started = performance.now();
    const work = Promise.all([
      ...slugs.map((slug) => engine.createEntity("investmentFigures", figure(slug), { publish: true })),
      // Read-then-write transactions (version check, then update): the ones that failed at once before.
      ...existing.map((row) =>
        engine.updateEntity("investmentFigures", row.id, row.version, {
          ...figure(row.slug, "123456789"),
          actorName: row.actorName,
          periodStart: row.periodStart,
          periodEnd: row.periodEnd,
          periodLabel: row.periodLabel,
        }),
      ),
    ]);
    const release = new Promise<void>((resolve) => setTimeout(() => (lock.commit(), resolve()), 1500));
    const [{ result: results, gap }] = await Promise.all([maxEventLoopGap(work), release]);
    const elapsed = performance.now() - started;

    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(elapsed).toBeGreaterThanOrEqual(1400); // they really waited for the other connection
    expect(gap).toBeLessThan(500); // …without freezing the process (SQLite's own busy wait is synchronous)
    const stored = await db.investmentFigure.findMany({ where: { slug: { in: slugs } }, select: { id: true, publication: true } });
    expect(stored).toHaveLength(slugs.length);
    expect(stored.every((s) => s.publication === "PUBLISHED")).toBe(true);
    const ids = stored.map((s) => s.id);
    expect(await db.revision.count({ where: { entityId: { in: ids }, action: "create" } })).toBe(slugs.length);
    expect(await db.auditLog.count({ where: { entityId: { in: ids }, action: "investmentFigures.create" } })).toBe(slugs.length);
    for (const row of existing) {
      const after = await db.investmentFigure.findUniqueOrThrow({ where: { id: row.id } });
      expect(after.amount?.toString()).toBe("123456789");
      expect(after.version).toBe(row.version + 1);
    }
    expect(await db.auditLog.count({ where: { action: "other-process.write" } })).toBeGreaterThanOrEqual(1);
  });

  it(
    "answers busy, with nothing written, when the lock is held longer than a write may wait; the next write succeeds",
    async () => {
      const slugs = Array.from({ length: 10 }, (_, i) => `busy-${i}-${Date.now()}`);
      const before = { revisions: await db.revision.count(), audit: await db.auditLog.count() };
      const lock = holdWriteLock();
      let results;
      try {
        ({ result: results } = await maxEventLoopGap(Promise.all(slugs.map((slug) => engine.createEntity("investmentFigures", figure(slug))))));
      } finally {
        lock.commit();
      }
      for (const r of results) {
        expect(r).toMatchObject({ ok: false, code: "busy" });
        expect((r as { message: string }).message).toMatch(/busy.*Nothing was saved/);
      }
      expect(await db.investmentFigure.count({ where: { slug: { in: slugs } } })).toBe(0);
      expect(await db.revision.count()).toBe(before.revisions);
      expect(await db.auditLog.count()).toBe(before.audit + 1); // only the other connection's row

      const retried = await engine.createEntity("investmentFigures", figure(slugs[0]));
      expect(retried).toMatchObject({ ok: true, version: 1 });
    },
    WRITE_LOCK_WAIT_MS * 3,
  );

  it("keeps reads outside a transaction off another request's uncommitted writes (no dirty reads)", async () => {
    const { db: appDb } = await import("@/lib/db");
    const slug = `uncommitted-${Date.now()}`;
    let inside!: () => void;
    const written = new Promise<void>((resolve) => (inside = resolve));
    let finish!: () => void;
    const hold = new Promise<void>((resolve) => (finish = resolve));
    const tx = appDb().$transaction(async (t) => {
      await t.auditLog.create({ data: { action: "uncommitted.write", entityId: slug } });
      inside();
      await hold;
      throw new Error("roll back");
    });
    await written;
    // Another request of the same process reads while that transaction is open: it must not see the row
    // (before, the adapter ran it on the same connection, inside the open transaction).
    expect(await appDb().auditLog.count({ where: { entityId: slug } })).toBe(0);
    finish();
    await expect(tx).rejects.toThrow("roll back");
    expect(await appDb().auditLog.count({ where: { entityId: slug } })).toBe(0);
  });
});

describe("amounts on SQLite", () => {
  it("stores up to 15 significant digits exactly and refuses more with a message at the field", async () => {
    const refused = await engine.createEntity("investmentFigures", figure(`decimal-a-${Date.now()}`, "28100000000.123456"));
    expect(refused).toMatchObject({ ok: false, code: "invalid" });
    expect((refused as { fieldErrors: Record<string, string> }).fieldErrors.amount).toMatch(/15 significant digits/);
    const slug = `decimal-b-${Date.now()}`;
    expect(await engine.createEntity("investmentFigures", figure(slug, "28100000000.1234"))).toMatchObject({ ok: true });
    expect((await db.investmentFigure.findUniqueOrThrow({ where: { slug } })).amount?.toString()).toBe("28100000000.1234");
    for (const amount of ["999999999999999", "1234567890.12345", "98765.432109", "0.000001"]) {
      const s = `decimal-${amount.replace(".", "-")}-${Date.now()}`;
      expect(await engine.createEntity("investmentFigures", figure(s, amount))).toMatchObject({ ok: true });
      expect((await db.investmentFigure.findUniqueOrThrow({ where: { slug: s } })).amount?.toString()).toBe(amount);
    }
  });
});

describe("CSV import on SQLite (batched, one transaction)", () => {
  it("stores every row as Prisma would: readable dates and amounts, source links, revisions, audit rows; editable afterwards", async () => {
    const { importRecords } = await import("@/lib/mutations/curated/import-records");
    const prefix = `import-${Date.now()}`;
    const rows = Array.from({ length: 1000 }, (_, i) => ({
      ...figure(`${prefix}-${i}`, i === 0 ? "28100000000.1234" : String(1000 + i)),
      sourceKeys: ["R6", "R11"],
      reportedOn: "2025-02-03",
    }));
    const started = performance.now();
    const result = await importRecords("investmentFigures", { rows: rows.map((cells, i) => ({ row: i + 1, cells })) }, { dryRun: false, publish: true });
    console.log(`import of ${rows.length} rows on SQLite: ${Math.round(performance.now() - started)} ms`);
    expect(result).toMatchObject({ ok: true, applied: true, preview: { counts: { create: rows.length, update: 0, error: 0, conflict: 0 } } });
    const stored = await db.investmentFigure.findMany({
      where: { slug: { startsWith: prefix } },
      include: { sources: { select: { key: true } }, jurisdiction: { select: { code: true } } },
    });
    expect(stored).toHaveLength(rows.length);
    const first = stored.find((f) => f.slug === `${prefix}-0`)!;
    expect(first.amount?.toString()).toBe("28100000000.1234");
    expect(first.reportedOn?.toISOString()).toBe("2025-02-03T00:00:00.000Z");
    expect(Math.abs(first.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect([first.publication, first.version, first.jurisdiction?.code, first.draft]).toEqual(["PUBLISHED", 1, "US", null]);
    expect(stored.every((f) => sourceKeyList(f.sources) === "R11,R6")).toBe(true);
    const ids = stored.map((f) => f.id);
    const revisions = await db.revision.findMany({ where: { entityId: { in: ids } } });
    expect(revisions).toHaveLength(rows.length);
    expect((revisions.find((r) => r.entityId === first.id)!.snapshot as { data: { amount: string } }).data.amount).toBe("28100000000.1234");
    const audits = await Promise.all(
      [ids.slice(0, 500), ids.slice(500)].map((part) => db.auditLog.count({ where: { entityId: { in: part }, action: "investmentFigures.create" } })),
    );
    expect(audits[0] + audits[1]).toBe(rows.length);
    const summary = await db.auditLog.findFirstOrThrow({ where: { action: "investmentFigures.import" }, orderBy: { createdAt: "desc" } });
    expect(summary.detail).toEqual({ rows: rows.length, created: rows.length, updated: 0, unchanged: 0, published: true });

    const edited = await engine.updateEntity("investmentFigures", first.id, 1, { ...figure(first.slug, "5"), sourceKeys: ["R6"] });
    expect(edited).toMatchObject({ ok: true, version: 2 });
    const history = await db.revision.findMany({ where: { entityId: first.id }, orderBy: { version: "asc" } });
    expect(history.map((h) => h.action)).toEqual(["create", "update"]);
  });
});
