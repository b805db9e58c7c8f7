import type { CapexChart, CapexPoint } from "@/lib/charts/capex-state";
import type { KindFill } from "@/lib/charts/figure-style";
import { moneyTickFormatter, moneyValueFormatter } from "@/lib/charts/axis-format";
import { ColumnChartSvg, type ColumnPointView } from "./column-chart-svg";
import { seriesColor } from "./palette";

export type CapexChartLabels = {
  kinds: Record<string, string>;
  fills: Record<string, KindFill>;
  fiscalYear: Record<string, string>;
  unit: string;
  sourcePrefix: string;
  /** The chart's name for assistive technology (its bars have their own names). */
  title: string;
  /** The page's language: tick and value formats (separators, scale words). */
  locale?: string;
};

const pointOf = (row: Record<string, unknown>, company: string) => row[company] as CapexPoint | undefined;

/** Big Tech capex by year and company, drawn on the server; amounts in US$ billions ("$80bn" on the axis). */
export function CapexChartView({ chart, labels }: { chart: CapexChart; labels: CapexChartLabels }) {
  const locale = labels.locale ?? "en";
  const max = Math.max(0, ...chart.rows.flatMap((r) => chart.companies.map((c) => pointOf(r, c.name)?.high ?? pointOf(r, c.name)?.value ?? 0)));
  const tick = moneyTickFormatter({ currency: "USD", locale, maxValue: max });
  const money = moneyValueFormatter({ currency: "USD", locale });
  const points = chart.rows.map((row) =>
    chart.companies.map((c): ColumnPointView | null => {
      const p = pointOf(row, c.name);
      if (!p) return null;
      const range = p.low !== null && p.high !== null ? ` (${money(p.low)}–${money(p.high)})` : "";
      const kind = labels.kinds[p.kind] ?? p.kind;
      return {
        value: p.value,
        low: p.low,
        high: p.high,
        fill: labels.fills[p.kind] ?? "solid",
        kind: p.kind,
        name: `${c.name}, ${row.year}: ${money(p.value)}${range}, ${kind}`,
        tipTitle: `${c.name} · ${row.year}`,
        tipLines: [`${money(p.value)}${range} · ${kind} · ${p.periodLabel}`, `${labels.sourcePrefix} ${p.sources.join(", ")}`],
      };
    }),
  );
  return (
    <ColumnChartSvg
      id="capex"
      testId="capex-chart"
      label={labels.title}
      categories={chart.rows.map((r) => String(r.year))}
      series={chart.companies.map((c, i) => ({ name: c.name, legend: labels.fiscalYear[c.name] ?? c.name, color: seriesColor(i) }))}
      points={points}
      tick={tick}
      height={{ narrow: 330, wide: 380 }}
    />
  );
}
