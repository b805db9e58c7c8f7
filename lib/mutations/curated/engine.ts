import "server-only";
import type { Tx } from "../../db-client";
import { Prisma } from "../../generated/prisma/client";
import type { CurrentUser } from "../../auth/current-user";
import type { EntityName } from "../../validations/curated";
import { updateRow } from "../../curation/registry";
import { writeTransaction } from "../../db-write";
import type { ConflictInfo } from "./result";
import { revalidatePublicPages } from "./revalidate-public";
import { buildData, conflictFor, ensureBaseline, json, onRecord, parse, record, refuse, run, snapshotOf, writeRow, type Snapshot } from "./engine-core";

// Every curation write: role check (re-read from the database) → strict validation → one transaction holding the
// version check, the write, a full revision snapshot and an audit row. Stale versions never overwrite. Creates and
// edits, from the forms and from the CSV import alike, go through engine-core's writeRow.
export { RowRefused, writeRowInTransaction, type RowWrite } from "./engine-core";

export async function createEntity(entity: EntityName, raw: unknown, options: { publish?: boolean } = {}) {
  const publish = Boolean(options.publish);
  return run<{ id: string; version: number }>(publish ? "PUBLISH" : "EDIT_DRAFT", async (user, ip) => {
    parse(entity, raw); // an invalid form never opens a write transaction
    const done = await writeTransaction((tx) => writeRow(tx, entity, user, ip, { kind: "create", input: raw, publish }));
    if (done.publicChange) revalidatePublicPages();
    return { ok: true as const, id: done.id, version: done.version };
  });
}

/**
 * Editors' changes to a published record wait in `draft` until an admin publishes them; other edits apply. With
 * `publish` (admins only: the PUBLISH check comes first, so a refused caller changes nothing) the edit and the
 * publication are one write in one transaction. Public pages are purged only when published data changed.
 */
export async function updateEntity(entity: EntityName, id: string, version: number, raw: unknown, options: { publish?: boolean } = {}) {
  const publish = Boolean(options.publish);
  return run<{ id: string; version: number; pendingDraft: boolean }>(publish ? "PUBLISH" : "EDIT_DRAFT", async (user, ip) => {
    parse(entity, raw);
    const done = await onRecord(entity, id, (tx) => writeRow(tx, entity, user, ip, { kind: "update", id, version, input: raw, publish }, {}, true));
    if (done.publicChange) revalidatePublicPages();
    return { ok: true as const, id, version: done.version, pendingDraft: done.pendingDraft };
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
      await updateRow(tx, entity, { id, version }, { ...data, draft: Prisma.DbNull, publication: "PUBLISHED", version: { increment: 1 } });
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
      await updateRow(tx, entity, { id, version }, { deletedAt: new Date(), version: { increment: 1 } });
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
export const revisionContent = (snap: { data: Record<string, unknown>; draft?: unknown }): unknown => snap.draft ?? snap.data;

const isSnapshot = (v: unknown): v is Snapshot => typeof v === "object" && v !== null && "data" in v;

export async function restoreRevision(entity: EntityName, id: string, revisionId: string, version: number) {
  return run<{ id: string; version: number; mode: RestoreMode }>("EDIT_DRAFT", async (user, ip) => {
    const mode = restoreModeFor(user.role);
    let publicChange = false;
    const result = await onRecord(entity, id, async (tx) => {
      const revision = await tx.revision.findFirst({ where: { id: revisionId, entityType: entity, entityId: id }, select: { snapshot: true, version: true } });
      if (!revision || !isSnapshot(revision.snapshot)) throw refuse("not-found", "revisionMismatch");
      const { row } = await snapshotOf(tx, entity, id);
      if (row.version !== version) throw refuse("conflict", "conflict", await conflictFor(tx, entity, id));
      if (mode === "draft" && row.deletedAt) throw refuse("forbidden", "deletedAdminOnly");
      await ensureBaseline(tx, entity, id);
      const values = parse(entity, revisionContent(revision.snapshot));
      const data = await buildData(tx, entity, values, "update", id);
      const asDraft = mode === "draft" && row.publication === "PUBLISHED";
      const write =
        mode === "publish"
          ? { ...data, publication: "PUBLISHED", deletedAt: null, draft: Prisma.DbNull, version: { increment: 1 } }
          : asDraft
            ? { draft: json(values), version: { increment: 1 } }
            : { ...data, draft: Prisma.DbNull, version: { increment: 1 } };
      await updateRow(tx, entity, { id, version }, write);
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
  const last = await tx.revision.findFirst({
    where: { entityType: entity, entityId: id },
    orderBy: [{ version: "desc" }, { createdAt: "desc" }],
    select: { actorId: true },
  });
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
      await updateRow(tx, entity, { id, version }, { ...write, version: { increment: 1 } });
      return { ok: true as const, id, version: await record(tx, entity, id, "discard", user, ip, { unpublishedRecord: !hasDraft }) };
    }),
  );
}

/** Who saved the current version of a record and when (for an import's conflict rows). */
export const describeConflict = (tx: Tx, entity: EntityName, id: string): Promise<ConflictInfo> => conflictFor(tx, entity, id);
