import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { ACTOR_TYPES, CATEGORIES, DISPLAY_CURRENCIES, KINDS, YEAR_MAX, YEAR_MIN, type InvestmentFilters } from "@/lib/validations/investment-filters";
import { tableSortQuery, type TableSort } from "@/lib/validations/figure-table";

// A plain GET form: filters end up in the URL, work without JavaScript, and back/forward restores them. The table's
// sort travels along (hidden fields), so applying filters keeps the reader's order; the page number starts over.
export async function FilterForm({ filters, sort }: { filters: InvestmentFilters; sort: TableSort }) {
  const t = await getTranslations();
  const group = (name: string, legend: string, values: readonly string[], selected: string[], label: (v: string) => string) => (
    <fieldset className="min-w-0">
      <legend className="text-sm font-semibold">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {values.map((v) => (
          <label key={v} className="flex items-center gap-1 text-sm">
            <input type="checkbox" name={name} value={v} defaultChecked={selected.includes(v)} className="h-4 w-4" />
            {label(v)}
          </label>
        ))}
      </div>
    </fieldset>
  );
  return (
    <form
      method="get"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      aria-label={t("investment.filters")}
      data-testid="investment-filters"
    >
      {Object.entries(tableSortQuery(sort)).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {group("category", t("investment.category"), CATEGORIES, filters.categories, (v) => t(`investment.categories.${v}`))}
      {group("kind", t("investment.kind"), KINDS, filters.kinds, (v) => t(`kinds.${v}`))}
      {group("actor", t("investment.actorType"), ACTOR_TYPES, filters.actorTypes, (v) => t(`investment.actorTypes.${v}`))}
      <div className="flex flex-wrap items-end gap-4">
        {(["from", "to"] as const).map((end) => (
          <label key={end} className="text-sm">
            <span className="block font-semibold">{t(`investment.${end}`)}</span>
            <input
              type="number"
              name={end}
              min={YEAR_MIN}
              max={YEAR_MAX}
              defaultValue={filters[end] ?? ""}
              className="mt-1 w-28 rounded border border-slate-300 px-2 py-1"
            />
          </label>
        ))}
        <label className="text-sm">
          <span className="block font-semibold">{t("investment.currency")}</span>
          <select name="currency" defaultValue={filters.currency} className="mt-1 rounded border border-slate-300 px-2 py-1">
            {DISPLAY_CURRENCIES.map((c) => (
              <option key={c} value={c}>
                {c === "original" ? t("investment.original") : t("investment.convertTo", { currency: c })}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-900">
          {t("investment.apply")}
        </button>
        <Link href="/investment" className="text-sm text-brand-700 underline">
          {t("investment.reset")}
        </Link>
      </div>
    </form>
  );
}
