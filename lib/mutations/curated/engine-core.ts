import "server-only";
// The steps every curation write shares (engine.ts composes them): the role check, strict validation, reference
// resolution, the version check, the one write path for creates and edits, and the revision + audit rows.
import { db } from "../../db";
import type { Tx } from "../../db-client";
import { Prisma } from "../../generated/prisma/client";
import { clientIp } from "../../auth/auth";
import { requirePermission, type CurrentUser } from "../../auth/current-user";
import type { Permission } from "../../auth/roles";
import { CURATED_SCHEMAS, fieldErrorRefs, type EntityInput, type EntityName } from "../../validations/curated";
import { createRow, curatedDelegate, entityAdapter, naturalKeyWhere, updateRow, type StoredRow } from "../../curation/registry";
import { writeAudit } from "../write-audit";
import { DatabaseBusyError, writeTransaction } from "../../db-write";
import { ReferenceChecker } from "./references";
import type { ConflictInfo, MutationResult } from "./result";
import { AppError } from "../../errors/app-error";
import { toFailure } from "../../errors/result";
import { errorTranslator } from "../../errors/translate";
import { requestLocale } from "../../errors/request-locale";

/** A known failure of a curation write, with its message key (appErrors.curation.*); the transaction rolls back. */
export const refuse = (code: "not-found" | "forbidden" | "conflict", key: string, conflict?: ConflictInfo) =>
  new AppError<ConflictInfo>(code, { key: `appErrors.curation.${key}` }, conflict ? { conflict } : {});

export type Snapshot = { data: Record<string, unknown>; publication: string; deletedAt: string | null; draft: unknown };
/** Snapshots and drafts are plain JSON (form values, ISO dates). */
export const json = (value: unknown): Prisma.InputJsonValue => value as Prisma.InputJsonValue;
/** The database client outside a transaction, for reads after a failed one. */
const reader = (): Tx => db();

export async function snapshotOf(tx: Tx, entity: EntityName, id: string): Promise<{ row: StoredRow; snapshot: Snapshot }> {
  const row = await curatedDelegate(tx, entity).findUnique({ where: { id }, include: entityAdapter(entity).include });
  if (!row) throw refuse("not-found", "recordGone");
  const snapshot: Snapshot = {
    data: entityAdapter(entity).toInput(row),
    publication: row.publication,
    deletedAt: row.deletedAt ? row.deletedAt.toISOString() : null,
    draft: row.draft ?? null,
  };
  return { row, snapshot };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export async function conflictFor(tx: Tx, entity: EntityName, id: string): Promise<ConflictInfo> {
  const { row, snapshot } = await snapshotOf(tx, entity, id);
  const last = await tx.revision.findFirst({
    where: { entityType: entity, entityId: id },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, actor: { select: { name: true, email: true } } },
  });
  return {
    by: last?.actor ? `${last.actor.name} <${last.actor.email}>` : null,
    at: (last?.createdAt ?? row.updatedAt).toISOString(),
    currentVersion: row.version,
    theirs: isRecord(snapshot.draft) ? snapshot.draft : snapshot.data,
  };
}

export async function record(tx: Tx, entity: EntityName, id: string, action: string, user: CurrentUser, ip: string, detail: Record<string, unknown> = {}) {
  const { row, snapshot } = await snapshotOf(tx, entity, id);
  await tx.revision.create({ data: { entityType: entity, entityId: id, version: row.version, action, snapshot: json(snapshot), actorId: user.id } });
  await writeAudit(tx, {
    actorId: user.id,
    actorEmail: user.email,
    action: `${entity}.${action}`,
    entityType: entity,
    entityId: id,
    ip,
    detail: { version: row.version, ...detail },
  });
  return row.version;
}

/**
 * A record whose history is empty (a row written outside the engine, e.g. by an older seed) gets its current state
 * recorded as a "baseline" revision before its first change, so that what it held before can still be restored.
 */
export async function ensureBaseline(tx: Tx, entity: EntityName, id: string) {
  if (await tx.revision.findFirst({ where: { entityType: entity, entityId: id }, select: { id: true } })) return;
  const { row, snapshot } = await snapshotOf(tx, entity, id);
  await tx.revision.create({ data: { entityType: entity, entityId: id, version: row.version, action: "baseline", snapshot: json(snapshot), actorId: null } });
}

const prismaCode = (error: unknown) => (error instanceof Prisma.PrismaClientKnownRequestError ? error.code : (error as { code?: string } | null)?.code);

/**
 * Runs a write transaction on an existing record. On PostgreSQL a concurrent save can pass the version check
 * and then find the row changed under it (the UPDATE … WHERE version matches nothing): that is reported as a
 * conflict with the other person's version, read after the failed transaction.
 */
export async function onRecord<T>(entity: EntityName, id: string, body: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await writeTransaction(body);
  } catch (error) {
    if (prismaCode(error) !== "P2025") throw error;
    throw refuse("conflict", "conflict", await conflictFor(reader(), entity, id));
  }
}

export async function ipOrUnknown(): Promise<string> {
  try {
    return await clientIp();
  } catch {
    return "unknown";
  }
}

