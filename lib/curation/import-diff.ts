// Per-field differences between a record's current values and an imported row (the import's preview). Pure.
import type { FieldChange } from "./diff";

const DECIMAL = /^\d+(\.\d+)?$/;

/** Values the import treats as equal: same lists in any order, the same decimal written differently (1.50, 1.5). */
export function sameValue(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => (v === undefined || v === "" ? null : v);
  const x = norm(a);
  const y = norm(b);
  if (Array.isArray(x) && Array.isArray(y))
    return x.length === y.length && [...x].map(String).sort().join("\u0000") === [...y].map(String).sort().join("\u0000");
  if (typeof x === "string" && typeof y === "string" && DECIMAL.test(x) && DECIMAL.test(y))
    return Number(x) === Number(y) && x.replace(/\.?0+$/, "") === y.replace(/\.?0+$/, "");
  if (typeof x === "number" || typeof y === "number") return x !== null && y !== null && String(x) === String(y);
  return JSON.stringify(x) === JSON.stringify(y);
}

/** The fields whose value the row changes, in `fields` order (old → new). */
export function importChanges(fields: string[], current: Record<string, unknown>, next: Record<string, unknown>): FieldChange[] {
  return fields.filter((f) => !sameValue(current[f], next[f])).map((field) => ({ field, before: current[field] ?? null, after: next[field] ?? null }));
}
