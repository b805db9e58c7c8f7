import "server-only";
// CSV import of any curated entity: role check (re-read from the database) → plan (dry run: match, validate,
// version check, per-field diff) → unless a dry run, ONE write transaction that applies exactly the planned creates
// and updates through the forms' write path (engine.writeRowInTransaction: same data mapping, draft rules, revision
// snapshot and audit row; new investment figures in batches) and one summary audit row. Any error or conflict,
// found by the plan or inside the transaction, applies nothing.
import type { Tx } from "../../db-client";
import { db } from "../../db";
import { DatabaseBusyError, writeTransaction } from "../../db-write";
import { clientIp } from "../../auth/auth";
import { PermissionError, requirePermission, type CurrentUser } from "../../auth/current-user";
import type { EntityName } from "../../validations/curated";
import type { CsvRow } from "../../curation/csv";
import { importMessage, type ImportLocale } from "../../curation/import-messages";
import { MAX_ROW_WRITES } from "../../curation/import-limits";
import { writeAudit } from "../write-audit";
import { RowRefused, writeRowInTransaction } from "./engine";
import { breathe, insertFigures, SlugTaken, CHUNK } from "./import-bulk-figures";
import { planImport, type ImportPreview, type PlannedWrite } from "./import-plan";
import { fail, type MutationResult } from "./result";
import { revalidatePublicPages } from "./revalidate-public";

export type { ImportPreview, PreviewRow, RowAction } from "./import-plan";
export type ImportOutcome = { applied: boolean; preview: ImportPreview };
export type ImportFailure = Extract<MutationResult, { ok: false }> & { preview?: ImportPreview };

/** An import's transaction may hold the write lock this long before it is rolled back (see MAX_ROW_WRITES). */
const IMPORT_TIMEOUT_MS = 120_000;

async function ipOrUnknown(): Promise<string> {
  try {
    return await clientIp();
  } catch {
    return "unknown";
  }
}

const blocked = (preview: ImportPreview, locale: ImportLocale): ImportFailure => ({
  ...fail(
    preview.counts.conflict > 0 ? "conflict" : "invalid",
    importMessage("blocked", locale, { errors: preview.counts.error, conflicts: preview.counts.conflict }),
  ),
  preview,
});

async function applyPlan(tx: Tx, entity: EntityName, writes: PlannedWrite[], user: CurrentUser, ip: string, publish: boolean) {
  let publicChange = false;
  const bulk = entity === "investmentFigures" ? writes.filter((w) => w.action === "create") : [];
  for (const [index, w] of writes.entries()) {
    if (bulk.includes(w)) continue;
    if (index % CHUNK === 0) await breathe();
    const op =
      w.action === "create"
        ? { kind: "create" as const, input: w.input, publish }
        : { kind: "update" as const, id: w.id!, version: w.version, input: w.input, publish };
    const done = await writeRowInTransaction(tx, entity, user, ip, op, { import: true });
    publicChange ||= done.publicChange;
  }
  await insertFigures(
    tx,
    bulk.map((w) => {
      const { sources: _s, ...data } = w.data!;
      return { data, sourceKeys: w.input.sourceKeys as string[] };
    }),
    publish,
    user,
    ip,
  );
  publicChange ||= publish && bulk.length > 0;
  return publicChange;
}

/**
 * Checks (dryRun) or applies the rows of one entity's CSV. `publish` (admins only: PUBLISH is checked first, so a
 * refused caller changes nothing) publishes every created or updated record in the same transaction.
 */
export async function importRecords(
  entity: EntityName,
  file: { rows: CsvRow[]; ignored?: string[] },
  options: { dryRun: boolean; publish?: boolean; locale?: ImportLocale },
): Promise<({ ok: true } & ImportOutcome) | ImportFailure> {
  const publish = Boolean(options.publish);
  const locale = options.locale ?? "en";
  let user: CurrentUser;
  try {
    user = await requirePermission(publish ? "PUBLISH" : "EDIT_DRAFT");
  } catch (error) {
    if (error instanceof PermissionError) return fail(error.status === 401 ? "unauthorized" : "forbidden", error.message);
    throw error;
  }
  const ip = await ipOrUnknown();
  const plan = () => planImport(db(), entity, file.rows, user, locale, { publish, ignoredColumns: file.ignored });
  const first = await plan();
  if (first.preview.counts.error + first.preview.counts.conflict > 0)
    return options.dryRun ? { ok: true, applied: false, preview: first.preview } : blocked(first.preview, locale);
  const rowWrites = first.writes.filter((w) => !(entity === "investmentFigures" && w.action === "create")).length;
  if (rowWrites > MAX_ROW_WRITES)
    return { ...fail("invalid", importMessage("tooManyWrites", locale, { count: rowWrites, max: MAX_ROW_WRITES })), preview: first.preview };
  if (options.dryRun || first.writes.length === 0) return { ok: true, applied: !options.dryRun, preview: first.preview };
  try {
    const publicChange = await writeTransaction(
      async (tx) => {
        const changed = await applyPlan(tx, entity, first.writes, user, ip, publish);
        const { counts } = first.preview;
        await writeAudit(tx, {
          actorId: user.id,
          actorEmail: user.email,
          action: `${entity}.import`,
          entityType: entity,
          ip,
          detail: { rows: first.preview.total, created: counts.create, updated: counts.update, unchanged: counts.unchanged, published: publish },
        });
        return changed;
      },
      { timeout: IMPORT_TIMEOUT_MS },
    );
    if (publicChange) revalidatePublicPages();
    return { ok: true, applied: true, preview: first.preview };
  } catch (error) {
    if (error instanceof DatabaseBusyError) return fail("busy", error.message);
    // Someone saved a record (or took a key) between the check and the write: nothing was applied; show the
    // file as it stands now.
    const raced =
      error instanceof RowRefused ||
      error instanceof SlugTaken ||
      (error as { code?: string }).code === "P2002" ||
      (error as { code?: string }).code === "P2025";
    if (!raced) throw error;
    const again = await plan();
    if (again.preview.counts.error + again.preview.counts.conflict > 0) return blocked(again.preview, locale);
    return fail("conflict", importMessage("blocked", locale, { errors: 0, conflicts: 1 }));
  }
}
