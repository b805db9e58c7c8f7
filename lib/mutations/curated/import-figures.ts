import "server-only";
import { randomUUID } from "node:crypto";
// CSV import of investment figures: role check (re-read from the database) → every row validated (schema,
// references, duplicate slugs in the file and in the database) → unless a dry run, ONE write transaction with
// batched inserts: the figures, their source links, a revision and an audit row per figure, and one summary
// audit row. All or nothing. The documented maximum (MAX_IMPORT_ROWS) commits in a few seconds: a handful of
// statements per 500 rows instead of ~8 round trips per row, and the write lock is held only for the inserts.
import { Prisma } from "../../generated/prisma/client";
import type { Tx } from "../../db-client";
import { db } from "../../db";
import { bulkInsert, DatabaseBusyError, writeTransaction } from "../../db-write";
import { clientIp } from "../../auth/auth";
import { PermissionError, requirePermission } from "../../auth/current-user";
import { CURATED_SCHEMAS, fieldErrors, type EntityInput } from "../../validations/curated";
import { writeAuditMany } from "../write-audit";
import { ADAPTERS } from "./entities";
import { ReferenceChecker } from "./references";
import { fail, type MutationResult } from "./result";
import { revalidatePublicPages } from "./revalidate-public";

export type RowProblem = { row: number; fieldErrors: Record<string, string> };
export type ImportOutcome = { created: number; problems: RowProblem[]; valid: number };

type FigureInput = EntityInput<"investmentFigures">;
const ENTITY = "investmentFigures" as const;
const adapter = ADAPTERS[ENTITY];
/**
 * Rows per INSERT / IN (...) list: well under SQLite's and PostgreSQL's bind-variable limits, and small enough
 * that Prisma's work on one batch (~0.1–0.2 ms per row) never keeps the event loop from serving pages for long.
 */
const CHUNK = 100;
/** A transaction that writes MAX_IMPORT_ROWS rows may hold the lock this long before it is rolled back. */
const IMPORT_TIMEOUT_MS = 60_000;

const chunks = <T,>(list: T[], size = CHUNK): T[][] => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
/** Lets the event loop serve other requests between batches of CPU work. */
const breathe = () => new Promise((resolve) => setImmediate(resolve));

/** Jurisdictions and sources are small tables: load them once instead of two queries per row. */
class PreloadedReferences extends ReferenceChecker {
  constructor(
    tx: Tx,
    private readonly jurisdictions: Map<string, string>,
    private readonly sourceIds: Map<string, string>,
  ) {
    super(tx);
  }
  static async load(client: Tx) {
    const [jurisdictions, sources] = await Promise.all([
      client.jurisdiction.findMany({ where: { deletedAt: null }, select: { id: true, code: true } }),
      client.source.findMany({ where: { deletedAt: null }, select: { id: true, key: true } }),
    ]);
    return { jurisdictions: new Map(jurisdictions.map((j) => [j.code, j.id])), sourceIds: new Map(sources.map((s) => [s.key, s.id])) };
  }
  override async sources(field: string, keys: string[]) {
    const missing = keys.filter((k) => !this.sourceIds.has(k));
    if (missing.length) this.errors[field] ??= `Unknown source: ${missing.join(", ")}.`;
    return keys.map((key) => ({ key }));
  }
  override async jurisdiction(field: string, code: string) {
    const id = this.jurisdictions.get(code);
    if (!id) this.errors[field] ??= `Unknown jurisdiction: ${code}.`;
    return id ?? "";
  }
}

type Prepared = { row: number; input: FigureInput; data: Record<string, unknown>; sourceKeys: string[] };

