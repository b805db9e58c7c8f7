import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePagePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { getEditableRecord, getRevisions } from "@/lib/queries/curation";
import { entityParam } from "@/lib/validations/admin-list";
import { diffRecords, displayValue } from "@/lib/curation/diff";
import { RestoreButton } from "@/components/admin/restore-button";

export const dynamic = "force-dynamic";

export default async function HistoryPage({ params }: PageProps<"/[locale]/admin/[entity]/[id]/history">) {
  const { locale, entity: raw, id } = await params;
  setRequestLocale(locale);
  // Before any read (not in parallel with one): the layout's check does not stop this page from streaming.
  const user = await requirePagePermission("VIEW_ADMIN", locale);
  const entity = entityParam.safeParse(raw);
  if (!entity.success) notFound();
  const record = await getEditableRecord(user, entity.data, id);
  if (!record) notFound();
  const [t, revisions] = await Promise.all([getTranslations("curation"), getRevisions(user, entity.data, id)]);
  const mayRestore = can(user.role, "RESTORE");
  return (
    <>
      <Link href={`/admin/${entity.data}/${id}`} className="text-sm text-brand-700 underline">{t("list.edit")}</Link>
      <h1 className="text-2xl font-bold">{t("history.title", { label: record.label })}</h1>
      {mayRestore && <p className="text-sm text-slate-700">{t("history.restoreHint")}</p>}
      <ol className="space-y-3" data-testid="revisions">
        {revisions.map((r, i) => {
          const previous = revisions[i + 1];
          const changes = diffRecords(previous ? (previous.draft ?? previous.data) : null, r.draft ?? r.data);
          return (
            <li key={r.id} className="rounded border border-slate-200 bg-white p-3" data-version={r.version}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p className="text-sm">
                  <strong>{t("history.version", { version: r.version })}</strong> · {t.has(`history.actions.${r.action}`) ? t(`history.actions.${r.action}`) : r.action} ·{" "}
                  {r.actor ?? "—"} · {r.at.slice(0, 19).replace("T", " ")} UTC
                </p>
                {mayRestore && r.version !== record.version && <RestoreButton entity={entity.data} id={id} revisionId={r.id} version={record.version} />}
              </div>
              {changes.length === 0 ? (
                <p className="text-sm text-slate-600">{t("history.noChanges")}</p>
              ) : (
                <div className="overflow-x-auto">
                  <table className="mt-1 min-w-full text-left text-sm">
                    <tbody>
                      {changes.map((c) => (
                        <tr key={c.field} className="border-t border-slate-100 align-top">
                          <th scope="row" className="pr-3 font-medium">{t.has(`fields.${c.field}`) ? t(`fields.${c.field}`) : c.field}</th>
                          <td className="pr-3 text-red-800 line-through decoration-1">{displayValue(c.before)}</td>
                          <td className="text-emerald-900">{displayValue(c.after)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
