import "server-only";
import { db } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { assertAllowed } from "./admin";
import { ADAPTERS } from "../mutations/curated/entities";
import { FORM_FIELDS } from "../validations/curated-forms";
import type { EntityName } from "../validations/curated";

/** Every live record of an entity in the form's shape (drafts included, flagged by a publication column). */
export async function exportRecords(user: CurrentUser, entity: EntityName): Promise<{ columns: string[]; records: Record<string, unknown>[] }> {
  assertAllowed(user, "VIEW_ADMIN");
  const adapter = ADAPTERS[entity];
  const rows = await (db() as unknown as Record<string, { findMany(a: object): Promise<Record<string, unknown>[]> }>)[adapter.model].findMany({
    where: { deletedAt: null },
    include: adapter.include,
    orderBy: { createdAt: "asc" },
  });
  const columns = [...FORM_FIELDS[entity].map((f) => f.name), "publication"];
  return { columns, records: rows.map((r) => ({ ...(adapter.toInput(r as never) as Record<string, unknown>), publication: r.publication })) };
}
