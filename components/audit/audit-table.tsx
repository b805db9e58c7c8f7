import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { AuditEntryDto } from "@/lib/dto/audit";
import { UtcTime } from "./utc-time";
import { AuditSummaryText } from "./audit-summary";
import { THead, Table, Td, Tr } from "@/components/ui/table";

// Detail is stored JSON written by the app, but it can echo user input (e-mails, names): it is rendered as
// text only — React escapes it. Curation entries show a readable summary; other entries (sign-ins, users, decks)
// keep their stored detail behind a disclosure under the summary.
const pretty = (detail: unknown) => (detail === null || detail === undefined ? "" : JSON.stringify(detail, null, 2));

export async function AuditTable({ entries }: { entries: AuditEntryDto[] }) {
  const t = await getTranslations("audit");
  const tr = await getTranslations("review.audit");
  return (
    <Table className="min-w-[56rem]" data-testid="audit-table">
      <THead columns={[t("time"), t("actorColumn"), t("action"), tr("record"), tr("summary"), t("ip")]} />
      <tbody>
        {entries.map((e) => (
          <Tr key={e.id} data-testid="audit-row">
            <Td>
              <UtcTime iso={e.createdAt} />
            </Td>
            <Td className="break-all">
              {e.actorName && (
                <span className="block font-medium" data-testid="audit-actor-name">
                  {e.actorName}
                </span>
              )}
              <span className="block text-xs text-slate-600" data-testid="audit-actor">
                {e.actorEmail ?? t("anonymous")}
              </span>
            </Td>
            <Td className="whitespace-nowrap font-mono text-xs" data-testid="audit-action">
              {e.action}
            </Td>
            <Td data-testid="audit-record">
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
            </Td>
            <Td>
              <AuditSummaryText summary={e.summary} />
              {e.summary.kind === "other" && e.detail !== null && (
                <details className="mt-1">
                  <summary className="cursor-pointer text-xs text-slate-600">{t("detail")}</summary>
                  <pre className="max-w-md whitespace-pre-wrap break-all font-mono text-xs text-slate-800" data-testid="audit-detail">
                    {pretty(e.detail)}
                  </pre>
                </details>
              )}
            </Td>
            <Td className="font-mono text-xs">{e.ip}</Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
