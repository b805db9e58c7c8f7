import "server-only";
import { db } from "../../db";
import type { Tx } from "../../db-client";
import { Prisma } from "../../generated/prisma/client";
import { clientIp } from "../../auth/auth";
import { requirePermission, type CurrentUser } from "../../auth/current-user";
import type { Permission } from "../../auth/roles";
import { CURATED_SCHEMAS, fieldErrorRefs, type EntityName } from "../../validations/curated";
import { writeAudit } from "../write-audit";
import { DatabaseBusyError, writeTransaction } from "../../db-write";
import { ADAPTERS } from "./entities";
import { ReferenceChecker } from "./references";
import type { ConflictInfo, MutationResult } from "./result";
import { AppError } from "../../errors/app-error";
import { toFailure } from "../../errors/result";
import { errorTranslator } from "../../errors/translate";
import { requestLocale } from "../../errors/request-locale";
import { revalidatePublicPages } from "./revalidate-public";

// Every curation write: role check (re-read from the database) → strict validation → one transaction holding the
// version check, the write, a full revision snapshot and an audit row. Stale versions never overwrite.

type Delegate = {
  findUnique(a: object): Promise<Record<string, unknown> | null>;
  findFirst(a: object): Promise<Record<string, unknown> | null>;
  create(a: object): Promise<Record<string, unknown>>;
  update(a: object): Promise<Record<string, unknown>>;
};
const delegate = (tx: Tx, entity: EntityName) => (tx as unknown as Record<string, Delegate>)[ADAPTERS[entity].model];

/** A known failure of a curation write, with its message key (appErrors.curation.*); the transaction rolls back. */
const refuse = (code: "not-found" | "forbidden" | "conflict", key: string, conflict?: ConflictInfo) =>
  new AppError<ConflictInfo>(code, { key: `appErrors.curation.${key}` }, conflict ? { conflict } : {});

type Snapshot = { data: Record<string, unknown>; publication: string; deletedAt: string | null; draft: unknown };

async function snapshotOf(tx: Tx, entity: EntityName, id: string): Promise<{ row: Record<string, unknown>; snapshot: Snapshot }> {
  const row = await delegate(tx, entity).findUnique({ where: { id }, include: ADAPTERS[entity].include });
  if (!row) throw refuse("not-found", "recordGone");
  const snapshot: Snapshot = {
    data: ADAPTERS[entity].toInput(row as never) as Record<string, unknown>,
    publication: row.publication as string,
    deletedAt: row.deletedAt ? (row.deletedAt as Date).toISOString() : null,
    draft: row.draft ?? null,
  };
  return { row, snapshot };
}

async function conflictFor(tx: Tx, entity: EntityName, id: string): Promise<ConflictInfo> {
  const { row, snapshot } = await snapshotOf(tx, entity, id);
  const last = await tx.revision.findFirst({
    where: { entityType: entity, entityId: id },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, actor: { select: { name: true, email: true } } },
  });
  return {
    by: last?.actor ? `${last.actor.name} <${last.actor.email}>` : null,
    at: (last?.createdAt ?? (row.updatedAt as Date)).toISOString(),
    currentVersion: row.version as number,
    theirs: (snapshot.draft as Record<string, unknown> | null) ?? snapshot.data,
  };
}

async function record(tx: Tx, entity: EntityName, id: string, action: string, user: CurrentUser, ip: string, detail: Record<string, unknown> = {}) {
  const { row, snapshot } = await snapshotOf(tx, entity, id);
  await tx.revision.create({
    data: { entityType: entity, entityId: id, version: row.version as number, action, snapshot: snapshot as never, actorId: user.id },
  });
  await writeAudit(tx, {
    actorId: user.id, actorEmail: user.email, action: `${entity}.${action}`, entityType: entity, entityId: id, ip,
    detail: { version: row.version, ...detail },
  });
  return row.version as number;
}

