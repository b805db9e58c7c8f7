import { getLocale, getTranslations } from "next-intl/server";
import type { RateDto } from "@/lib/charts/currency";
import { figureTableRow, type TableLabels } from "@/lib/charts/figure-table";
import type { InvestmentFigureDto } from "@/lib/dto/investment";
import { figuresTableRowsHtml } from "./figures-table-rows";
import { tableSortQuery, type TableSort, type TableSortKey } from "@/lib/validations/figure-table";

type Column = { key: string; label: string; sort?: TableSortKey };

/** The labels a table row is written with, in the page's language (also used by the table's download). */
export async function tableLabels(locale: string): Promise<TableLabels> {
  const t = await getTranslations({ locale });
  return {
    category: (c) => t(`investment.categories.${c}` as never),
    confidence: (c) => t(`confidence.${c}` as never),
    rate: {
      average: (period) => t("charts.rateAverage", { period }),
      fallback: (wanted, used) => t("charts.rateFallback", { wanted, used }),
      noYear: (used) => t("charts.rateNoYear", { used }),
    },
    noRate: (currency) => t("investment.noRate", { currency }),
    noAmount: t("figureTable.noAmount"),
  };
}

/**
 * Every matching figure, one row each, rendered on the server with plain links (no script: sorting and pages are
 * links, the downloads are plain files of the same rows; a client <Link> per cell would hydrate and prefetch each).
 * `figures` are already localized. Column headers sort by their key (aria-sort says which and how); a second click
 * reverses the order.
 */
export async function FiguresTable(props: {
  figures: InvestmentFigureDto[];
  total: number;
  page: number;
  pageSize: number;
  /** The filters' query string (display currency included, page and sort excluded). */
  query: string;
  sort: TableSort;
  display: string;
  rates: RateDto[];
  exportLimit: number;
}) {
  const t = await getTranslations();
  const locale = await getLocale();
  const labels = await tableLabels(locale);
  const converted = props.display !== "original";
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  const href = (path: string, extra: Record<string, string>) => {
    const q = new URLSearchParams(props.query);
    q.delete("page");
    for (const [k, v] of Object.entries(extra)) q.set(k, v);
    const s = q.toString();
    return `${path}${s ? `?${s}` : ""}`;
  };
  const sortParams = tableSortQuery(props.sort);
  const a = (path: string) => `/${locale}${path}`;
  const pageHref = (p: number) => href("/investment", { ...sortParams, ...(p > 1 ? { page: String(p) } : {}) });
  const sortHref = (key: TableSortKey) => {
    const dir = props.sort?.key === key && props.sort.dir === "asc" ? "desc" : "asc";
    return href("/investment", { sort: key, dir });
  };
  const columns: Column[] = [
    { key: "actor", label: t("investment.actor"), sort: "actor" },
    { key: "category", label: t("investment.category"), sort: "category" },
    { key: "measure", label: t("investment.measure"), sort: "measure" },
    { key: "value", label: t("common.value"), sort: "value" },
    ...(converted ? [{ key: "converted", label: t("figureTable.valueIn", { currency: props.display }) }] : []),
    { key: "period", label: t("common.period"), sort: "period" },
    { key: "kind", label: t("common.kind"), sort: "kind" },
    { key: "funding", label: t("investment.funding"), sort: "funding" },
    { key: "confidence", label: t("common.confidence") },
    { key: "sources", label: t("common.sources") },
  ];
  const rows = props.figures.map((f) => ({ f, row: figureTableRow(f, props.display, props.rates, locale, labels) }));
  // The download links carry the filters and the sort; the route lists every page's rows.
  const downloadHref = (format: "csv" | "json") => a(href("/investment/download", { ...sortParams, format }));
  return (
    <section aria-labelledby="figures-title" className="rounded-lg border border-slate-200 bg-white p-4 render-when-near [contain-intrinsic-size:auto_2400px]">
      <h2 id="figures-title" className="text-xl font-semibold">
        {t("investment.tableTitle")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("figureTable.caveat")}</p>
      <p className="mt-1 text-xs text-slate-600">{t("figureTable.valueSortNote")}</p>
      {props.total > 0 && (
        <p className="mt-2 flex flex-wrap items-center gap-2 text-sm" data-testid="figures-download">
          <span>{t("figureTable.download", { count: Math.min(props.total, props.exportLimit) })}</span>
          {/* Plain links to files: they work without JavaScript, and the file is exactly the rows listed. */}
          <a href={downloadHref("csv")} download className="rounded border border-slate-300 bg-white px-2 py-1 text-xs font-medium hover:bg-slate-100">
            {t("figureTable.csv")}
          </a>
          <a href={downloadHref("json")} download className="rounded border border-slate-300 bg-white px-2 py-1 text-xs font-medium hover:bg-slate-100">
            {t("figureTable.json")}
          </a>
          {props.total > props.exportLimit && (
            <span className="text-xs text-amber-900">{t("figureTable.truncated", { limit: props.exportLimit, total: props.total })}</span>
          )}
        </p>
      )}
      <div className="mt-2 overflow-x-auto">
        <table className="min-w-full text-left text-sm" data-testid="figures-table">
          <thead className="border-b border-slate-300">
            <tr>
              {columns.map((c) => {
                const active = c.sort && props.sort?.key === c.sort ? props.sort.dir : null;
                return (
                  <th
                    key={c.key}
                    scope="col"
                    className="py-1 pr-3 align-bottom"
                    data-col={c.key}
                    aria-sort={c.sort ? (active === "asc" ? "ascending" : active === "desc" ? "descending" : "none") : undefined}
                  >
                    {c.sort ? (
                      <a href={a(sortHref(c.sort))} className="inline-flex items-center gap-1 text-brand-700 underline decoration-dotted">
                        {c.label}
                        <span aria-hidden className="text-xs">
                          {active === "asc" ? "▲" : active === "desc" ? "▼" : "↕"}
                        </span>
                        {active && <span className="sr-only">({t(active === "asc" ? "figureTable.sortedAscending" : "figureTable.sortedDescending")})</span>}
                      </a>
                    ) : (
                      c.label
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          {/* The rows as markup made on the server (figures-table-rows.tsx): static links React need not walk. */}
          <tbody dangerouslySetInnerHTML={{ __html: figuresTableRowsHtml({ rows, locale, converted, flaggedHint: t("common.flaggedHint") }) }} />
        </table>
      </div>
      {pages > 1 && (
        <nav aria-label={t("investment.tableTitle")} className="mt-3 flex items-center gap-4 text-sm">
          {props.page > 1 && (
            <a href={a(pageHref(props.page - 1))} className="text-brand-700 underline">
              {t("investment.previous")}
            </a>
          )}
          <span>{t("investment.page", { page: props.page, pages })}</span>
          {props.page < pages && (
            <a href={a(pageHref(props.page + 1))} className="text-brand-700 underline">
              {t("investment.next")}
            </a>
          )}
        </nav>
      )}
    </section>
  );
}