/** Database failures every write can meet, as AppErrors; anything else is a bug and is thrown on. */
// The engine's AppErrors carry ConflictInfo (refuse), the only conflict detail a curation write gives.
function knownFailure(error: unknown): AppError<ConflictInfo> | null {
  if (error instanceof AppError) return error as AppError<ConflictInfo>;
  const code = prismaCode(error);
  if (code === "P2002") return new AppError("duplicate", { key: "appErrors.codes.duplicate" }, { fieldErrors: { _form: { key: "forms.errors.duplicate" } } });
  if (code === "P2025") return new AppError("conflict", { key: "appErrors.curation.conflictFirst" });
  if (error instanceof DatabaseBusyError) return new AppError("busy");
  return null;
}

export async function run<T extends object>(
  permission: Permission,
  body: (user: CurrentUser, ip: string) => Promise<MutationResult<T>>,
): Promise<MutationResult<T>> {
  try {
    // PermissionError is an AppError (unauthorized / forbidden): nothing below runs for a refused caller.
    const user = await requirePermission(permission);
    return await body(user, await ipOrUnknown());
  } catch (error) {
    const known = knownFailure(error);
    if (!known) throw error;
    return toFailure(known, errorTranslator(await requestLocale()));
  }
}

export function parse(entity: EntityName, raw: unknown): EntityInput<EntityName> {
  const parsed = CURATED_SCHEMAS[entity].safeParse(raw);
  if (!parsed.success) throw new AppError("invalid", { key: "appErrors.curation.fieldsNeedAttention" }, { fieldErrors: fieldErrorRefs(parsed.error) });
  return parsed.data;
}

export async function buildData(tx: Tx, entity: EntityName, input: EntityInput<EntityName>, mode: "create" | "update", selfId?: string) {
  const refs = new ReferenceChecker(tx);
  const adapter = entityAdapter(entity);
  const data = await adapter.toData(input, refs, mode);
  const unique = naturalKeyWhere(entity, input);
  if (unique) {
    const where = { ...unique, ...(selfId ? { NOT: { id: selfId } } : {}) };
    if (await curatedDelegate(tx, entity).findFirst({ where, select: { id: true } })) refs.note(Object.keys(unique)[0], "alreadyUsed");
  }
  if (!refs.ok) throw new AppError("invalid", { key: "appErrors.curation.fieldsNeedAttention" }, { fieldErrors: refs.issues });
  return data;
}

export type RowWrite = { kind: "create"; input: unknown; publish: boolean } | { kind: "update"; id: string; version: number; input: unknown; publish: boolean };
export type RowWritten = { id: string; version: number; pendingDraft: boolean; publicChange: boolean };

/**
 * THE write path of a form save and of each CSV row: validation, references and natural-key check, version check,
 * the draft rule (an editor's change to a published record waits in `draft`; `publish` applies and publishes it),
 * the write, the revision snapshot and the audit row, inside the caller's transaction. Throws AppErrors.
 * `baseline`: record a history-less row's current state first (form saves do; the import never has).
 */
export async function writeRow(
  tx: Tx,
  entity: EntityName,
  user: CurrentUser,
  ip: string,
  op: RowWrite,
  detail: Record<string, unknown> = {},
  baseline = false,
): Promise<RowWritten> {
  const input = parse(entity, op.input);
  if (op.kind === "create") {
    const data = await buildData(tx, entity, input, "create");
    const row = await createRow(tx, entity, { ...data, publication: op.publish ? "PUBLISHED" : "DRAFT" });
    const version = await record(tx, entity, row.id, "create", user, ip, { published: op.publish, ...detail });
    return { id: row.id, version, pendingDraft: false, publicChange: op.publish };
  }
  const { row } = await snapshotOf(tx, entity, op.id);
  if (row.deletedAt) throw refuse("not-found", "recordDeleted");
  if (row.version !== op.version) throw refuse("conflict", "conflict", await conflictFor(tx, entity, op.id));
  if (baseline) await ensureBaseline(tx, entity, op.id);
  const data = await buildData(tx, entity, input, "update", op.id);
  const asDraft = !op.publish && row.publication === "PUBLISHED" && user.role !== "ADMIN";
  const write = asDraft
    ? { draft: json(input), version: { increment: 1 } }
    : { ...data, draft: Prisma.DbNull, ...(op.publish ? { publication: "PUBLISHED" } : {}), version: { increment: 1 } };
  await updateRow(tx, entity, { id: op.id, version: op.version }, write);
  const action = op.publish ? "publish" : asDraft ? "draft" : "update";
  const version = await record(tx, entity, op.id, action, user, ip, { ...(op.publish ? { edited: true } : {}), ...detail });
  return { id: op.id, version, pendingDraft: asDraft, publicChange: op.publish || (!asDraft && row.publication === "PUBLISHED") };
}

/** A row the engine refused inside an import's transaction (the transaction is rolled back). */
export class RowRefused extends Error {
  constructor(readonly result: Extract<MutationResult, { ok: false }>) {
    super(result.message);
  }
}

/** writeRow for the CSV import: the engine's refusals become RowRefused (busy or unique-key races are the import's). */
export async function writeRowInTransaction(tx: Tx, entity: EntityName, user: CurrentUser, ip: string, op: RowWrite, detail: Record<string, unknown> = {}) {
  try {
    return await writeRow(tx, entity, user, ip, op, detail);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    throw new RowRefused(toFailure(error as AppError<ConflictInfo>, errorTranslator(await requestLocale())));
  }
}
