import { getLocale, getTranslations } from "next-intl/server";
import { buildInitiativesChart } from "@/lib/charts/initiatives-state";
import type { RateDto } from "@/lib/charts/currency";
import type { InvestmentFigureDto } from "@/lib/dto/investment";
import { compareSourceKeys } from "@/lib/format/source-order";
import { ChartDataTable } from "@/components/charts/chart-data-table";
import { ChartFrame } from "@/components/charts/chart-frame";
import { InitiativesChartView, KIND_COLORS } from "@/components/charts/initiatives-chart";
import { AddToBriefing } from "@/components/decks/add-to-briefing";

export async function InitiativesSection(props: { figures: InvestmentFigureDto[]; display: string; rates: RateDto[]; asOf: string | null; viewParams: Record<string, string> }) {
  const t = await getTranslations();
  const locale = await getLocale();
  const chart = buildInitiativesChart(props.figures, props.display, props.rates, (f) => (locale === "zh" && f.actorNameZh) || f.actorName);
  if (chart.groups.length === 0 && chart.notPlotted.length === 0) return <p className="text-sm text-slate-700">{t("investment.noInitiatives")}</p>;
  const kinds = Object.fromEntries(Object.keys(KIND_COLORS).map((k) => [k, t(`kinds.${k}`)]));
  const converted = props.display !== "original";
  return (
    <div className="space-y-4">
      {converted && <p className="text-sm text-slate-700">{t("investment.conversionNote")}</p>}
      <div className="grid gap-4 lg:grid-cols-2">
        {chart.groups.map((g) => {
          const sources = [...new Set(g.bars.flatMap((b) => b.sources))].sort(compareSourceKeys);
          const largest = g.bars[0];
          const id = `initiatives-${g.currency.toLowerCase()}`;
          return (
            <ChartFrame
              key={g.currency}
              id={id}
              title={converted ? t("investment.initiativesTitleConverted", { currency: g.currency }) : t("investment.initiativesTitle", { currency: g.currency })}
              subtitle={t("investment.initiativesSubtitle", { currency: g.currency })}
              summary={t("investment.initiativesSummary", { count: g.bars.length, currency: g.currency, largest: largest.label, value: largest.stated })}
              asOf={t("common.asOf", { date: props.asOf ?? "–" })}
              tableLabel={t("common.dataTable")}
              actions={<AddToBriefing view={{ chart: "initiatives", params: { ...props.viewParams, group: g.currency } }} defaultTitle={converted ? t("investment.initiativesTitleConverted", { currency: g.currency }) : t("investment.initiativesTitle", { currency: g.currency })} />}
              notes={
                <p className="flex flex-wrap gap-3">
                  {[...new Set(g.bars.map((b) => b.kind))].map((k) => (
                    <span key={k}>
                      <span className="mr-1 inline-block h-3 w-3 align-middle" style={{ background: KIND_COLORS[k] }} aria-hidden />
                      {kinds[k]}
                    </span>
                  ))}
                </p>
              }
              exportData={{
                filename: `govatlas-${id}`,
                stamp: {
                  title: converted ? t("investment.initiativesTitleConverted", { currency: g.currency }) : t("investment.initiativesTitle", { currency: g.currency }),
                  sourceLine: t("charts.sourceLine", { sources: sources.join(", ") }),
                  asOf: t("common.asOf", { date: props.asOf ?? "–" }),
                  legend: [...new Set(g.bars.map((b) => b.kind))].map((k) => ({ label: kinds[k], color: KIND_COLORS[k] })),
                },
                rows: g.bars.map((b) => ({ actor: b.label, valueBn: b.value, currency: g.currency, stated: b.stated, kind: b.kind, horizon: b.horizon, rate: b.rateNote, sources: b.sources.join("; ") })),
              }}
              table={
                <ChartDataTable
                  testId={`${id}-table`}
                  columns={[
                    t("investment.actor"), `${t("common.value")} (${g.currency} bn)`, t("investment.stated"), t("common.kind"), t("investment.horizon"),
                    ...(converted ? [t("investment.rateUsed")] : []), t("common.sources"),
                  ]}
                  numeric={[1]}
                  small={converted ? [5] : []}
                  rows={g.bars.map((b) => ({
                    key: b.slug,
                    slug: b.slug,
                    cells: [b.label, b.value.toLocaleString("en-US"), b.stated, kinds[b.kind], b.horizon, ...(converted ? [b.rateNote ?? "–"] : []), b.sources.join(", ")],
                  }))}
                />
              }
            >
              <InitiativesChartView bars={g.bars} currency={g.currency} kindLabels={kinds} sourceLabel={t("common.source")} />
            </ChartFrame>
          );
        })}
      </div>
      {chart.notPlotted.length > 0 && (
        <div className="rounded border border-slate-200 bg-white p-3 text-sm" data-testid="initiatives-not-plotted">
          <h3 className="font-semibold">{t("investment.notPlottedTitle")}</h3>
          <ul className="ml-5 list-disc">
            {chart.notPlotted.map((n) => (
              <li key={n.slug}>
                {n.label}: {n.reason === "no-rate" ? t("investment.noRate", { currency: n.detail }) : t("investment.noAmount", { detail: n.detail })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