/**
 * A record whose history is empty (a row written outside the engine, e.g. by an older seed) gets its current state
 * recorded as a "baseline" revision before its first change, so that what it held before can still be restored.
 */
async function ensureBaseline(tx: Tx, entity: EntityName, id: string) {
  if (await tx.revision.findFirst({ where: { entityType: entity, entityId: id }, select: { id: true } })) return;
  const { row, snapshot } = await snapshotOf(tx, entity, id);
  await tx.revision.create({ data: { entityType: entity, entityId: id, version: row.version as number, action: "baseline", snapshot: snapshot as never, actorId: null } });
}

/**
 * Runs a write transaction on an existing record. On PostgreSQL a concurrent save can pass the version check
 * and then find the row changed under it (the UPDATE … WHERE version matches nothing): that is reported as a
 * conflict with the other person's version, read after the failed transaction.
 */
async function onRecord<T>(entity: EntityName, id: string, body: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await writeTransaction(body);
  } catch (error) {
    if ((error as { code?: string }).code !== "P2025") throw error;
    throw refuse("conflict", "conflict", await conflictFor(db() as unknown as Tx, entity, id));
  }
}

async function ipOrUnknown(): Promise<string> {
  try {
    return await clientIp();
  } catch {
    return "unknown";
  }
}

/** Database failures every write can meet, as AppErrors; anything else is a bug and is thrown on. */
function knownFailure(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string }).code;
  if (code === "P2002") return new AppError("duplicate", { key: "appErrors.codes.duplicate" }, { fieldErrors: { _form: { key: "forms.errors.duplicate" } } });
  if (code === "P2025") return new AppError("conflict", { key: "appErrors.curation.conflictFirst" });
  if (error instanceof DatabaseBusyError) return new AppError("busy");
  return null;
}

async function run<T extends object>(permission: Permission, body: (user: CurrentUser, ip: string) => Promise<MutationResult<T>>): Promise<MutationResult<T>> {
  try {
    // PermissionError is an AppError (unauthorized / forbidden): nothing below runs for a refused caller.
    const user = await requirePermission(permission);
    return await body(user, await ipOrUnknown());
  } catch (error) {
    const known = knownFailure(error);
    if (!known) throw error;
    return toFailure(known as AppError<ConflictInfo>, errorTranslator(await requestLocale()));
  }
}

function parse(entity: EntityName, raw: unknown) {
  const parsed = CURATED_SCHEMAS[entity].safeParse(raw);
  if (!parsed.success) throw new AppError("invalid", { key: "appErrors.curation.fieldsNeedAttention" }, { fieldErrors: fieldErrorRefs(parsed.error) });
  return parsed.data as never;
}

async function buildData(tx: Tx, entity: EntityName, input: never, mode: "create" | "update", selfId?: string) {
  const refs = new ReferenceChecker(tx);
  const data = await ADAPTERS[entity].toData(input, refs, mode);
  const unique = ADAPTERS[entity].unique(input);
  if (!("id" in unique)) {
    const clash = await delegate(tx, entity).findFirst({ where: { ...flattenUnique(unique), ...(selfId ? { NOT: { id: selfId } } : {}) }, select: { id: true } });
    if (clash) refs.note(Object.keys(flattenUnique(unique))[0], "alreadyUsed");
  }
  if (!refs.ok) throw new AppError("invalid", { key: "appErrors.curation.fieldsNeedAttention" }, { fieldErrors: refs.issues });
  return data;
}

/** { currency_period: { currency, period } } → { currency, period } for a findFirst. */
function flattenUnique(u: Record<string, unknown>): Record<string, unknown> {
  const [k, v] = Object.entries(u)[0];
  return v && typeof v === "object" && k.includes("_") ? (v as Record<string, unknown>) : u;
}

