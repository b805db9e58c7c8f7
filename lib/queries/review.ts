import "server-only";
import { db } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { can } from "../auth/roles";
import { assertAllowed, curatedModel } from "./admin";
import { PENDING_REVIEW_WHERE } from "./curation";
import { draftOf, entityAdapter, labelOf } from "../curation/registry";
import { ENTITY_NAMES, type EntityName } from "../validations/curated";
import { formattedChanges, type FormattedChange } from "../review/format-value";

// The pending-review queue: every draft across the curated entities. Admins see all of them (to publish or
// discard); editors see only the drafts they saved last (to discard their own); viewers and anonymous users are
// refused before the first read.

export type ReviewItem = {
  entity: EntityName;
  id: string;
  version: number;
  label: string;
  /** "change": a published record with a pending draft; "new": a record never published. */
  kind: "change" | "new";
  savedBy: { id: string | null; name: string | null; email: string | null };
  savedAt: string;
  changes: FormattedChange[];
  mayPublish: boolean;
  mayDiscard: boolean;
};

/** Who wrote each record's latest revision (the draft as it now stands), by record id. */
async function latestAuthors(entity: EntityName, ids: string[]) {
  if (ids.length === 0) return new Map<string, { actorId: string | null; name: string | null; email: string | null; at: Date }>();
  const revisions = await db().revision.findMany({
    where: { entityType: entity, entityId: { in: ids } },
    orderBy: [{ version: "desc" }, { createdAt: "desc" }],
    select: { entityId: true, actorId: true, createdAt: true, actor: { select: { name: true, email: true } } },
  });
  const out = new Map<string, { actorId: string | null; name: string | null; email: string | null; at: Date }>();
  for (const r of revisions)
    if (!out.has(r.entityId)) out.set(r.entityId, { actorId: r.actorId, name: r.actor?.name ?? null, email: r.actor?.email ?? null, at: r.createdAt });
  return out;
}

export async function getReviewQueue(user: CurrentUser): Promise<ReviewItem[]> {
  assertAllowed(user, "EDIT_DRAFT");
  const admin = can(user.role, "PUBLISH");
  const items: ReviewItem[] = [];
  for (const entity of ENTITY_NAMES) {
    const adapter = entityAdapter(entity);
    const rows = await curatedModel(entity).findMany({
      where: PENDING_REVIEW_WHERE,
      include: adapter.include,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take: 500,
    });
    const authors = await latestAuthors(
      entity,
      rows.map((r) => r.id),
    );
    for (const row of rows) {
      const id = row.id;
      const author = authors.get(id);
      const mine = author?.actorId === user.id;
      if (!admin && !mine) continue; // an editor never receives another person's draft
      const published: Record<string, unknown> = adapter.toInput(row);
      const draft = draftOf(row);
      const isNew = row.publication === "DRAFT";
      const proposed = draft ?? published;
      items.push({
        entity,
        id,
        version: row.version,
        label: labelOf(entity, proposed),
        kind: isNew ? "new" : "change",
        savedBy: { id: author?.actorId ?? null, name: author?.name ?? null, email: author?.email ?? null },
        savedAt: (author?.at ?? row.updatedAt).toISOString(),
        changes: formattedChanges(entity, isNew ? null : published, proposed),
        mayPublish: admin,
        mayDiscard: admin || mine,
      });
    }
  }
  return items.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

/**
 * The number shown in the admin header: every pending draft for admins, the editor's own for editors. Admins get a
 * plain count; an editor's count needs the authors, so it reads the (editor-filtered) queue.
 */
export async function getPendingReviewCount(user: CurrentUser): Promise<number> {
  assertAllowed(user, "EDIT_DRAFT");
  if (!can(user.role, "PUBLISH")) return (await getReviewQueue(user)).length;
  const counts = await Promise.all(ENTITY_NAMES.map((e) => curatedModel(e).count({ where: PENDING_REVIEW_WHERE })));
  return counts.reduce((a, b) => a + b, 0);
}
