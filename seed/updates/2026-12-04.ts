// Data update of 2026-12-04: brings a database seeded by the previous version to the fact sheet's "Update of
// 2026-12-04" (sections E and F) without touching curators' work. Runs after the seeder on every start
// (scripts/prepare-db.ts) and is idempotent:
//
// 1. Backfill: every curated row without any revision (rows seeded before seeding wrote revisions) gets a first
//    "create" revision by the system user holding its current, i.e. originally seeded, values, so that they can be
//    restored from its history.
// 2. Update: a seeded row whose values differ from the current seed is brought to the seed's values with an
//    "update" revision and an audit row by the system user, but only when no person has touched it. A row counts as
//    edited by a curator when any revision of it is by someone other than the system user, or it holds a pending
//    draft: every save, draft, publish, delete or restore through the app writes such a revision, so this catches
//    all of them, while the version number alone would not tell a system update from a person's. Edited rows are
//    left exactly as they are and listed in the log.
// 3. Removal: sources the seed dropped (FS1) are soft-deleted the same way, if untouched and no longer cited.
// 4. An audit row "dataUpdate.applied" (keyed by a hash of the seed values) marks it done, so later starts skip the
//    row-by-row comparison; a changed seed (a new hash) runs it again.
//
// New rows (sources U1–U41, the US states and India, the new instruments, milestones, figures, events, claims and
// the EU's dated stance) are created by the seeder beforehand, with their own "create" revisions, so a fresh
// database and an updated one end with the same data.
import { createHash } from "node:crypto";
import type { Db } from "../../lib/db-client";
import { ENTITY_NAMES, type EntityName } from "../../lib/validations/curated";
import { curatedSeed } from "../data/index";
import type { CuratedSeed } from "../data/types";
import { DROPPED_SOURCES, seedPlan } from "../seed-plan";
import { canonical, currentState, dataFor, ensureSystemUser, recordSystemChange } from "../seed-rows";
import { curatedDelegate, updateRow } from "../../lib/curation/registry";

export const UPDATE_ID = "2026-12-04";

export type UpdateReport = { backfilled: number; updated: string[]; keptEdited: string[]; removed: string[] };

const APPLIED = "dataUpdate.applied";

/** `recheck` compares row by row even when the marker says it was applied (the audit log is append-only, so a
 * marker cannot be removed to force it). */
