import { moneyTickFormatter, moneyValueFormatter } from "@/lib/charts/axis-format";
import { ColumnChartSvg, type ColumnPointView } from "./column-chart-svg";
import { seriesColor } from "./palette";

/** Bars grouped by `x`, one series per key, drawn on the server; tooltips show each point's unit and sources. */
export function GroupedBarChartView(props: {
  rows: Array<Record<string, number | null>>;
  x: string;
  series: string[];
  unit: string;
  /** The values' currency (values in billions): ticks read "$80bn"; without it, plain numbers and `unit`. */
  currency?: string;
  locale?: string;
  sourcesByPoint: Record<string, string[]>;
  sourceLabel: string;
  /** The chart's name for assistive technology (its bars have their own names). */
  title: string;
  testId: string;
}) {
  const locale = props.locale ?? "en";
  const max = Math.max(0, ...props.rows.flatMap((r) => props.series.map((s) => r[s] ?? 0)));
  const tick = props.currency ? moneyTickFormatter({ currency: props.currency, locale, maxValue: max }) : (v: number) => `${v} ${props.unit}`;
  const money = props.currency ? moneyValueFormatter({ currency: props.currency, locale }) : (v: number) => `${v} ${props.unit}`;
  const points = props.rows.map((row) =>
    props.series.map((s): ColumnPointView | null => {
      const v = row[s];
      if (v === null || v === undefined) return null;
      const sources = props.sourcesByPoint[`${s}|${row[props.x]}`] ?? [];
      return {
        value: v,
        low: null,
        high: null,
        fill: "solid",
        name: `${s}, ${row[props.x]}: ${money(v)}`,
        tipTitle: `${s} · ${row[props.x]}`,
        tipLines: [money(v), `${props.sourceLabel} ${sources.join(", ")}`],
      };
    }),
  );
  return (
    <ColumnChartSvg
      id={props.testId}
      testId={props.testId}
      label={props.title}
      categories={props.rows.map((r) => String(r[props.x]))}
      series={props.series.map((s, i) => ({ name: s, legend: s, color: seriesColor(i) }))}
      points={points}
      tick={tick}
      height={{ narrow: 300, wide: 340 }}
    />
  );
}