export async function createEntity(entity: EntityName, raw: unknown, options: { publish?: boolean } = {}) {
  return run<{ id: string; version: number }>(options.publish ? "PUBLISH" : "EDIT_DRAFT", async (user, ip) => {
    const input = parse(entity, raw);
    const result = await writeTransaction(async (tx) => {
      const data = await buildData(tx, entity, input, "create");
      const row = await delegate(tx, entity).create({ data: { ...data, publication: options.publish ? "PUBLISHED" : "DRAFT" }, select: { id: true } });
      const version = await record(tx, entity, row.id as string, "create", user, ip, { published: Boolean(options.publish) });
      return { ok: true as const, id: row.id as string, version };
    });
    if (options.publish) revalidatePublicPages();
    return result;
  });
}

/**
 * Editors' changes to a published record wait in `draft` until an admin publishes them; other edits apply. With
 * `publish` (admins only: the PUBLISH check comes first, so a refused caller changes nothing) the edit and the
 * publication are one write in one transaction. Public pages are purged only when published data changed.
 */
export async function updateEntity(entity: EntityName, id: string, version: number, raw: unknown, options: { publish?: boolean } = {}) {
  return run<{ id: string; version: number; pendingDraft: boolean }>(options.publish ? "PUBLISH" : "EDIT_DRAFT", async (user, ip) => {
    const input = parse(entity, raw);
    let publicChange = false;
    const result = await onRecord(entity, id, async (tx) => {
      const { row } = await snapshotOf(tx, entity, id);
      if (row.deletedAt) throw refuse("not-found", "recordDeleted");
      if (row.version !== version) throw refuse("conflict", "conflict", await conflictFor(tx, entity, id));
      await ensureBaseline(tx, entity, id);
      const data = await buildData(tx, entity, input, "update", id);
      const asDraft = !options.publish && row.publication === "PUBLISHED" && user.role !== "ADMIN";
      const write = asDraft
        ? { draft: input, version: { increment: 1 } }
        : { ...data, draft: Prisma.DbNull, ...(options.publish ? { publication: "PUBLISHED" } : {}), version: { increment: 1 } };
      await delegate(tx, entity).update({ where: { id, version }, data: write });
      publicChange = Boolean(options.publish) || (!asDraft && row.publication === "PUBLISHED");
      const action = options.publish ? "publish" : asDraft ? "draft" : "update";
      const newVersion = await record(tx, entity, id, action, user, ip, options.publish ? { edited: true } : {});
      return { ok: true as const, id, version: newVersion, pendingDraft: asDraft };
    });
    if (publicChange) revalidatePublicPages();
    return result;
  });
}

export async function publishEntity(entity: EntityName, id: string, version: number) {
  return run<{ id: string; version: number }>("PUBLISH", async (user, ip) => {
    const result = await onRecord(entity, id, async (tx) => {
      const { row, snapshot } = await snapshotOf(tx, entity, id);
      if (row.version !== version) throw refuse("conflict", "conflict", await conflictFor(tx, entity, id));
      await ensureBaseline(tx, entity, id);
      const pending = snapshot.draft ? parse(entity, snapshot.draft) : null;
      const data = pending ? await buildData(tx, entity, pending, "update", id) : {};
      await delegate(tx, entity).update({ where: { id, version }, data: { ...data, draft: Prisma.DbNull, publication: "PUBLISHED", version: { increment: 1 } } });
      return { ok: true as const, id, version: await record(tx, entity, id, "publish", user, ip, { appliedDraft: Boolean(pending) }) };
    });
    revalidatePublicPages();
    return result;
  });
}

export async function deleteEntity(entity: EntityName, id: string, version: number) {
  return run<{ id: string; version: number }>("DELETE", async (user, ip) => {
    let publicChange = false;
    const result = await onRecord(entity, id, async (tx) => {
      const { row } = await snapshotOf(tx, entity, id);
      publicChange = row.publication === "PUBLISHED";
      if (row.version !== version) throw refuse("conflict", "conflict", await conflictFor(tx, entity, id));
      await ensureBaseline(tx, entity, id);
      await delegate(tx, entity).update({ where: { id, version }, data: { deletedAt: new Date(), version: { increment: 1 } } });
      return { ok: true as const, id, version: await record(tx, entity, id, "delete", user, ip) };
    });
    if (publicChange) revalidatePublicPages();
    return result;
  });
}

