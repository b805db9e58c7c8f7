// How a curated field's value reads in the review queue, the history, the restore confirmation and the audit log:
// amounts in their figure's currency and unit ("$80bn"), lists joined, empty values as a dash. Pure and shared by
// server pages and client components.
import { compactAmount, currencySymbol } from "../charts/money";
import { REGISTRY } from "../curation/registry";

/** How the entity's form enters the field (its definition in lib/curation/registry), if it is a curated entity's. */
const fieldKind = (entity: string, field: string) =>
  Object.entries(REGISTRY)
    .find(([name]) => name === entity)?.[1]
    .form.find((f) => f.name === field)?.kind;

const isEmpty = (v: unknown) => v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0);

/**
 * One field's value as text. `record` holds the other values of the same version (an amount needs its currency).
 * Returns "—" for empty values; booleans come back as "yes"/"no" tokens the caller may translate.
 */
export function formatFieldValue(entity: string, field: string, value: unknown, record: Record<string, unknown> = {}): string {
  if (isEmpty(value)) return "—";
  if (Array.isArray(value)) return value.map(String).join(", ");
  if (typeof value === "boolean") return value ? "yes" : "no";
  const kind = fieldKind(entity, field);
  if (kind === "amount") {
    const n = Number(value);
    if (Number.isFinite(n)) return `${currencySymbol((record.currency as string | null) ?? null)}${compactAmount(n, "en")}`;
  }
  if (kind === "decimal") return String(value);
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

export type FormattedChange = { field: string; before: string; after: string };

const same = (a: unknown, b: unknown) => JSON.stringify(isEmpty(a) ? null : a) === JSON.stringify(isEmpty(b) ? null : b);

/**
 * Field-by-field differences between two versions, formatted. `before` null means a new record (every filled field
 * is listed). An amount whose currency changed is listed too, as its formatted text differs.
 */
export function formattedChanges(entity: string, before: Record<string, unknown> | null, after: Record<string, unknown>): FormattedChange[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after)])];
  const out: FormattedChange[] = [];
  for (const field of fields) {
    const b = formatFieldValue(entity, field, before?.[field], before ?? {});
    const a = formatFieldValue(entity, field, after[field], after);
    if (same(before?.[field], after[field]) && a === b) continue;
    out.push({ field, before: b, after: a });
  }
  return out;
}