/** Every check that needs no lock: schema, duplicates within the file and against the database, references. */
async function validate(client: Tx, rows: unknown[]): Promise<{ prepared: Prepared[]; problems: RowProblem[]; refs: Awaited<ReturnType<typeof PreloadedReferences.load>> }> {
  const problems: RowProblem[] = [];
  const parsed: { row: number; input: FigureInput }[] = [];
  const seen = new Map<string, number>();
  for (const [index, raw] of rows.entries()) {
    if (index % CHUNK === 0) await breathe();
    const result = CURATED_SCHEMAS[ENTITY].safeParse(raw);
    if (!result.success) {
      problems.push({ row: index + 1, fieldErrors: fieldErrors(result.error) });
      continue;
    }
    const input = result.data as FigureInput;
    if (seen.has(input.slug)) {
      problems.push({ row: index + 1, fieldErrors: { slug: `Same key as row ${seen.get(input.slug)}.` } });
      continue;
    }
    seen.set(input.slug, index + 1);
    parsed.push({ row: index + 1, input });
  }
  const taken = new Set<string>();
  for (const part of chunks([...seen.keys()])) {
    const found = await client.investmentFigure.findMany({ where: { slug: { in: part } }, select: { slug: true } });
    for (const f of found) taken.add(f.slug);
  }
  const refs = await PreloadedReferences.load(client);
  const prepared: Prepared[] = [];
  for (const [index, { row, input }] of parsed.entries()) {
    if (index % CHUNK === 0) await breathe();
    const checker = new PreloadedReferences(client, refs.jurisdictions, refs.sourceIds);
    const { sources: _links, ...data } = await adapter.toData(input as never, checker, "create");
    if (taken.has(input.slug)) checker.errors.slug ??= "Already used by another record.";
    if (!checker.ok) problems.push({ row, fieldErrors: checker.errors });
    else prepared.push({ row, input, data, sourceKeys: input.sourceKeys });
  }
  problems.sort((a, b) => a.row - b.row);
  return { prepared, problems, refs };
}

const DECIMALS = ["amount", "amountLow", "amountHigh"] as const;

async function insertAll(tx: Tx, prepared: Prepared[], sourceIds: Map<string, string>, publish: boolean, actor: { id: string; email: string }, ip: string) {
  const now = new Date();
  const ids: string[] = [];
  for (const part of chunks(prepared)) {
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
    const rows = await tx.investmentFigure.findMany({ where: { id: { in: part } }, include: adapter.include as { sources: { select: { key: true } } } });
    await bulkInsert(tx, "revision", rows.map((r) => ({
      id: randomUUID(), entityType: ENTITY, entityId: r.id, version: r.version, action: "create", actorId: actor.id, createdAt: now,
      snapshot: { data: adapter.toInput(r as never), publication: r.publication, deletedAt: null, draft: null },
    })));
    await writeAuditMany(tx, rows.map((r) => ({ actorId: actor.id, actorEmail: actor.email, action: `${ENTITY}.create`, entityType: ENTITY, entityId: r.id, ip, detail: { version: r.version, import: true } })), now);
  }
  await writeAuditMany(tx, [{ actorId: actor.id, actorEmail: actor.email, action: `${ENTITY}.import`, entityType: ENTITY, ip, detail: { rows: ids.length, published: publish } }], now);
  return ids.length;
}

async function ipOrUnknown(): Promise<string> {
  try {
    return await clientIp();
  } catch {
    return "unknown";
  }
}

export async function importFigures(rows: unknown[], options: { dryRun: boolean; publish?: boolean }): Promise<MutationResult<ImportOutcome>> {
  const publish = Boolean(options.publish);
  let user;
  try {
    user = await requirePermission(publish ? "PUBLISH" : "EDIT_DRAFT");
  } catch (error) {
    if (error instanceof PermissionError) return fail(error.status === 401 ? "unauthorized" : "forbidden", error.message);
    throw error;
  }
  const ip = await ipOrUnknown();
  // Validate outside the write lock (reads only), then again for slugs inside it: another writer may have
  // taken a slug in between (the unique index would refuse it; this names the row).
  const checked = await validate(db() as unknown as Tx, rows);
  const preparedRows = new Set(checked.prepared.map((p) => p.row));
  const outcome = (created: number, problems: RowProblem[]) => ({ ok: true as const, created, problems, valid: preparedRows.size - problems.filter((p) => preparedRows.has(p.row)).length });
  if (options.dryRun || checked.problems.length) return outcome(0, checked.problems);
  try {
    const result = await writeTransaction(async (tx) => {
      const taken: RowProblem[] = [];
      for (const part of chunks(checked.prepared)) {
        const found = await tx.investmentFigure.findMany({ where: { slug: { in: part.map((p) => p.input.slug) } }, select: { slug: true } });
        const clash = new Set(found.map((f) => f.slug));
        for (const p of part) if (clash.has(p.input.slug)) taken.push({ row: p.row, fieldErrors: { slug: "Already used by another record." } });
      }
      if (taken.length) return { created: 0, problems: taken };
      return { created: await insertAll(tx, checked.prepared, checked.refs.sourceIds, publish, user, ip), problems: [] };
    }, { timeout: IMPORT_TIMEOUT_MS });
    if (result.created > 0 && publish) revalidatePublicPages();
    return outcome(result.created, result.problems);
  } catch (error) {
    if (error instanceof DatabaseBusyError) return fail("busy", error.message);
    throw error;
  }
}
