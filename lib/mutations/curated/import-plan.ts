import "server-only";
// The dry run of a CSV import: every row matched to its record by the entity's key (lib/curation/import-columns.ts),
// validated by the forms' schema and references, its version compared, and its field changes listed. Only reads;
// the apply step (import-records.ts) writes exactly the plan's creates and updates.
import type { Tx } from "../../db-client";
import type { CurrentUser } from "../../auth/current-user";
import { CURATED_SCHEMAS, fieldErrors, type EntityName } from "../../validations/curated";
import type { CsvRow } from "../../curation/csv";
import { fieldColumns, MATCH_KEY, matchesById, matchKeyOf } from "../../curation/import-columns";
import { importChanges } from "../../curation/import-diff";
import type { FieldChange } from "../../curation/diff";
import { importMessage, type ImportLocale } from "../../curation/import-messages";
import { describeConflict } from "./engine";
import { curatedDelegate, draftOf, entityAdapter, type StoredRow } from "../../curation/registry";
import { CachedReferences } from "./import-references";
import { breathe, chunks, CHUNK } from "./import-bulk-figures";

export type RowAction = "create" | "update" | "unchanged" | "conflict" | "error";
export type CellProblem = { column: string; message: string };
export type PreviewRow = {
  row: number;
  key: string;
  action: RowAction;
  id: string | null;
  changes: FieldChange[];
  problems: CellProblem[];
  conflict?: { by: string | null; at: string; currentVersion: number };
  /** An editor's change to a published record: saved as a draft for an admin, as a form save would be. */
  asDraft?: boolean;
};
export type ImportPreview = {
  entity: EntityName;
  matchKey: readonly string[];
  total: number;
  counts: Record<RowAction, number>;
  rows: PreviewRow[];
  ignoredColumns: string[];
  /** Rows left out of `rows` (the import page shows a part of a large file). */
  omitted?: number;
};
export type PlannedWrite = PreviewRow & { input: Record<string, unknown>; version: number; data?: Record<string, unknown> };

type Stored = StoredRow;

/** Key cells as the schema will store them (codes and currencies upper-case), for matching. */
function keyCells(entity: EntityName, cells: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of MATCH_KEY[entity]) {
    const v = String(cells[k] ?? "").trim();
    out[k] = k === "code" || k === "currency" ? v.toUpperCase() : v;
  }
  return out;
}

async function loadExisting(client: Tx, entity: EntityName, rows: CsvRow[]): Promise<Map<string, Stored>> {
  const adapter = entityAdapter(entity);
  const keys = [...new Set(rows.map((r) => matchKeyOf(entity, keyCells(entity, r.cells))).filter((k) => k !== ""))];
  const found = new Map<string, Stored>();
  for (const part of chunks(keys)) {
    const cols = MATCH_KEY[entity];
    const where = cols.length === 1 ? { [cols[0]]: { in: part } } : { OR: part.map((k) => Object.fromEntries(cols.map((c, i) => [c, k.split(" ")[i]]))) };
    const stored = await curatedDelegate(client, entity).findMany({ where, include: adapter.include });
    for (const s of stored) found.set(matchKeyOf(entity, s), s);
  }
  return found;
}

const quietParse = (entity: EntityName, raw: unknown) => CURATED_SCHEMAS[entity].safeParse(raw);

/** The values a record has now, as its form shows them: a pending draft if there is one, else the stored row. */
export function currentValues(entity: EntityName, row: Stored): Record<string, unknown> {
  const raw = draftOf(row) ?? entityAdapter(entity).toInput(row);
  const parsed = quietParse(entity, raw);
  return parsed.success ? parsed.data : raw;
}

const problemsOf = (errors: Record<string, string>): CellProblem[] => Object.entries(errors).map(([column, message]) => ({ column, message }));