export async function applyUpdate20261204(db: Db, data: CuratedSeed = curatedSeed, opts: { recheck?: boolean } = {}): Promise<UpdateReport> {
  const system = await ensureSystemUser(db);
  const report: UpdateReport = { backfilled: 0, updated: [], keptEdited: [], removed: [] };
  const plan = seedPlan(data, { exchangeRates: true });
  // Once applied for these exact seed values, later starts skip the row-by-row comparison (an audit row marks it).
  const seedHash = createHash("sha256")
    .update(JSON.stringify(plan.map((r) => [r.key, r.input])))
    .digest("hex");
  const marker = await db.auditLog.findFirst({ where: { action: APPLIED, entityId: seedHash }, select: { id: true } });
  if (marker && !opts.recheck) return report;

  report.backfilled = await backfillCreateRevisions(db, system);

  /** Rows a person has touched: any revision not by the system user. */
  const edited = new Set(
    (await db.revision.findMany({ where: { OR: [{ actorId: { not: system.id } }, { actorId: null }] }, select: { entityType: true, entityId: true } })).map(
      (r) => `${r.entityType}:${r.entityId}`,
    ),
  );

  for (const row of plan) {
    const id = await row.find(db as never);
    if (!id) continue; // the seeder creates missing rows
    const outcome = await db
      .$transaction(async (tx): Promise<"same" | "edited" | "updated"> => {
        const { row: stored, input } = await currentState(tx, row.entity, id);
        const wanted = canonical(row.entity, row.input);
        const changed = Object.keys(wanted).filter((k) => JSON.stringify(wanted[k]) !== JSON.stringify(input[k]));
        if (changed.length === 0) return "same";
        if (edited.has(`${row.entity}:${id}`) || stored.draft !== null || stored.deletedAt !== null) return "edited";
        const values = await dataFor(tx, row.entity, wanted, "update");
        await updateRow(tx, row.entity, { id, version: stored.version }, { ...values, version: { increment: 1 } });
        await recordSystemChange(tx, row.entity, id, "update", system, { dataUpdate: UPDATE_ID, fields: changed });
        return "updated";
      })
      .catch((error: { code?: string }) => {
        // The row changed under us (a curator saving, or a concurrent start applying this update): leave it.
        if (error.code === "P2025") return "edited" as const;
        throw error;
      });
    if (outcome === "updated") report.updated.push(row.key);
    if (outcome === "edited") report.keptEdited.push(row.key);
  }

  for (const key of DROPPED_SOURCES) {
    const source = await db.source.findUnique({ where: { key }, select: { id: true, deletedAt: true, draft: true, version: true } });
    if (!source || source.deletedAt) continue;
    const citedBy = await db.source.count({
      where: {
        key,
        OR: [
          { jurisdictions: { some: { deletedAt: null } } },
          { instruments: { some: { deletedAt: null } } },
          { milestones: { some: { deletedAt: null } } },
          { assessments: { some: { deletedAt: null } } },
          { investments: { some: { deletedAt: null } } },
          { events: { some: { deletedAt: null } } },
          { claimsMade: { some: { deletedAt: null } } },
          { claimsEvidence: { some: { deletedAt: null } } },
          { exchangeRates: { some: { deletedAt: null } } },
          { expertViews: { some: { deletedAt: null } } },
        ],
      },
    });
    if (citedBy > 0 || source.draft !== null || edited.has(`sources:${source.id}`)) {
      report.keptEdited.push(`sources ${key}`);
      continue;
    }
    const removed = await db
      .$transaction(async (tx) => {
        await tx.source.update({ where: { id: source.id, version: source.version }, data: { deletedAt: new Date(), version: { increment: 1 } } });
        await recordSystemChange(tx, "sources", source.id, "delete", system, { dataUpdate: UPDATE_ID, reason: "dropped by fact-sheet row E1" });
        return true;
      })
      .catch((error: { code?: string }) => {
        if (error.code === "P2025") return false; // changed meanwhile: left alone
        throw error;
      });
    if (removed) report.removed.push(`sources ${key}`);
  }
  await db.auditLog.create({
    data: {
      actorId: system.id,
      actorEmail: system.email,
      action: APPLIED,
      entityType: "dataUpdate",
      entityId: seedHash,
      detail: {
        update: UPDATE_ID,
        updated: report.updated.length,
        removed: report.removed,
        backfilled: report.backfilled,
        keptEdited: report.keptEdited,
      } as never,
    },
  });
  return report;
}

/** Gives every curated row without any revision its first "create" revision (its current values). */
export async function backfillCreateRevisions(db: Db, system: { id: string; email: string }): Promise<number> {
  let count = 0;
  for (const entity of ENTITY_NAMES as EntityName[]) {
    const withHistory = new Set(
      (await db.revision.findMany({ where: { entityType: entity }, select: { entityId: true }, distinct: ["entityId"] })).map((r) => r.entityId),
    );
    const ids = (await curatedDelegate(db, entity).findMany({ orderBy: { createdAt: "asc" } })).map((r) => r.id).filter((id) => !withHistory.has(id));
    for (const id of ids) {
      await db.$transaction(async (tx) => {
        // Re-checked inside the transaction: a concurrent start may have written it meanwhile.
        if (await tx.revision.findFirst({ where: { entityType: entity, entityId: id }, select: { id: true } })) return;
        await recordSystemChange(tx, entity, id, "create", system, { backfill: true });
        count += 1;
      });
    }
  }
  return count;
}

/** One line for the start log. */
export function describeUpdate(r: UpdateReport): string | null {
  if (!r.backfilled && !r.updated.length && !r.removed.length && !r.keptEdited.length) return null;
  const parts = [
    r.updated.length ? `${r.updated.length} rows updated` : "",
    r.removed.length ? `${r.removed.length} removed` : "",
    r.backfilled ? `${r.backfilled} first revisions backfilled` : "",
    r.keptEdited.length
      ? `${r.keptEdited.length} curator-edited rows left as they are (${r.keptEdited.slice(0, 5).join(", ")}${r.keptEdited.length > 5 ? ", …" : ""})`
      : "",
  ].filter(Boolean);
  return `Data update ${UPDATE_ID}: ${parts.join("; ")}.`;
}
