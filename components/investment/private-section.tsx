import { getTranslations } from "next-intl/server";
import { buildPrivateChart, isCountryPrivateAggregate } from "@/lib/charts/private-investment-state";
import { chartText } from "@/components/charts/chart-text";
import { kindText } from "@/lib/charts/figure-labels";
import { compactAmount, formatFigure } from "@/lib/charts/money";
import type { InvestmentFigureDto } from "@/lib/dto/investment";
import { ChartDataTable } from "@/components/charts/chart-data-table";
import { ChartFrame } from "@/components/charts/chart-frame";
import { GroupedBarChartView } from "@/components/charts/grouped-bar-chart";
import { seriesColor } from "@/components/charts/palette";

/** Private-investment aggregates by country and year; `figures` are already localized. */
export async function PrivateSection({ figures, viewParams }: { figures: InvestmentFigureDto[]; viewParams: Record<string, string> }) {
  const t = await getTranslations();
  const text = await chartText();
  const chart = buildPrivateChart(figures);
  const plottedFigures = figures.filter(isCountryPrivateAggregate);
  const asOf = text.asOf(plottedFigures);
  if (chart.countries.length === 0 && chart.separate.length === 0) return <p className="text-sm text-slate-700">{t("investment.noPrivate")}</p>;
  const flat = chart.rows.flatMap((r) =>
    chart.countries
      .filter((c) => r[c] !== null)
      .map((c) => ({ country: c, year: r.year, valueUsdBn: r[c] as number, sources: (chart.sourcesByPoint[`${c}|${r.year}`] ?? []).join("; ") })),
  );
  const max = flat.reduce<(typeof flat)[number] | null>((m, p) => (!m || p.valueUsdBn > m.valueUsdBn ? p : m), null);
  const years = chart.years.length ? `${chart.years[0]}–${chart.years[chart.years.length - 1]}` : "–";
  return (
    <div className="space-y-4">
      {chart.countries.length > 0 && (
        <ChartFrame
          id="private-investment"
          title={t("investment.privateTitle")}
          subtitle={t("investment.privateSubtitle")}
          summary={t("investment.privateSummary", {
            countries: chart.countries.length,
            years,
            largest: max ? `${max.country} ${max.year}: $${compactAmount(max.valueUsdBn * 1e9, text.locale)}` : "–",
          })}
          asOf={asOf}
          tableLabel={t("common.dataTable")}
          view={{ chart: "private", params: viewParams }}
          exportData={text.figureExport({
            filename: "govatlas-private-ai-investment",
            rows: flat,
            noted: plottedFigures,
            drawn: plottedFigures,
            stamp: {
              title: t("investment.privateTitle"),
              subtitle: t("investment.privateSubtitle"),
              legends: [{ title: t("investment.actor"), items: chart.countries.map((c, i) => ({ label: c, color: seriesColor(i) })) }],
              asOf,
            },
          })}
          table={
            <ChartDataTable
              testId="private-investment-table"
              columns={[t("investment.actor"), t("common.year"), `${t("common.value")} (US$ bn)`, t("common.sources")]}
              numeric={[2]}
              rows={flat.map((p) => ({ key: `${p.country}-${p.year}`, cells: [p.country, p.year, p.valueUsdBn, p.sources] }))}
            />
          }
        >
          <GroupedBarChartView
            rows={chart.rows}
            x="year"
            series={chart.countries}
            unit="US$ bn"
            currency="USD"
            locale={text.locale}
            sourcesByPoint={chart.sourcesByPoint}
            sourceLabel={t("common.source")}
            title={t("investment.privateTitle")}
            testId="private-chart"
          />
        </ChartFrame>
      )}
      {chart.separate.length > 0 && (
        <div className="rounded border border-slate-200 bg-white p-3 text-sm" data-testid="separate-aggregates">
          <h3 className="font-semibold">{t("investment.separateTitle")}</h3>
          <ul className="ml-5 list-disc">
            {chart.separate.map((f) => (
              <li key={f.slug}>
                {f.actorName} — {f.measure}, {f.periodLabel}: <strong>{formatFigure(f, text.locale)}</strong> · {kindText(f, text.locale)}
                {f.comparabilityNote ? ` (${f.comparabilityNote})` : ""} · {f.sources.map((s) => s.key).join(", ")}
                {f.flaggedClaimSlugs.length > 0 && <span className="ml-1 font-medium text-amber-800">⚑ {t("common.flagged")}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
