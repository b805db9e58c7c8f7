import "server-only";
import type { CurrentUser } from "../auth/current-user";
import { assertAllowed, curatedModel } from "./admin";
import { draftOf, entityAdapter } from "../curation/registry";
import { exportColumns } from "../curation/import-columns";
import type { EntityName } from "../validations/curated";

/**
 * Every live record of an entity in the import's columns (lib/curation/import-columns.ts): the values its form
 * shows (a pending draft if there is one), the version the import checks, then read-only columns (publication,
 * pendingDraft, updatedAt) that the import ignores.
 */
export async function exportRecords(user: CurrentUser, entity: EntityName): Promise<{ columns: string[]; records: Record<string, unknown>[] }> {
  assertAllowed(user, "VIEW_ADMIN");
  const adapter = entityAdapter(entity);
  const rows = await curatedModel(entity).findMany({
    where: { deletedAt: null },
    include: adapter.include,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const records = rows.map((r) => {
    const draft = draftOf(r);
    return {
      id: r.id,
      ...(draft ?? adapter.toInput(r)),
      version: r.version,
      publication: r.publication,
      pendingDraft: draft ? "yes" : "",
      updatedAt: r.updatedAt.toISOString(),
    };
  });
  return { columns: exportColumns(entity), records };
}
