import { getTranslations } from "next-intl/server";
import type { AuditEntryDto } from "@/lib/dto/audit";
import { UtcTime } from "./utc-time";

// Detail is stored JSON written by the app, but it can echo user input (e-mails, names): it is rendered as
// text only — React escapes it.
const pretty = (detail: unknown) => (detail === null || detail === undefined ? "" : JSON.stringify(detail, null, 2));

export async function AuditTable({ entries }: { entries: AuditEntryDto[] }) {
  const t = await getTranslations("audit");
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[56rem] text-left text-sm" data-testid="audit-table">
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">{t("time")}</th>
            <th scope="col" className="px-3 py-2">{t("actorColumn")}</th>
            <th scope="col" className="px-3 py-2">{t("action")}</th>
            <th scope="col" className="px-3 py-2">{t("entity")}</th>
            <th scope="col" className="px-3 py-2">{t("ip")}</th>
            <th scope="col" className="px-3 py-2">{t("detail")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} className="border-t border-slate-200 align-top" data-testid="audit-row">
              <td className="px-3 py-2"><UtcTime iso={e.createdAt} /></td>
              <td className="px-3 py-2 break-all" data-testid="audit-actor">{e.actorEmail ?? t("anonymous")}</td>
              <td className="px-3 py-2 whitespace-nowrap font-mono text-xs" data-testid="audit-action">{e.action}</td>
              <td className="px-3 py-2">
                {e.entityType && (
                  <>
                    <span className="block">{e.entityType}</span>
                    <span className="block break-all font-mono text-xs text-slate-600">{e.entityId}</span>
                  </>
                )}
              </td>
              <td className="px-3 py-2 font-mono text-xs">{e.ip}</td>
              <td className="px-3 py-2">
                {e.detail !== null && (
                  <pre className="max-w-md whitespace-pre-wrap break-all font-mono text-xs text-slate-800" data-testid="audit-detail">{pretty(e.detail)}</pre>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
