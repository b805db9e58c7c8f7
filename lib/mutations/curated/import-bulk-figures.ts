import "server-only";
import { randomUUID } from "node:crypto";
// New investment figures from a CSV import, inserted in batches inside the import's transaction: the figures,
// their source links, a revision and an audit row per figure. The largest file (MAX_IMPORT_ROWS) commits in a few
// seconds: a handful of statements per 100 rows instead of ~8 round trips per row, so the write lock is held
// briefly. The rows were validated by the import's plan (lib/mutations/curated/import-plan.ts) with the same schema
// and references as the forms; updates and every other entity go through the engine row by row.
import { Prisma } from "../../generated/prisma/client";
import type { Tx } from "../../db-client";
import { bulkInsert } from "../../db-write";
import { writeAuditMany } from "../write-audit";
import { curatedDelegate, REGISTRY } from "../../curation/registry";

const ENTITY = "investmentFigures" as const;
const adapter = REGISTRY[ENTITY];
/**
 * Rows per INSERT / IN (...) list: well under SQLite's and PostgreSQL's bind-variable limits, and small enough
 * that Prisma's work on one batch (~0.1–0.2 ms per row) never keeps the event loop from serving pages for long.
 */
export const CHUNK = 100;
const DECIMALS = ["amount", "amountLow", "amountHigh"] as const;

export const chunks = <T>(list: T[], size = CHUNK): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
/** Lets the event loop serve other requests between batches of CPU work. */
export const breathe = () => new Promise((resolve) => setImmediate(resolve));

export type NewFigure = { data: Record<string, unknown>; sourceKeys: string[] };

/** Inserts the figures; returns their ids. Throws (rolling the transaction back) if a slug was taken meanwhile. */
export async function insertFigures(tx: Tx, figures: NewFigure[], publish: boolean, actor: { id: string; email: string }, ip: string): Promise<string[]> {
  if (figures.length === 0) return [];
  // Checked again under the write lock: another writer may have taken a slug since the plan (the raw INSERT
  // would fail on the unique index with a driver error instead of saying so).
  for (const part of chunks(figures)) {
    const taken = await tx.investmentFigure.findFirst({ where: { slug: { in: part.map((f) => f.data.slug as string) } }, select: { slug: true } });
    if (taken) throw new SlugTaken(taken.slug);
  }
  const now = new Date();
  const keys = [...new Set(figures.flatMap((f) => f.sourceKeys))];
  const sourceIds = new Map((await tx.source.findMany({ where: { key: { in: keys } }, select: { id: true, key: true } })).map((s) => [s.key, s.id]));
  const ids: string[] = [];
  for (const part of chunks(figures)) {
    await breathe();
    const rows = part.map((p) => ({ id: randomUUID(), ...p.data, publication: publish ? "PUBLISHED" : "DRAFT", version: 1, createdAt: now, updatedAt: now }));
    await bulkInsert(tx, "investmentFigure", rows, DECIMALS);
    ids.push(...rows.map((r) => r.id));
    // Implicit many-to-many table: A = InvestmentFigure.id, B = Source.id (Prisma orders the models by name).
    const links = part.flatMap((p, i) => [...new Set(p.sourceKeys)].map((key) => Prisma.sql`(${rows[i].id}, ${sourceIds.get(key)!})`));
    for (const linkPart of chunks(links)) await tx.$executeRaw`INSERT INTO "_InvestmentSources" ("A", "B") VALUES ${Prisma.join(linkPart)}`;
  }
  // Revisions hold the stored row in the form's shape (as after every other write), read back in batches.
  for (const part of chunks(ids)) {
    await breathe();
    const rows = await curatedDelegate(tx, ENTITY).findMany({ where: { id: { in: part } }, include: adapter.include });
    await bulkInsert(
      tx,
      "revision",
      rows.map((r) => ({
        id: randomUUID(),
        entityType: ENTITY,
        entityId: r.id,
        version: r.version,
        action: "create",
        actorId: actor.id,
        createdAt: now,
        snapshot: { data: adapter.toInput(r), publication: r.publication, deletedAt: null, draft: null },
      })),
    );
    await writeAuditMany(
      tx,
      rows.map((r) => ({
        actorId: actor.id,
        actorEmail: actor.email,
        action: `${ENTITY}.create`,
        entityType: ENTITY,
        entityId: r.id,
        ip,
        detail: { version: r.version, import: true, published: publish },
      })),
      now,
    );
  }
  return ids;
}

/** A new figure's slug was taken between the import's check and its write: the transaction is rolled back. */
export class SlugTaken extends Error {
  constructor(readonly slug: string) {
    super(`Slug taken: ${slug}`);
  }
}