/**
 * What a restore does, decided by the role (see README "History and restore"): an admin's restore puts the
 * revision's values back as the published record at once (published, not deleted, any pending draft replaced);
 * an editor's restore saves them as the editor's draft for review, like any editor edit (a never-published record
 * takes them directly and stays unpublished). The values are those the history shows for that version: its draft
 * when it was a draft save, else its data. Either way it is a new revision; history is never rewritten.
 */
export type RestoreMode = "publish" | "draft";
export const restoreModeFor = (role: CurrentUser["role"]): RestoreMode => (role === "ADMIN" ? "publish" : "draft");
export const revisionContent = (snap: { data: Record<string, unknown>; draft?: unknown }) =>
  ((snap.draft as Record<string, unknown> | null | undefined) ?? snap.data);

export async function restoreRevision(entity: EntityName, id: string, revisionId: string, version: number) {
  return run<{ id: string; version: number; mode: RestoreMode }>("EDIT_DRAFT", async (user, ip) => {
    const mode = restoreModeFor(user.role);
    let publicChange = false;
    const result = await onRecord(entity, id, async (tx) => {
      const revision = await tx.revision.findFirst({ where: { id: revisionId, entityType: entity, entityId: id }, select: { snapshot: true, version: true } });
      if (!revision) throw refuse("not-found", "revisionMismatch");
      const { row } = await snapshotOf(tx, entity, id);
      if (row.version !== version) throw refuse("conflict", "conflict", await conflictFor(tx, entity, id));
      if (mode === "draft" && row.deletedAt) throw refuse("forbidden", "deletedAdminOnly");
      await ensureBaseline(tx, entity, id);
      const values = parse(entity, revisionContent(revision.snapshot as unknown as Snapshot));
      const data = await buildData(tx, entity, values, "update", id);
      const asDraft = mode === "draft" && row.publication === "PUBLISHED";
      const write = mode === "publish"
        ? { ...data, publication: "PUBLISHED", deletedAt: null, draft: Prisma.DbNull, version: { increment: 1 } }
        : asDraft ? { draft: values, version: { increment: 1 } } : { ...data, draft: Prisma.DbNull, version: { increment: 1 } };
      await delegate(tx, entity).update({ where: { id, version }, data: write });
      publicChange = mode === "publish";
      const detail = { fromVersion: revision.version, mode, replacedDraft: mode === "publish" && row.draft !== null && row.draft !== undefined };
      return { ok: true as const, id, mode, version: await record(tx, entity, id, mode === "publish" ? "restore" : "restore-draft", user, ip, detail) };
    });
    if (publicChange) revalidatePublicPages();
    return result;
  });
}

/** Who saved the draft as it now stands: the actor of the record's latest revision (every write records one). */
async function draftAuthorId(tx: Tx, entity: EntityName, id: string): Promise<string | null> {
  const last = await tx.revision.findFirst({ where: { entityType: entity, entityId: id }, orderBy: [{ version: "desc" }, { createdAt: "desc" }], select: { actorId: true } });
  return last?.actorId ?? null;
}

/**
 * Throws away what waits for review: a pending draft of a published record (the published values stay), or a
 * never-published record (soft-deleted; an admin can restore it from its history). Admins may discard any draft,
 * editors only their own (saved last by them); the version check makes a draft changed since it was opened a
 * conflict, not a silent discard.
 */
