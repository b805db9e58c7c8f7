import { getTranslations } from "next-intl/server";
import type { CapexChart } from "@/lib/charts/capex-state";
import { isCompanyCapex } from "@/lib/charts/capex-state";
import { capexMaximum } from "@/lib/charts/capex-summary";
import { formatFigure } from "@/lib/charts/money";
import type { InvestmentFigureDto } from "@/lib/dto/investment";
import { compareSourceKeys } from "@/lib/format/source-order";
import { ChartDataTable } from "@/components/charts/chart-data-table";
import { ChartFrame } from "@/components/charts/chart-frame";
import { CapexChartLazy } from "@/components/charts/capex-chart-lazy";
import { seriesColor } from "@/components/charts/palette";
import { AddToBriefing } from "@/components/decks/add-to-briefing";

const KINDS = ["ACTUAL", "GUIDANCE", "PLAN", "PLEDGE", "COMMITTED", "ESTIMATE"] as const;

export async function CapexSection({ chart, figures, asOf, viewParams = {} }: { chart: CapexChart; figures: InvestmentFigureDto[]; asOf: string | null; viewParams?: Record<string, string> }) {
  const t = await getTranslations();
  const max = capexMaximum(chart);
  const plotted = new Set(chart.rows.flatMap((r) => chart.companies.map((c) => (r[c.name] as { figureId?: string } | undefined)?.figureId)));
  const companyFigures = figures.filter(isCompanyCapex);
  const fiscalYear = Object.fromEntries(
    chart.companies.filter((c) => c.fiscalYear).map((c) => [c.name, t("overview.fiscalYearLegend", { company: c.name })]),
  );
  const sourceKeys = [...new Set(companyFigures.flatMap((f) => f.sources.map((s) => s.key)))].sort(compareSourceKeys);
  const sourceNotes = Object.fromEntries(companyFigures.flatMap((f) => f.sources.map((s) => [s.key, `${s.key} ${s.title}${s.url ? ` <${s.url}>` : ""}`])));
  const exportRows = companyFigures.map((f) => ({
    company: f.actorName,
    period: f.periodLabel,
    kind: f.kind,
    value: formatFigure(f),
    amount: f.amount,
    amountLow: f.amountLow,
    amountHigh: f.amountHigh,
    currency: f.currency,
    measure: f.measure,
    sources: f.sources.map((s) => s.key).join("; "),
    plotted: plotted.has(f.id) ? "yes" : "no",
  }));
  const years = chart.years.length ? `${chart.years[0]}–${chart.years[chart.years.length - 1]}` : "";
  return (
    <ChartFrame
      id="capex"
      title={t("overview.capexTitle")}
      subtitle={t("overview.capexSubtitle")}
      summary={t("overview.capexSummary", {
        companies: chart.companies.length,
        years,
        max: max ? `$${max.value}bn` : "–",
        maxCompany: max?.company ?? "–",
        maxYear: max?.year ?? "–",
      })}
      asOf={t("common.asOf", { date: asOf ?? "–" })}
      tableLabel={t("common.dataTable")}
      actions={<AddToBriefing view={{ chart: "capex", params: viewParams }} defaultTitle={t("overview.capexTitle")} />}
      exportData={{
        filename: "govatlas-big-tech-capex",
        rows: exportRows,
        sourceNotes,
        stamp: {
          title: t("overview.capexTitle"),
          sourceLine: t("charts.sourceLine", { sources: sourceKeys.join(", ") }),
          asOf: t("common.asOf", { date: asOf ?? "–" }),
          legend: chart.companies.map((c, i) => ({ label: fiscalYear[c.name] ?? c.name, color: seriesColor(i) })),
        },
      }}
      notes={
        <>
          <p>
            <span className="mr-1 inline-block h-3 w-4 bg-slate-500 align-middle" aria-hidden /> {t("overview.legendActual")}{" "}
            <span className="mx-1 ml-3 inline-block h-3 w-4 border-2 border-dashed border-slate-500 bg-slate-500/30 align-middle" aria-hidden />{" "}
            {t("overview.legendGuidance")}
          </p>
          {chart.companies.filter((c) => c.fiscalYear).map((c) => (
            <p key={c.name}>{t("overview.fiscalYear", { company: c.name })}</p>
          ))}
          <p>{t("overview.omittedNote")}</p>
        </>
      }
      table={
        <ChartDataTable
          testId="capex-table"
          columns={[t("common.company"), t("common.period"), t("common.kind"), t("common.value"), t("common.note"), t("common.sources"), t("overview.plotted")]}
          numeric={[3]}
          rows={companyFigures.map((f) => ({
            key: f.id,
            slug: f.slug,
            cells: [f.actorName, f.periodLabel, t(`kinds.${f.kind}`), formatFigure(f), f.measure, f.sources.map((s) => s.key).join(", "), plotted.has(f.id) ? t("overview.plotted") : t("overview.notPlotted")],
          }))}
        />
      }
    >
      <CapexChartLazy
        chart={chart}
        labels={{
          kinds: Object.fromEntries(KINDS.map((k) => [k, t(`kinds.${k}`)])),
          fiscalYear,
          unit: "US$ bn",
          sourcePrefix: t("common.source"),
        }}
      />
    </ChartFrame>
  );
}
