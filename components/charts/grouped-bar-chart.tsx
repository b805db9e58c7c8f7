"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { moneyTickFormatter, moneyValueFormatter } from "@/lib/charts/axis-format";
import { seriesColor } from "./palette";

/** Bars grouped by `x`, one series per key; tooltips show each point's unit and sources. */
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
  testId: string;
}) {
  const locale = props.locale ?? "en";
  const max = Math.max(0, ...props.rows.flatMap((r) => props.series.map((s) => r[s] ?? 0)));
  const tick = props.currency ? moneyTickFormatter({ currency: props.currency, locale, maxValue: max }) : undefined;
  const money = props.currency ? moneyValueFormatter({ currency: props.currency, locale }) : (v: number) => `${v} ${props.unit}`;
  return (
    <div className="h-[360px] w-full" data-testid={props.testId}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={props.rows} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey={props.x} fontSize={14} tick={{ className: "chart-tick" }} />
          <YAxis
            fontSize={14}
            tick={{ className: "chart-tick" }}
            tickFormatter={tick}
            width={64}
            label={tick ? undefined : { value: props.unit, angle: -90, position: "insideLeft" }}
          />
          <Tooltip
            cursor={{ fill: "#94a3b8", fillOpacity: 0.12 }}
            formatter={(value, name, item) => {
              const sources = props.sourcesByPoint[`${name}|${item.payload[props.x]}`] ?? [];
              return [`${money(Number(value))} · ${item.payload[props.x]} · ${props.sourceLabel} ${sources.join(", ")}`, name];
            }}
          />
          <Legend formatter={(value: string) => <span className="chart-legend-text">{value}</span>} />
          {props.series.map((s, i) => (
            <Bar key={s} dataKey={s} name={s} fill={seriesColor(i)} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
