import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { can } from "@/lib/auth/roles";
import { getRevisions, type RevisionView } from "@/lib/queries/curation";
import { formattedChanges } from "@/lib/review/format-value";
import { RestoreButton, type RestorePreview } from "@/components/admin/restore-button";
import { DiffTable } from "@/components/admin/diff-table";
import { loadAdminRecord } from "../load-record";

export const dynamic = "force-dynamic";

// What a version "holds" is what the history shows for it: its draft when it was a draft save, else its data.
const content = (r: RevisionView) => r.draft ?? r.data;

export default async function HistoryPage({ params }: PageProps<"/[locale]/admin/[entity]/[id]/history">) {
  const { user, entity, id, record } = await loadAdminRecord(params);
  const [t, tr, revisions] = await Promise.all([getTranslations("curation"), getTranslations("review"), getRevisions(user, entity, id)]);
  const admin = can(user.role, "RESTORE");
  // Admins restore straight to the published record; editors restore into their draft (not on deleted records).
  const mayRestore = can(user.role, "EDIT_DRAFT") && (admin || !record.deleted);
  const label = (f: string) => (t.has(`fields.${f}`) ? t(`fields.${f}`) : f);
  const yesNo = (v: string) => (v === "yes" ? tr("audit.yes") : v === "no" ? tr("audit.no") : v);
  // The values a restore is compared against: the published values for an admin, the editor's draft-to-be otherwise.
  const current = admin ? record.published : (record.draft ?? record.published);
  const preview = (r: RevisionView): RestorePreview => ({
    fromVersion: r.version,
    mode: admin ? "publish" : "draft",
    changes: formattedChanges(entity, current, content(r)).map((c) => ({
      field: c.field,
      label: label(c.field),
      current: yesNo(c.before),
      restored: yesNo(c.after),
    })),
    replacesDraftBy: admin && record.draft ? (revisions[0]?.actor ?? "?") : null,
    undeletes: admin && record.deleted,
  });
  const actionLabel = (a: string) => (tr.has(`history.actions.${a}`) ? tr(`history.actions.${a}`) : a);
  return (
    <>
      <Link href={`/admin/${entity}/${id}`} className="text-sm text-brand-700 underline">
        {t("list.edit")}
      </Link>
      <h1 className="text-2xl font-bold">{t("history.title", { label: record.label })}</h1>
      <p className="text-sm text-slate-700">{tr("history.fromCreation")}</p>
      {mayRestore && (
        <p className="text-sm text-slate-700" data-testid="restore-mode">
          {admin ? tr("history.modeAdmin") : tr("history.modeEditor")}
        </p>
      )}
      <ol className="space-y-3" data-testid="revisions">
        {revisions.map((r, i) => {
          const previous = revisions[i + 1];
          const changes = formattedChanges(entity, previous ? content(previous) : null, content(r));
          return (
            <li key={r.id} className="rounded border border-slate-200 bg-white p-3" data-version={r.version} data-action={r.action}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p className="text-sm">
                  <strong>{t("history.version", { version: r.version })}</strong> · <span data-testid="revision-action">{actionLabel(r.action)}</span> ·{" "}
                  {r.actor ?? tr("history.system")} · {r.at.slice(0, 19).replace("T", " ")} UTC
                </p>
                {mayRestore && r.version !== record.version && (
                  <RestoreButton entity={entity} id={id} revisionId={r.id} version={record.version} preview={preview(r)} />
                )}
              </div>
              {r.restoredFrom !== null && (
                <p className="text-sm font-medium" data-testid="restored-from">
                  {tr("history.restoredFrom", { version: r.restoredFrom })}
                </p>
              )}
              <DiffTable
                frameClassName="mt-1"
                mark="strike"
                rows={changes.map((c) => ({ field: c.field, label: label(c.field), before: yesNo(c.before), after: yesNo(c.after) }))}
                empty={t("history.noChanges")}
              />
            </li>
          );
        })}
      </ol>
    </>
  );
}
