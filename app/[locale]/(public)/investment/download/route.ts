// The investment table's download: every figure the filters match (all pages, up to TABLE_EXPORT_LIMIT), in the
// table's order, with the same cells as the table (original value beside the display-currency value and the rate
// it used; kind and funding kept), as CSV or JSON. GET /<locale>/investment/download?format=csv&<filters>&sort=…
import { getTranslations } from "next-intl/server";
import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { toCsv } from "@/lib/csv/write-csv";
import { describeSource } from "@/lib/charts/export-rows";
import { localizeFigure } from "@/lib/charts/figure-labels";
import { figureTableRow } from "@/lib/charts/figure-table";
import { getExchangeRates, getTableFigures } from "@/lib/queries/investment-explorer";
import { filtersToQuery, parseInvestmentFilters } from "@/lib/validations/investment-filters";
import { parseTableSort } from "@/lib/validations/figure-table";
import { tableLabels } from "@/components/investment/figures-table";
import { bySourceKey } from "@/lib/format/source-order";
import { AppError } from "@/lib/errors/app-error";
import { errorResponse } from "@/lib/errors/http";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params;
  const locale = hasLocale(routing.locales, raw) ? raw : routing.defaultLocale;
  const url = new URL(request.url);
  const query = Object.fromEntries([...url.searchParams.keys()].map((k) => [k, url.searchParams.getAll(k)]));
  const t = await getTranslations({ locale });
  const format = url.searchParams.get("format") ?? "csv";
  if (format !== "csv" && format !== "json") {
    return errorResponse(new AppError("invalid", { key: "figureTable.badFormat", values: { format: format.slice(0, 20) } }), locale);
  }
  const { filters, notices } = parseInvestmentFilters(query);
  const sort = parseTableSort(query);
  const [{ total, figures }, rates] = await Promise.all([getTableFigures(filters, sort), getExchangeRates()]);
  const labels = await tableLabels(locale);
  const localized = figures.map((f) => localizeFigure(f, locale));
  const rows = localized.map((f) => {
    const { flagged, sources, ...row } = figureTableRow(f, filters.currency, rates, locale, labels);
    return { ...row, displayCurrency: filters.currency === "original" ? null : filters.currency, flagged, sources: sources.join("; ") };
  });
  const stamp = new Date().toISOString().slice(0, 10);
  const filename = `govatlas-investment-figures-${stamp}.${format}`;
  const headers = { "content-disposition": `attachment; filename="${filename}"`, "cache-control": "no-store" };
  if (format === "json") {
    const sources = [...new Map(localized.flatMap((f) => f.sources.map((s) => [s.key, s]))).values()].sort(bySourceKey);
    const body = {
      title: t("investment.tableTitle"),
      caveat: t("figureTable.caveat"),
      filters: filtersToQuery(filters),
      sort,
      notices,
      total,
      truncated: total > rows.length,
      rows,
      sources: sources.map((s) => describeSource(s, t("charts.undated"), true)),
    };
    return new Response(JSON.stringify(body, null, 2), { headers: { ...headers, "content-type": "application/json; charset=utf-8" } });
  }
  const fields = rows.length ? Object.keys(rows[0]) : ["slug"];
  const csv = toCsv(
    fields,
    rows.map((r) => fields.map((k) => (r as Record<string, unknown>)[k] ?? "")),
    { newline: "\n" },
  );
  return new Response(`\uFEFF${csv}\n`, { headers: { ...headers, "content-type": "text/csv; charset=utf-8" } });
}
