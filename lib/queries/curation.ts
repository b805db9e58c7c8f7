import "server-only";
import { db } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { assertAllowed, curatedModel } from "./admin";
import { draftOf, entityAdapter } from "../curation/registry";
import type { EntityName } from "../validations/curated";
import { Prisma } from "../generated/prisma/client";

/** Rows that wait for an admin: a pending draft of a published record, or a never-published (draft) record. */
export const PENDING_REVIEW_WHERE = { deletedAt: null, OR: [{ NOT: { draft: { equals: Prisma.DbNull } } }, { publication: "DRAFT" }] };

export const ADMIN_PAGE_SIZE = 25;

export type AdminListRow = {
  id: string;
  label: string;
  publication: string;
  pendingDraft: boolean;
  deleted: boolean;
  version: number;
  updatedAt: string;
  /** The published values in the form's shape (the list's value columns read them). */
  values: Record<string, unknown>;
};

export type ListOptions = { q: string; sort: "updated" | "label"; page: number; showDeleted: boolean; pending?: boolean };

export async function listEntities(user: CurrentUser, entity: EntityName, o: ListOptions): Promise<{ rows: AdminListRow[]; total: number }> {
  assertAllowed(user, "VIEW_ADMIN");
  const adapter = entityAdapter(entity);
  const and: Record<string, unknown>[] = [];
  if (!o.showDeleted) and.push({ deletedAt: null });
  if (o.pending) and.push(PENDING_REVIEW_WHERE);
  if (o.q) and.push({ OR: adapter.searchFields.map((f) => ({ [f]: { contains: o.q } })) });
  const where = { AND: and };
  const orderBy = o.sort === "label" ? { [adapter.searchFields[0]]: "asc" } : { updatedAt: "desc" };
  const [rows, total] = await Promise.all([
    curatedModel(entity).findMany({
      where,
      include: adapter.include,
      orderBy: [orderBy, { id: "asc" }],
      take: ADMIN_PAGE_SIZE,
      skip: (o.page - 1) * ADMIN_PAGE_SIZE,
    }),
    curatedModel(entity).count({ where }),
  ]);
  return {
    total,
    rows: rows.map((r) => {
      const values = adapter.toInput(r);
      return {
        id: r.id,
        values,
        label: adapter.label(values),
        publication: r.publication,
        pendingDraft: r.draft !== null && r.draft !== undefined,
        deleted: r.deletedAt !== null,
        version: r.version,
        updatedAt: r.updatedAt.toISOString(),
      };
    }),
  };
}

export type EditableRecord = {
  id: string;
  version: number;
  publication: string;
  deleted: boolean;
  label: string;
  published: Record<string, unknown>;
  draft: Record<string, unknown> | null;
};

export async function getEditableRecord(user: CurrentUser, entity: EntityName, id: string): Promise<EditableRecord | null> {
  assertAllowed(user, "VIEW_ADMIN");
  const adapter = entityAdapter(entity);
  const row = await curatedModel(entity).findUnique({ where: { id }, include: adapter.include });
  if (!row) return null;
  const published = adapter.toInput(row);
  return {
    id,
    version: row.version,
    publication: row.publication,
    deleted: row.deletedAt !== null,
    label: adapter.label(published),
    published,
    draft: draftOf(row),
  };
}

export type RevisionView = {
  id: string;
  version: number;
  action: string;
  at: string;
  actor: string | null;
  data: Record<string, unknown>;
  draft: Record<string, unknown> | null;
  publication: string;
  deleted: boolean;
  /** For a restore: the version whose values it put back (from the audit entry the restore wrote). */
  restoredFrom: number | null;
};

export async function getRevisions(user: CurrentUser, entity: EntityName, id: string): Promise<RevisionView[]> {
  assertAllowed(user, "VIEW_ADMIN");
  const [rows, restores] = await Promise.all([
    db().revision.findMany({
      where: { entityType: entity, entityId: id },
      orderBy: [{ version: "desc" }, { createdAt: "desc" }],
      select: { id: true, version: true, action: true, createdAt: true, snapshot: true, actor: { select: { name: true, email: true } } },
      take: 500,
    }),
    db().auditLog.findMany({
      where: { entityType: entity, entityId: id, action: { in: [`${entity}.restore`, `${entity}.restore-draft`] } },
      select: { detail: true },
    }),
  ]);
  const fromByVersion = new Map<number, number>();
  for (const a of restores) {
    const d = a.detail as { version?: unknown; fromVersion?: unknown } | null;
    if (typeof d?.version === "number" && typeof d.fromVersion === "number") fromByVersion.set(d.version, d.fromVersion);
  }
  return rows.map((r) => {
    const s = r.snapshot as { data: Record<string, unknown>; draft: Record<string, unknown> | null; publication: string; deletedAt: string | null };
    return {
      id: r.id,
      version: r.version,
      action: r.action,
      at: r.createdAt.toISOString(),
      actor: r.actor ? `${r.actor.name} <${r.actor.email}>` : null,
      data: s.data,
      draft: s.draft ?? null,
      publication: s.publication,
      deleted: Boolean(s.deletedAt),
      restoredFrom: fromByVersion.get(r.version) ?? null,
    };
  });
}

/** Choices for the reference pickers of the forms. */
export async function getReferenceOptions(user: CurrentUser) {
  assertAllowed(user, "VIEW_ADMIN");
  const live = { deletedAt: null };
  const [sources, jurisdictions, instruments, dimensions, figures] = await Promise.all([
    db().source.findMany({ where: live, select: { key: true, title: true }, orderBy: { key: "asc" } }),
    db().jurisdiction.findMany({ where: live, select: { code: true, nameEn: true }, orderBy: { code: "asc" } }),
    db().instrument.findMany({ where: live, select: { slug: true, titleEn: true }, orderBy: { slug: "asc" } }),
    db().dimension.findMany({ select: { key: true, nameEn: true }, orderBy: { sortOrder: "asc" } }),
    db().investmentFigure.findMany({ where: live, select: { slug: true, actorName: true }, orderBy: { slug: "asc" }, take: 2000 }),
  ]);
  const byKey = (a: { value: string }, b: { value: string }) => a.value.localeCompare(b.value, "en", { numeric: true });
  return {
    sources: sources.map((s) => ({ value: s.key, label: `${s.key} — ${s.title}` })).sort(byKey),
    jurisdictions: jurisdictions.map((j) => ({ value: j.code, label: `${j.code} — ${j.nameEn}` })),
    instruments: instruments.map((i) => ({ value: i.slug, label: i.titleEn })),
    dimensions: dimensions.map((d) => ({ value: d.key, label: d.nameEn })),
    figures: figures.map((f) => ({ value: f.slug, label: `${f.slug} (${f.actorName})` })),
  };
}
export type ReferenceOptions = Awaited<ReturnType<typeof getReferenceOptions>>;
