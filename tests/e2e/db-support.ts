// The e2e files' handle on the server's database (one SQLite file shared by every e2e file): set up records that
// have no screen yet, and check what a request stored.
import { afterAll, beforeAll, inject } from "vitest";
import type { Browser } from "playwright-core";
import { createDb, type Db } from "../../lib/db-client";
import { resolveDbTarget } from "../../lib/db-url";
import { launchBrowser } from "./browser";

/** A client on the server's database; the caller disconnects it. */
export function serverDb(): Db {
  const url = inject("databaseUrl");
  if (!url) throw new Error("These tests use the server's database: set DATABASE_URL to it (e.g. file:/tmp/dev.db).");
  return createDb(resolveDbTarget(url));
}

/** A browser and a client on the server's database for a file's tests, both closed after them. */
export function useBrowserAndDb() {
  const session = {} as { browser: Browser; db: Db };
  beforeAll(async () => {
    session.db = serverDb();
    session.browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await session.browser?.close();
    await session.db?.$disconnect();
  });
  return session;
}

/** Every curator note stored (the fact sheet's grade shorthand such as "H/M", and sources' notes): no public page or API shows them. */
export async function curatorNotes(db: Db): Promise<string[]> {
  const where = { confidenceNote: { not: null } };
  const select = { confidenceNote: true } as const;
  const rows = [
    ...(await db.jurisdiction.findMany({ where, select })),
    ...(await db.instrument.findMany({ where, select })),
    ...(await db.timelineEvent.findMany({ where, select })),
    ...(await db.assessment.findMany({ where, select })),
    ...(await db.investmentFigure.findMany({ where, select })),
  ].map((r) => r.confidenceNote!);
  const sourceNotes = (await db.source.findMany({ where: { note: { not: null } }, select: { note: true } })).map((s) => s.note!);
  return [...new Set([...rows, ...sourceNotes])].filter((n) => n.trim().length >= 3);
}
