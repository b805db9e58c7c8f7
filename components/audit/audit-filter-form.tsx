import type { ReactNode } from "react";
import Form from "next/form";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { AuditFilterOptions } from "@/lib/dto/audit";
import type { AuditFilters } from "@/lib/validations/audit-filters";
import { Button } from "@/components/ui/button";

const field = "mt-1 w-full rounded border border-slate-300 px-2 py-1";

/** One filter: its label above the control, two of the six grid columns wide. */
function Filter({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="text-sm lg:col-span-2">
      <span className="block font-semibold">{label}</span>
      {children}
    </label>
  );
}

/** A select of the stored values, "any" first (the empty value: no filter). */
function AnySelect({ name, value, any, options }: { name: string; value: string | null | undefined; any: string; options: string[] }) {
  return (
    <select name={name} defaultValue={value ?? ""} className={field}>
      <option value="">{any}</option>
      {options.map((o) => (
        <option key={o} value={o}>
          {o}
        </option>
      ))}
    </select>
  );
}

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
      <Filter label={t("action")}>
        <AnySelect name="action" value={filters.action} any={t("anyAction")} options={options.actions} />
      </Filter>
      <Filter label={t("actor")}>
        <input name="actor" type="search" maxLength={254} defaultValue={filters.actor ?? ""} className={field} />
      </Filter>
      <Filter label={t("entityType")}>
        <AnySelect name="entityType" value={filters.entityType} any={t("anyEntity")} options={options.entityTypes} />
      </Filter>
      <Filter label={t("from")}>
        <input name="from" type="date" defaultValue={filters.from ?? ""} className={field} />
      </Filter>
      <Filter label={t("to")}>
        <input name="to" type="date" defaultValue={filters.to ?? ""} className={field} />
      </Filter>
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
