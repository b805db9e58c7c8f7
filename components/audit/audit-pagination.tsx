import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { auditQuery, type AuditFilters } from "@/lib/validations/audit-filters";

export async function AuditPagination({ filters, page, pageCount }: { filters: AuditFilters; page: number; pageCount: number }) {
  const t = await getTranslations("audit");
  const link = "rounded border border-slate-300 px-3 py-1 text-brand-700 hover:bg-slate-100";
  return (
    <nav aria-label={t("pagination")} className="flex flex-wrap items-center gap-4 text-sm">
      {page > 1 && (
        <Link href={{ pathname: "/admin/audit", query: auditQuery(filters, page - 1) }} className={link} rel="prev">
          {t("previous")}
        </Link>
      )}
      <span data-testid="audit-page">{t("pageOf", { page, pages: pageCount })}</span>
      {page < pageCount && (
        <Link href={{ pathname: "/admin/audit", query: auditQuery(filters, page + 1) }} className={link} rel="next">
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
