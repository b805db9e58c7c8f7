// Turns an audit entry (and the revisions it wrote) into a readable summary: "amount: $80bn → $100bn",
// "published", "restored version 3". Pure: the page translates the kinds and field names.
import { formattedChanges, type FormattedChange } from "./format-value";
import { ENTITY_NAMES } from "../validations/curated";

export type SnapshotLike = { data: Record<string, unknown>; draft?: Record<string, unknown> | null; publication?: string; deletedAt?: string | null };

export type AuditSummary =
  | { kind: "created"; published: boolean; imported: boolean }
  | { kind: "updated"; changes: FormattedChange[] }
  | { kind: "draftSaved"; changes: FormattedChange[] }
  | { kind: "published"; changes: FormattedChange[] }
  | { kind: "deleted" }
  | { kind: "restored"; fromVersion: number | null; mode: "publish" | "draft"; changes: FormattedChange[] }
  | { kind: "discarded"; unpublishedRecord: boolean }
  | { kind: "imported"; rows: number | null; published: boolean }
  | { kind: "other"; text: string };

const content = (s: SnapshotLike) => s.draft ?? s.data;

/** "key: value, key: value" for details the app wrote outside curation (sign-ins, users, decks…). */
export function plainDetail(detail: unknown): string {
  if (detail === null || detail === undefined) return "";
  if (typeof detail !== "object" || Array.isArray(detail)) return String(JSON.stringify(detail));
  return Object.entries(detail as Record<string, unknown>)
    .map(([k, v]) => `${k}: ${v !== null && typeof v === "object" ? JSON.stringify(v) : String(v)}`)
    .join(", ");
}

/**
 * `action` is the audit action ("investmentFigures.update"); `revision` the snapshot the entry's write recorded and
 * `previous` the one before it (null for the first). Unknown actions fall back to their detail as plain text.
 */
export function summarizeAudit(input: {
  entity: string;
  action: string;
  detail: unknown;
  revision: SnapshotLike | null;
  previous: SnapshotLike | null;
}): AuditSummary {
  // Only curation entries ("<entity>.<verb>" of a curated entity) have these verbs; "user.update" is not one.
  const curated = (ENTITY_NAMES as string[]).includes(input.entity) && input.action.startsWith(`${input.entity}.`);
  const verb = curated ? input.action.slice(input.entity.length + 1) : "";
  const detail = (input.detail && typeof input.detail === "object" ? input.detail : {}) as Record<string, unknown>;
  const { revision, previous, entity } = input;
  const diff = (pick: (s: SnapshotLike) => Record<string, unknown>) =>
    revision ? formattedChanges(entity, previous ? pick(previous) : null, pick(revision)) : [];
  switch (verb) {
    case "create":
      return { kind: "created", published: revision ? revision.publication === "PUBLISHED" : detail.published === true, imported: detail.import === true };
    case "update":
      return { kind: "updated", changes: diff((s) => s.data) };
    case "draft":
      return { kind: "draftSaved", changes: revision ? formattedChanges(entity, previous ? content(previous) : null, content(revision)) : [] };
    case "publish":
      return { kind: "published", changes: diff((s) => s.data) };
    case "delete":
      return { kind: "deleted" };
    case "restore":
    case "restore-draft": {
      const mode = detail.mode === "draft" || verb === "restore-draft" ? "draft" : "publish";
      const changes =
        mode === "draft" ? (revision ? formattedChanges(entity, previous ? content(previous) : null, content(revision)) : []) : diff((s) => s.data);
      return { kind: "restored", fromVersion: typeof detail.fromVersion === "number" ? detail.fromVersion : null, mode, changes };
    }
    case "discard":
      return { kind: "discarded", unpublishedRecord: detail.unpublishedRecord === true };
    case "import":
      return { kind: "imported", rows: typeof detail.rows === "number" ? detail.rows : null, published: detail.published === true };
    default:
      return { kind: "other", text: plainDetail(input.detail) };
  }
}
