import { getTranslations } from "next-intl/server";
import type { CapexChart } from "@/lib/charts/capex-state";
import { isCompanyCapex } from "@/lib/charts/capex-state";
import { capexMaximum } from "@/lib/charts/capex-summary";
import { KIND_FILL, KIND_ORDER, kindLabel, kindText } from "@/lib/charts/figure-labels";
import { compactAmount, formatFigure } from "@/lib/charts/money";
import type { InvestmentFigureDto } from "@/lib/dto/investment";
import { ChartDataTable } from "@/components/charts/chart-data-table";
import { ChartFrame } from "@/components/charts/chart-frame";
import { ChartLegend } from "@/components/charts/chart-legend";
import { chartText } from "@/components/charts/chart-text";
import { CapexChartView } from "@/components/charts/capex-chart";
import { seriesColor } from "@/components/charts/palette";

/** Big Tech capex by company and year; `figures` are already localized. */
export async function CapexSection({
  chart,
  figures,
  viewParams = {},
}: {
  chart: CapexChart;
  figures: InvestmentFigureDto[];
  viewParams?: Record<string, string>;
}) {
  const t = await getTranslations();
  const text = await chartText();
  const { locale } = text;
  const max = capexMaximum(chart);
  const plotted = new Set(chart.rows.flatMap((r) => chart.companies.map((c) => (r[c.name] as { figureId?: string } | undefined)?.figureId)));
  const companyFigures = figures.filter(isCompanyCapex);
  const plottedFigures = companyFigures.filter((f) => plotted.has(f.id));
  const fiscalYear = Object.fromEntries(chart.companies.filter((c) => c.fiscalYear).map((c) => [c.name, t("overview.fiscalYearLegend", { company: c.name })]));
  const exportRows = companyFigures.map((f) => ({
    company: f.actorName,
    period: f.periodLabel,
    kind: kindText(f, locale),
    value: formatFigure(f, locale),
    amount: f.amount,
    amountLow: f.amountLow,
    amountHigh: f.amountHigh,
    currency: f.currency,
    measure: f.measure,
    sources: f.sources.map((s) => s.key).join("; "),
    plotted: plotted.has(f.id) ? t("overview.plotted") : t("overview.notPlotted"),
  }));
  const years = chart.years.length ? `${chart.years[0]}–${chart.years[chart.years.length - 1]}` : "";
  const shownKinds = new Set(chart.rows.flatMap((r) => chart.companies.map((c) => (r[c.name] as { kind?: string } | undefined)?.kind)));
  const legends = [
    { title: t("common.company"), items: chart.companies.map((c, i) => ({ label: fiscalYear[c.name] ?? c.name, color: seriesColor(i) })) },
    text.kindLegend(KIND_ORDER.filter((k) => shownKinds.has(k))),
  ];
  const asOf = text.asOf(plottedFigures);
  return (
    <ChartFrame
      id="capex"
      title={t("overview.capexTitle")}
      subtitle={t("overview.capexSubtitle")}
      summary={t("overview.capexSummary", {
        companies: chart.companies.length,
        years,
        max: max ? `$${compactAmount(max.value * 1e9, locale)}` : "–",
        maxCompany: max?.company ?? "–",
        maxYear: max?.year ?? "–",
      })}
      asOf={asOf}
      tableLabel={t("common.dataTable")}
      view={{ chart: "capex", params: viewParams }}
      exportData={text.figureExport({
        filename: "govatlas-big-tech-capex",
        rows: exportRows,
        noted: companyFigures,
        drawn: plottedFigures,
        stamp: { title: t("overview.capexTitle"), subtitle: t("overview.capexSubtitle"), legends, asOf },
      })}
      notes={
        <>
          <ChartLegend id="capex" legends={legends.slice(1)} />
          {chart.companies
            .filter((c) => c.fiscalYear)
            .map((c) => (
              <p key={c.name}>{t("overview.fiscalYear", { company: c.name })}</p>
            ))}
          <p>{t("overview.omittedNote")}</p>
        </>
      }
      table={
        <ChartDataTable
          testId="capex-table"
          columns={[
            t("common.company"),
            t("common.period"),
            t("common.kind"),
            t("common.value"),
            t("investment.measure"),
            t("common.sources"),
            t("overview.plotted"),
          ]}
          numeric={[3]}
          rows={companyFigures.map((f) => ({
            key: f.id,
            slug: f.slug,
            cells: [
              f.actorName,
              f.periodLabel,
              kindText(f, locale),
              formatFigure(f, locale),
              f.measure,
              f.sources.map((s) => s.key).join(", "),
              plotted.has(f.id) ? t("overview.plotted") : t("overview.notPlotted"),
            ],
          }))}
        />
      }
    >
      <CapexChartView
        chart={chart}
        labels={{
          kinds: Object.fromEntries(KIND_ORDER.map((k) => [k, kindLabel(k, locale)])),
          fills: KIND_FILL,
          fiscalYear,
          unit: "US$ bn",
          sourcePrefix: t("common.source"),
          title: t("overview.capexTitle"),
          locale,
        }}
      />
    </ChartFrame>
  );
}
