import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/current-user";
import { getAuditFilterOptions, getAuditPage } from "@/lib/queries/audit";
import { dropUnknown, parseAuditFilters } from "@/lib/validations/audit-filters";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { AuditNotices } from "@/components/audit/audit-notices";
import { AuditPagination } from "@/components/audit/audit-pagination";
import { AuditTable } from "@/components/audit/audit-table";
import { PageHeader } from "@/components/layout/page-header";
import { pageLocale, titleMetadata } from "@/i18n/page";

// Admin-only and filtered by the URL: rendered per request (reading searchParams on the server is fine here).
export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("audit", "title");

export default async function AuditPage({ params, searchParams }: PageProps<"/[locale]/admin/audit">) {
  const { locale } = await pageLocale(params);
  const user = await requirePagePermission("VIEW_AUDIT", locale);
  const t = await getTranslations("audit");
  const options = await getAuditFilterOptions(user);
  const parsed = parseAuditFilters(await searchParams);
  const notices = parsed.notices;
  let filters = dropUnknown(parsed.filters, notices, "action", options.actions);
  filters = dropUnknown(filters, notices, "entityType", options.entityTypes);
  const result = await getAuditPage(user, filters);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <AuditNotices notices={notices} />
      {/* Keyed by the filters so that back/forward re-fills the fields from the URL. */}
      <AuditFilterForm key={JSON.stringify(filters)} locale={locale} filters={filters} options={options} />
      <p className="text-sm text-slate-700" data-testid="audit-count" aria-live="polite">
        {t("count", { total: result.total })}
      </p>
      {result.entries.length > 0 && <AuditTable entries={result.entries} />}
      <AuditPagination filters={filters} page={result.page} pageCount={result.pageCount} />
    </>
  );
}
