// Published changes from revision snapshots (pure; unit-tested). Each revision holds the whole record as it was
// after a write: its form values (`data`), publication state and deletion. What the public saw after a revision is
// `data` when published and not deleted, else nothing. A change is a revision after which the public saw something
// else than after the previous one: added (nothing → values), changed (values → other values, field by field) or
// removed (values → nothing). Draft saves leave the published values as they were and so are no change.
import { formatFieldValue } from "../../review/format-value";

export type Snapshot = { data: Record<string, unknown>; publication: string; deletedAt: string | null };

export type RevisionInput = {
  id: string;
  entityType: string;
  entityId: string;
  version: number;
  action: string;
  /** ISO timestamp. */
  createdAt: string;
  actorName: string | null;
  /** The seed's system user: its first "create" of a record is the initial data load, not a change. */
  bySystem: boolean;
  snapshot: Snapshot;
};

export type FieldChange = { field: string; before: string | null; after: string | null };

export type ChangeKind = "added" | "changed" | "removed";

export type PublishedChange = {
  revisionId: string;
  entityType: string;
  entityId: string;
  kind: ChangeKind;
  at: string;
  by: string | null;
  /** The record's values after the change (before it, for a removal). */
  data: Record<string, unknown>;
  fields: FieldChange[];
};

/** A stored value as text: lists joined, empty text and null as null. */
export function valueText(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (Array.isArray(value)) return value.length ? value.map(String).join(", ") : null;
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/**
 * Field-by-field changes for readers: amounts in their figure's currency and unit ("$80bn"), as the review queue
 * and the audit log show them (an amount whose currency changed is listed too).
 */
export function fieldChanges(before: Record<string, unknown>, after: Record<string, unknown>, entityType = ""): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const shown = (record: Record<string, unknown>, field: string) =>
    valueText(record[field]) === null ? null : formatFieldValue(entityType, field, record[field], record);
  return fields.map((field) => ({ field, before: shown(before, field), after: shown(after, field) })).filter((f) => f.before !== f.after);
}

/** Curator notes (the grade shorthand, notes on sources): internal, shown on no public page, so never a change. */
const INTERNAL_FIELDS: Record<string, readonly string[]> = { sources: ["confidenceNote", "note"], default: ["confidenceNote"] };

function publicValues(entityType: string, s: Snapshot): Record<string, unknown> | null {
  if (s.publication !== "PUBLISHED" || s.deletedAt) return null;
  const hidden = INTERNAL_FIELDS[entityType] ?? INTERNAL_FIELDS.default;
  return Object.fromEntries(Object.entries(s.data).filter(([field]) => !hidden.includes(field)));
}

/** The published changes of one record, oldest first, from all of its revisions (any order). */
export function recordChanges(revisions: RevisionInput[]): PublishedChange[] {
  const ordered = [...revisions].sort((a, b) => a.version - b.version || a.createdAt.localeCompare(b.createdAt));
  const out: PublishedChange[] = [];
  let seen: Record<string, unknown> | null = null;
  ordered.forEach((rev, index) => {
    const now = publicValues(rev.entityType, rev.snapshot);
    const baseline = index === 0 && rev.action === "create" && rev.bySystem;
    if (!baseline) {
      const base = { revisionId: rev.id, entityType: rev.entityType, entityId: rev.entityId, at: rev.createdAt, by: rev.actorName };
      if (seen === null && now !== null) out.push({ ...base, kind: "added", data: now, fields: fieldChanges({}, now, rev.entityType) });
      else if (seen !== null && now === null) out.push({ ...base, kind: "removed", data: seen, fields: [] });
      else if (seen !== null && now !== null) {
        const fields = fieldChanges(seen, now, rev.entityType);
        if (fields.length) out.push({ ...base, kind: "changed", data: now, fields });
      }
    }
    seen = now;
  });
  return out;
}

/** Changes of many records made within [from, to) (ISO timestamps), newest first. */
export function changesBetween(revisions: RevisionInput[], from: string, to: string): PublishedChange[] {
  const byRecord = new Map<string, RevisionInput[]>();
  for (const r of revisions) {
    const key = `${r.entityType}:${r.entityId}`;
    byRecord.set(key, [...(byRecord.get(key) ?? []), r]);
  }
  return [...byRecord.values()]
    .flatMap(recordChanges)
    .filter((c) => c.at >= from && c.at < to)
    .sort((a, b) => b.at.localeCompare(a.at) || b.revisionId.localeCompare(a.revisionId));
}