export async function discardDraft(entity: EntityName, id: string, version: number) {
  return run<{ id: string; version: number }>("EDIT_DRAFT", async (user, ip) =>
    onRecord(entity, id, async (tx) => {
      const { row } = await snapshotOf(tx, entity, id);
      if (row.deletedAt) throw refuse("not-found", "deleted");
      const hasDraft = row.draft !== null && row.draft !== undefined;
      if (!hasDraft && row.publication === "PUBLISHED") throw refuse("not-found", "noDraft");
      if (row.version !== version) throw refuse("conflict", "conflict", await conflictFor(tx, entity, id));
      if (user.role !== "ADMIN" && (await draftAuthorId(tx, entity, id)) !== user.id) throw refuse("forbidden", "ownDraftsOnly");
      await ensureBaseline(tx, entity, id);
      const write = hasDraft ? { draft: Prisma.DbNull } : { deletedAt: new Date() };
      await delegate(tx, entity).update({ where: { id, version }, data: { ...write, version: { increment: 1 } } });
      return { ok: true as const, id, version: await record(tx, entity, id, "discard", user, ip, { unpublishedRecord: !hasDraft }) };
    }),
  );
}


// ---- Used by the CSV import (lib/mutations/curated/import-records.ts): the forms' write path, one record at a
// time inside the import's own transaction, so that a whole file is applied all or nothing.

export type RowWrite =
  | { kind: "create"; input: unknown; publish: boolean }
  | { kind: "update"; id: string; version: number; input: unknown; publish: boolean };

/**
 * One create or update inside the caller's transaction, with the same data mapping, draft rules (an editor's change
 * to a published record waits in `draft`), revision snapshot and audit row as createEntity / updateEntity. The
 * caller has checked the role. Throws `RowRefused` (validation, stale version) so that the transaction rolls back.
 */
export async function writeRowInTransaction(tx: Tx, entity: EntityName, user: CurrentUser, ip: string, op: RowWrite, detail: Record<string, unknown> = {}) {
  try {
    const input = parse(entity, op.input);
    if (op.kind === "create") {
      const data = await buildData(tx, entity, input, "create");
      const row = await delegate(tx, entity).create({ data: { ...data, publication: op.publish ? "PUBLISHED" : "DRAFT" }, select: { id: true } });
      const version = await record(tx, entity, row.id as string, "create", user, ip, { published: op.publish, ...detail });
      return { id: row.id as string, version, pendingDraft: false, publicChange: op.publish };
    }
    const { row } = await snapshotOf(tx, entity, op.id);
    if (row.deletedAt) throw refuse("not-found", "recordDeleted");
    if (row.version !== op.version) throw refuse("conflict", "conflict", await conflictFor(tx, entity, op.id));
    const data = await buildData(tx, entity, input, "update", op.id);
    const asDraft = !op.publish && row.publication === "PUBLISHED" && user.role !== "ADMIN";
    const write = asDraft
      ? { draft: input, version: { increment: 1 } }
      : { ...data, draft: Prisma.DbNull, ...(op.publish ? { publication: "PUBLISHED" } : {}), version: { increment: 1 } };
    await delegate(tx, entity).update({ where: { id: op.id, version: op.version }, data: write });
    const action = op.publish ? "publish" : asDraft ? "draft" : "update";
    const version = await record(tx, entity, op.id, action, user, ip, { ...(op.publish ? { edited: true } : {}), ...detail });
    return { id: op.id, version, pendingDraft: asDraft, publicChange: op.publish || (!asDraft && row.publication === "PUBLISHED") };
  } catch (error) {
    // Only the engine's own refusals become row errors; a busy database or a unique-key race is the import's to handle.
    if (!(error instanceof AppError)) throw error;
    throw new RowRefused(toFailure(error as AppError<ConflictInfo>, errorTranslator(await requestLocale())) as Extract<MutationResult, { ok: false }>);
  }
}

/** A row the engine refused inside an import's transaction (the transaction is rolled back). */
export class RowRefused extends Error {
  constructor(readonly result: Extract<MutationResult, { ok: false }>) {
    super(result.message);
  }
}

/** Who saved the current version of a record and when (for an import's conflict rows). */
export const describeConflict = (tx: Tx, entity: EntityName, id: string): Promise<ConflictInfo> => conflictFor(tx, entity, id);
