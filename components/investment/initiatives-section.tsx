import { getTranslations } from "next-intl/server";
import { buildInitiativesChart } from "@/lib/charts/initiatives-state";
import { describeRateUse, type RateDto } from "@/lib/charts/currency";
import { fundingLabel, fundingOf as fundingOfFigure, kindText, type FundingKey } from "@/lib/charts/figure-labels";
import { describeSource } from "@/lib/charts/export-rows";
import type { InvestmentFigureDto } from "@/lib/dto/investment";
import { ChartDataTable } from "@/components/charts/chart-data-table";
import { ChartFrame } from "@/components/charts/chart-frame";
import { chartText } from "@/components/charts/chart-text";
import { InitiativesChartView, type InitiativeBarView } from "@/components/charts/initiatives-chart";
import { ChartLegend } from "@/components/charts/chart-legend";

/** Initiatives (public and private programmes), one chart per currency; `figures` are already localized. */
export async function InitiativesSection(props: { figures: InvestmentFigureDto[]; display: string; rates: RateDto[]; viewParams: Record<string, string> }) {
  const t = await getTranslations();
  const text = await chartText();
  const { locale } = text;
  const chart = buildInitiativesChart(props.figures, props.display, props.rates, locale);
  if (chart.groups.length === 0 && chart.notPlotted.length === 0) return <p className="text-sm text-slate-700">{t("investment.noInitiatives")}</p>;
  const converted = props.display !== "original";
  const rateLabels = {
    average: (period: string) => t("charts.rateAverage", { period }),
    fallback: (wanted: string, used: string) => t("charts.rateFallback", { wanted, used }),
    noYear: (used: string) => t("charts.rateNoYear", { used }),
  };
  const bySlug = new Map(props.figures.map((f) => [f.slug, f]));
  return (
    <div className="space-y-4">
      {converted && <p className="text-sm text-slate-700">{t("investment.conversionNote")}</p>}
      <div className="grid gap-4 lg:grid-cols-2">
        {chart.groups.map((g) => {
          const bars: InitiativeBarView[] = g.bars.map((b) => ({
            ...b,
            kindText: kindText(b, locale),
            fundingText: fundingLabel(b.funding, locale),
            rateText: b.rateUses.length ? b.rateUses.map((u) => describeRateUse(u, rateLabels)).join("; ") : null,
          }));
          const figures = g.bars.map((b) => bySlug.get(b.slug)!).filter(Boolean);
          const largest = bars[0];
          const id = `initiatives-${g.currency.toLowerCase()}`;
          const title = converted
            ? t("investment.initiativesTitleConverted", { currency: g.currency })
            : t("investment.initiativesTitle", { currency: g.currency });
          const subtitle = t("investment.initiativesSubtitle", { currency: g.currency });
          const count = (f: FundingKey) => bars.filter((b) => b.funding === f).length;
          const asOf = text.asOf(figures);
          const legends = [text.kindLegend(bars.map((b) => b.kind)), text.fundingLegend(bars.map((b) => b.funding))];
          // The exchange-rate source is written out too when a conversion used it.
          const rateSourceLines = [...new Map(bars.flatMap((b) => b.rateUses.map((u) => [u.rate.sourceKey, u.rate.source]))).values()]
            .filter((s) => s !== undefined)
            .map((s) => describeSource(s, t("charts.undated")));
          return (
            <ChartFrame
              key={g.currency}
              id={id}
              title={title}
              subtitle={subtitle}
              summary={t("investment.initiativesSummary", {
                count: bars.length,
                currency: g.currency,
                public: count("PUBLIC"),
                private: count("PRIVATE"),
                mixed: count("MIXED"),
                unstated: count("UNSTATED"),
                largest: largest.label,
                value: largest.stated,
                kind: largest.kindText,
                funding: largest.fundingText,
              })}
              asOf={asOf}
              tableLabel={t("common.dataTable")}
              view={{ chart: "initiatives", params: { ...props.viewParams, group: g.currency } }}
              notes={<ChartLegend id={id} legends={legends} />}
              exportData={text.figureExport({
                filename: `govatlas-${id}`,
                stamp: { title, subtitle, legends, asOf },
                noted: figures,
                drawn: figures,
                moreSources: rateSourceLines,
                rows: bars.map((b) => ({
                  // The actor as named; bars of one actor differ by horizon (and the chart's label says both).
                  actor: b.actor,
                  valueBn: b.value,
                  currency: g.currency,
                  stated: b.stated,
                  kind: b.kindText,
                  funding: b.fundingText,
                  horizon: b.horizon,
                  rate: b.rateText,
                  sources: b.sources.join("; "),
                })),
              })}
              table={
                <ChartDataTable
                  testId={`${id}-table`}
                  columns={[
                    t("investment.actor"),
                    `${t("common.value")} (${g.currency} bn)`,
                    t("investment.stated"),
                    t("common.kind"),
                    t("investment.funding"),
                    t("investment.horizon"),
                    ...(converted ? [t("investment.rateUsed")] : []),
                    t("common.sources"),
                  ]}
                  numeric={[1]}
                  small={converted ? [6] : []}
                  rows={bars.map((b) => ({
                    key: b.slug,
                    slug: b.slug,
                    cells: [
                      b.label,
                      b.value.toLocaleString("en-US"),
                      b.stated,
                      b.kindText,
                      b.fundingText,
                      b.horizon,
                      ...(converted ? [b.rateText ?? "–"] : []),
                      b.sources.join(", "),
                    ],
                  }))}
                />
              }
            >
              <InitiativesChartView id={id} halfWidth bars={bars} currency={g.currency} sourceLabel={t("common.source")} title={title} locale={locale} />
            </ChartFrame>
          );
        })}
      </div>
      {chart.notPlotted.length > 0 && (
        <div className="rounded border border-slate-200 bg-white p-3 text-sm" data-testid="initiatives-not-plotted">
          <h3 className="font-semibold">{t("investment.notPlottedTitle")}</h3>
          <ul className="ml-5 list-disc">
            {chart.notPlotted.map((n) => {
              const f = bySlug.get(n.slug);
              return (
                <li key={n.slug}>
                  {n.label}: {n.reason === "no-rate" ? t("investment.noRate", { currency: n.detail }) : t("investment.noAmount", { detail: n.detail })}
                  {f && ` · ${kindText(f, locale)} · ${fundingLabel(fundingOfFigure(f), locale)}`}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
