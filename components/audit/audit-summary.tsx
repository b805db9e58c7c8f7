import { getTranslations } from "next-intl/server";
import type { AuditSummary } from "@/lib/review/audit-summary";
import type { FormattedChange } from "@/lib/review/format-value";

/** The readable change of one audit entry: what happened, then "field: before → after" per changed field. */
export async function AuditSummaryText({ summary }: { summary: AuditSummary }) {
  const t = await getTranslations("review.audit");
  const tc = await getTranslations("curation");
  const field = (f: string) => (tc.has(`fields.${f}`) ? tc(`fields.${f}`) : f);
  const value = (v: string) => (v === "yes" ? t("yes") : v === "no" ? t("no") : v);
  const version = (v: number | null) => (v === null ? t("unknownVersion") : String(v));
  let head: string | null;
  let changes: FormattedChange[] = [];
  switch (summary.kind) {
    case "created":
      head = summary.imported ? t("createdImported") : summary.published ? t("createdPublished") : t("createdDraft");
      break;
    case "updated":
    case "draftSaved":
    case "published":
      head = t(summary.kind); // the message keys are the kinds
      changes = summary.changes;
      break;
    case "deleted":
      head = t("deleted");
      break;
    case "restored":
      head =
        summary.mode === "publish"
          ? t("restoredPublish", { version: version(summary.fromVersion) })
          : t("restoredDraft", { version: version(summary.fromVersion) });
      changes = summary.changes;
      break;
    case "discarded":
      head = summary.unpublishedRecord ? t("discardedNew") : t("discarded");
      break;
    case "imported":
      head = summary.rows === null ? null : summary.published ? t("importedPublished", { rows: summary.rows }) : t("imported", { rows: summary.rows });
      break;
    default:
      head = summary.text || null;
  }
  return (
    <div className="space-y-0.5 text-sm" data-testid="audit-summary">
      {head && <p className="font-medium">{head}</p>}
      {changes.length > 0 && (
        <ul className="text-slate-800">
          {changes.map((c) => (
            <li key={c.field} data-field={c.field}>
              {field(c.field)}: {value(c.before)} → {value(c.after)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