export async function planImport(
  client: Tx,
  entity: EntityName,
  rows: CsvRow[],
  user: CurrentUser,
  locale: ImportLocale,
  options: { publish: boolean; ignoredColumns?: string[] },
): Promise<{ preview: ImportPreview; writes: PlannedWrite[] }> {
  const adapter = entityAdapter(entity);
  const fields = fieldColumns(entity).map((c) => c.name);
  const existing = await loadExisting(client, entity, rows);
  const cache = new Map();
  const seen = new Map<string, number>();
  const planned: PlannedWrite[] = [];
  const keyColumn = MATCH_KEY[entity][0];
  for (const [index, { row, cells }] of rows.entries()) {
    if (index % CHUNK === 0) await breathe();
    const key = matchKeyOf(entity, keyCells(entity, cells));
    const base = { row, key, id: null as string | null, changes: [] as FieldChange[], problems: [] as CellProblem[], input: {}, version: 0 };
    const error = (column: string, message: string): PlannedWrite => ({ ...base, action: "error", problems: [{ column, message }] });
    if (key !== "" && seen.has(key)) {
      planned.push(error(keyColumn, importMessage("duplicateKey", locale, { row: seen.get(key)! })));
      continue;
    }
    if (key !== "") seen.set(key, row);
    const versionCell = String(cells.version ?? "").trim();
    if (versionCell !== "" && !/^\d{1,9}$/.test(versionCell)) {
      planned.push(error("version", importMessage("versionInvalid", locale)));
      continue;
    }
    const { id: _id, version: _v, ...values } = cells;
    const stored = key === "" ? undefined : existing.get(key);
    if (!stored && matchesById(entity) && key !== "") {
      planned.push(error("id", importMessage("unknownId", locale)));
      continue;
    }
    if (stored?.deletedAt) {
      planned.push(error(keyColumn, importMessage("deleted", locale)));
      continue;
    }
    if (stored) {
      base.id = stored.id;
      if (versionCell === "") {
        planned.push({ ...error("version", importMessage("versionRequired", locale, { current: stored.version })), id: stored.id });
        continue;
      }
      if (Number(versionCell) !== stored.version) {
        const c = await describeConflict(client, entity, stored.id);
        const at = c.at.slice(0, 16).replace("T", " ") + " UTC";
        planned.push({
          ...base,
          action: "conflict",
          conflict: { by: c.by, at: c.at, currentVersion: c.currentVersion },
          problems: [{ column: "version", message: importMessage("conflict", locale, { current: c.currentVersion, by: c.by ?? "—", at }) }],
        });
        continue;
      }
      base.version = stored.version;
      const current = currentValues(entity, stored);
      const parsed = quietParse(entity, { ...current, ...values });
      if (!parsed.success) {
        planned.push({ ...base, action: "error", problems: problemsOf(fieldErrors(parsed.error, locale)) });
        continue;
      }
      const next = parsed.data;
      const changes = importChanges(fields, current, next);
      if (changes.length === 0) {
        planned.push({ ...base, action: "unchanged", input: next });
        continue;
      }
      const refs = new CachedReferences(client, cache);
      await adapter.toData(next, refs, "update");
      if (!refs.ok) {
        planned.push({ ...base, action: "error", changes, problems: problemsOf(refs.errors) });
        continue;
      }
      const asDraft = !options.publish && stored.publication === "PUBLISHED" && user.role !== "ADMIN";
      planned.push({ ...base, action: "update", changes, input: next, ...(asDraft ? { asDraft } : {}) });
      continue;
    }
    if (versionCell !== "") {
      planned.push(error("version", importMessage("versionForNew", locale)));
      continue;
    }
    const parsed = quietParse(entity, values);
    if (!parsed.success) {
      planned.push({ ...base, action: "error", problems: problemsOf(fieldErrors(parsed.error, locale)) });
      continue;
    }
    const next = parsed.data;
    const refs = new CachedReferences(client, cache);
    const data = await adapter.toData(next, refs, "create");
    const changes = importChanges(fields, {}, next);
    if (!refs.ok) planned.push({ ...base, action: "error", changes, problems: problemsOf(refs.errors) });
    else planned.push({ ...base, action: "create", changes, input: next, data });
  }
  const counts: Record<RowAction, number> = { create: 0, update: 0, unchanged: 0, conflict: 0, error: 0 };
  for (const p of planned) counts[p.action]++;
  const preview: ImportPreview = {
    entity,
    matchKey: MATCH_KEY[entity],
    total: rows.length,
    counts,
    ignoredColumns: options.ignoredColumns ?? [],
    rows: planned.map(({ input: _i, version: _v, data: _d, ...view }) => view),
  };
  return { preview, writes: planned.filter((p) => p.action === "create" || p.action === "update") };
}
