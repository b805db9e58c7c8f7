import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getExplorerData, PAGE_SIZE, TABLE_EXPORT_LIMIT } from "@/lib/queries/investment-explorer";
import { parseTableSort } from "@/lib/validations/figure-table";
import { filtersToQuery, parseInvestmentFilters } from "@/lib/validations/investment-filters";
import { buildCapexChart } from "@/lib/charts/capex-state";
import { CapexSection } from "@/components/overview/capex-section";
import { FilterForm } from "@/components/investment/filter-form";
import { FilterNotices } from "@/components/investment/filter-notices";
import { InitiativesSection } from "@/components/investment/initiatives-section";
import { PrivateSection } from "@/components/investment/private-section";
import { FiguresTable } from "@/components/investment/figures-table";
import { PageHeader } from "@/components/layout/page-header";
import { localizeFigure } from "@/lib/charts/figure-labels";

export async function generateMetadata({ params }: PageProps<"/[locale]/investment">): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "investment" }))("title") };
}

// Filters live in the URL, so this page renders per request; its queries aggregate in SQL and are cached
// (tag "figures", revalidated by curation).
// Reads the query string, so it renders per request (the locale layout is otherwise static).
export const dynamic = "force-dynamic";

export default async function InvestmentPage({ params, searchParams }: PageProps<"/[locale]/investment">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("investment");
  const query = await searchParams;
  const { filters, notices } = parseInvestmentFilters(query);
  const sort = parseTableSort(query);
  const raw = await getExplorerData(filters, sort);
  // Every view below reads the figures' text in the page's language (the *Zh fields on /zh, where written).
  const l10n = (list: typeof raw.table) => list.map((f) => localizeFigure(f, locale));
  const data = { ...raw, capex: l10n(raw.capex), initiatives: l10n(raw.initiatives), privateAggregates: l10n(raw.privateAggregates), table: l10n(raw.table) };
  // The view saved by "Add to briefing": these filters, without the table's page number.
  const viewParams = Object.fromEntries(new URLSearchParams(filtersToQuery({ ...filters, page: 1 })));
  const show = (c: string) => filters.categories.length === 0 || filters.categories.includes(c as never);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      <FilterNotices notices={notices} />
      <FilterForm filters={filters} sort={sort} />
      <p className="text-sm font-medium" data-testid="matching-count">
        {t("matching", { count: data.total })}
      </p>
      <details className="rounded border border-sky-200 bg-sky-50 p-3 text-sm" open>
        <summary className="cursor-pointer font-semibold">{t("neverSummed")}</summary>
        <p className="mt-1">{t("neverSummedText")}</p>
      </details>
      {show("CORPORATE_CAPEX") &&
        (data.capex.length > 0 ? (
          <CapexSection chart={buildCapexChart(data.capex)} figures={data.capex} viewParams={viewParams} />
        ) : (
          <p className="text-sm text-slate-700">{t("noCapex")}</p>
        ))}
      {(show("PUBLIC_INITIATIVE") || show("PRIVATE_INITIATIVE")) && (
        <InitiativesSection figures={data.initiatives} display={filters.currency} rates={data.rates} viewParams={viewParams} />
      )}
      {(show("PRIVATE_INVESTMENT_AGGREGATE") || show("CORPORATE_INVESTMENT_AGGREGATE")) && (
        <PrivateSection figures={data.privateAggregates} viewParams={viewParams} />
      )}
      <FiguresTable
        figures={data.table}
        total={data.total}
        page={filters.page}
        pageSize={PAGE_SIZE}
        query={filtersToQuery({ ...filters, page: 1 })}
        sort={sort}
        display={filters.currency}
        rates={data.rates}
        exportLimit={TABLE_EXPORT_LIMIT}
      />
    </div>
  );
}
