import "server-only";
import { db } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { assertAllowed } from "./admin";
import type { AuditFilterOptions, AuditPage } from "../dto/audit";
import type { AuditFilters } from "../validations/audit-filters";

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
    select: { id: true, createdAt: true, actorEmail: true, action: true, entityType: true, entityId: true, ip: true, detail: true },
  });
  return {
    entries: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), detail: r.detail ?? null })),
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
