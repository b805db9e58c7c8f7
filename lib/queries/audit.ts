import "server-only";
import { db } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { assertAllowed } from "./admin";
import type { AuditFilterOptions, AuditPage } from "../dto/audit";
import type { AuditFilters } from "../validations/audit-filters";
import { labelOf as recordLabel } from "../curation/registry";
import { ENTITY_NAMES, type EntityName } from "../validations/curated";
import { summarizeAudit, type SnapshotLike } from "../review/audit-summary";

type Revs = { version: number; snapshot: SnapshotLike }[];

/** The revisions of every curated record on the page, oldest first, by "entity:id". */
async function revisionsFor(keys: { entity: string; id: string }[]): Promise<Map<string, Revs>> {
  const out = new Map<string, Revs>();
  const byEntity = new Map<string, string[]>();
  for (const k of keys) byEntity.set(k.entity, [...(byEntity.get(k.entity) ?? []), k.id]);
  for (const [entity, ids] of byEntity) {
    const rows = await db().revision.findMany({
      where: { entityType: entity, entityId: { in: [...new Set(ids)] } },
      orderBy: [{ version: "asc" }, { createdAt: "asc" }],
      select: { entityId: true, version: true, snapshot: true },
    });
    for (const r of rows) {
      const key = `${entity}:${r.entityId}`;
      out.set(key, [...(out.get(key) ?? []), { version: r.version, snapshot: r.snapshot as unknown as SnapshotLike }]);
    }
  }
  return out;
}

function labelOf(entity: EntityName, snapshot: SnapshotLike | undefined, id: string): string {
  if (!snapshot) return id;
  try {
    return recordLabel(entity, snapshot.draft ?? snapshot.data) || id;
  } catch {
    return id;
  }
}

export const AUDIT_PAGE_SIZE = 50;

function whereFor(filters: AuditFilters) {
  const createdAt: { gte?: Date; lt?: Date } = {};
  if (filters.from) createdAt.gte = new Date(`${filters.from}T00:00:00.000Z`);
  // "to" is inclusive: everything before the start of the next day (UTC).
  if (filters.to) createdAt.lt = new Date(new Date(`${filters.to}T00:00:00.000Z`).getTime() + 86_400_000);
  return {
    ...(filters.action ? { action: filters.action } : {}),
    // E-mails are stored lower-case, so a lower-case `contains` matches on SQLite and PostgreSQL alike.
    ...(filters.actor ? { actorEmail: { contains: filters.actor.toLowerCase() } } : {}),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.from || filters.to ? { createdAt } : {}),
  };
}

/** One page of the audit log, newest first. A page past the end is clamped to the last page. */
export async function getAuditPage(user: CurrentUser, filters: AuditFilters): Promise<AuditPage> {
  assertAllowed(user, "VIEW_AUDIT");
  const client = db();
  const where = whereFor(filters);
  const total = await client.auditLog.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const rows = await client.auditLog.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    select: {
      id: true,
      createdAt: true,
      actorEmail: true,
      action: true,
      entityType: true,
      entityId: true,
      ip: true,
      detail: true,
      actor: { select: { name: true } },
    },
  });
  const curated = rows.filter((r) => r.entityType && r.entityId && (ENTITY_NAMES as string[]).includes(r.entityType));
  const revisions = await revisionsFor(curated.map((r) => ({ entity: r.entityType!, id: r.entityId! })));
  const deckIds = rows.filter((r) => r.entityType === "Deck" && r.entityId).map((r) => r.entityId!);
  const decks = new Map(
    deckIds.length
      ? (await client.deck.findMany({ where: { id: { in: [...new Set(deckIds)] } }, select: { id: true, title: true } })).map((d) => [d.id, d.title])
      : [],
  );
  return {
    entries: rows.map(({ actor, ...r }) => {
      const isCurated = Boolean(r.entityType && r.entityId && (ENTITY_NAMES as string[]).includes(r.entityType));
      const revs = isCurated ? (revisions.get(`${r.entityType}:${r.entityId}`) ?? []) : [];
      const version = (r.detail as { version?: unknown } | null)?.version;
      const at = typeof version === "number" ? revs.findIndex((x) => x.version === version) : -1;
      const record = isCurated
        ? { label: labelOf(r.entityType as EntityName, revs.at(-1)?.snapshot, r.entityId!), href: `/admin/${r.entityType}/${r.entityId}/history` }
        : r.entityType === "Deck" && r.entityId
          ? { label: decks.get(r.entityId) ?? r.entityId, href: decks.has(r.entityId) ? `/decks/${r.entityId}` : null }
          : null;
      return {
        ...r,
        createdAt: r.createdAt.toISOString(),
        detail: r.detail ?? null,
        actorName: actor?.name ?? null,
        record,
        summary: summarizeAudit({
          entity: r.entityType ?? "",
          action: r.action,
          detail: r.detail,
          revision: at >= 0 ? revs[at].snapshot : null,
          previous: at > 0 ? revs[at - 1].snapshot : null,
        }),
      };
    }),
    total,
    page,
    pageCount,
    pageSize: AUDIT_PAGE_SIZE,
  };
}

/** The actions and entity types that occur in the log, for the filter selects. */
export async function getAuditFilterOptions(user: CurrentUser): Promise<AuditFilterOptions> {
  assertAllowed(user, "VIEW_AUDIT");
  const client = db();
  const [actions, types] = await Promise.all([
    client.auditLog.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
    client.auditLog.groupBy({ by: ["entityType"], where: { entityType: { not: null } }, orderBy: { entityType: "asc" } }),
  ]);
  return { actions: actions.map((a) => a.action), entityTypes: types.map((t) => t.entityType!).filter(Boolean) };
}
