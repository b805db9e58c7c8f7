import Form from "next/form";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { AuditFilterOptions } from "@/lib/dto/audit";
import type { AuditFilters } from "@/lib/validations/audit-filters";
import { Button } from "@/components/ui/button";

const field = "mt-1 w-full rounded border border-slate-300 px-2 py-1";

// A GET form (next/form: client-side navigation): the filters live in the URL, so back/forward restores them.
export async function AuditFilterForm({ locale, filters, options }: { locale: string; filters: AuditFilters; options: AuditFilterOptions }) {
  const t = await getTranslations("audit");
  return (
    <Form
      action={`/${locale}/admin/audit`}
      aria-label={t("filters")}
      data-testid="audit-filters"
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6"
    >
      <label className="text-sm lg:col-span-2">
        <span className="block font-semibold">{t("action")}</span>
        <select name="action" defaultValue={filters.action ?? ""} className={field}>
          <option value="">{t("anyAction")}</option>
          {options.actions.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm lg:col-span-2">
        <span className="block font-semibold">{t("actor")}</span>
        <input name="actor" type="search" maxLength={254} defaultValue={filters.actor ?? ""} className={field} />
      </label>
      <label className="text-sm lg:col-span-2">
        <span className="block font-semibold">{t("entityType")}</span>
        <select name="entityType" defaultValue={filters.entityType ?? ""} className={field}>
          <option value="">{t("anyEntity")}</option>
          {options.entityTypes.map((e) => (
            <option key={e} value={e}>
              {e}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm lg:col-span-2">
        <span className="block font-semibold">{t("from")}</span>
        <input name="from" type="date" defaultValue={filters.from ?? ""} className={field} />
      </label>
      <label className="text-sm lg:col-span-2">
        <span className="block font-semibold">{t("to")}</span>
        <input name="to" type="date" defaultValue={filters.to ?? ""} className={field} />
      </label>
      <div className="flex items-end gap-4 lg:col-span-2">
        <Button type="submit" variant="primary" size="lg">
          {t("apply")}
        </Button>
        <Link href="/admin/audit" className="text-sm text-brand-700 underline">
          {t("reset")}
        </Link>
      </div>
    </Form>
  );
}
