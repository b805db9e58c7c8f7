import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { AuditEntryDto } from "@/lib/dto/audit";
import { UtcTime } from "./utc-time";
import { AuditSummaryText } from "./audit-summary";

// Detail is stored JSON written by the app, but it can echo user input (e-mails, names): it is rendered as
// text only — React escapes it. Curation entries show a readable summary; other entries (sign-ins, users, decks)
// keep their stored detail behind a disclosure under the summary.
const pretty = (detail: unknown) => (detail === null || detail === undefined ? "" : JSON.stringify(detail, null, 2));

export async function AuditTable({ entries }: { entries: AuditEntryDto[] }) {
  const t = await getTranslations("audit");
  const tr = await getTranslations("review.audit");
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[56rem] text-left text-sm" data-testid="audit-table">
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">{t("time")}</th>
            <th scope="col" className="px-3 py-2">{t("actorColumn")}</th>
            <th scope="col" className="px-3 py-2">{t("action")}</th>
            <th scope="col" className="px-3 py-2">{tr("record")}</th>
            <th scope="col" className="px-3 py-2">{tr("summary")}</th>
            <th scope="col" className="px-3 py-2">{t("ip")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} className="border-t border-slate-200 align-top" data-testid="audit-row">
              <td className="px-3 py-2"><UtcTime iso={e.createdAt} /></td>
              <td className="px-3 py-2 break-all">
                {e.actorName && <span className="block font-medium" data-testid="audit-actor-name">{e.actorName}</span>}
                <span className="block text-xs text-slate-600" data-testid="audit-actor">{e.actorEmail ?? t("anonymous")}</span>
              </td>
              <td className="px-3 py-2 whitespace-nowrap font-mono text-xs" data-testid="audit-action">{e.action}</td>
              <td className="px-3 py-2" data-testid="audit-record">
                {e.record ? (
                  <>
                    <span className="block">{e.record.label}</span>
                    {e.record.href && (
                      <Link href={e.record.href} className="text-xs text-brand-700 underline" data-testid="audit-history-link">
                        {e.entityType === "Deck" ? e.record.label : tr("historyLink")}
                      </Link>
                    )}
                  </>
                ) : (
                  e.entityType && <span className="block text-slate-600">{e.entityType}</span>
                )}
              </td>
              <td className="px-3 py-2">
                <AuditSummaryText summary={e.summary} />
                {e.summary.kind === "other" && e.detail !== null && (
                  <details className="mt-1">
                    <summary className="cursor-pointer text-xs text-slate-600">{t("detail")}</summary>
                    <pre className="max-w-md whitespace-pre-wrap break-all font-mono text-xs text-slate-800" data-testid="audit-detail">{pretty(e.detail)}</pre>
                  </details>
                )}
              </td>
              <td className="px-3 py-2 font-mono text-xs">{e.ip}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
