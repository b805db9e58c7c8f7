"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { seriesColor } from "./palette";

/** Bars grouped by `x`, one series per key; tooltips show each point's unit and sources. */
export function GroupedBarChartView(props: {
  rows: Array<Record<string, number | null>>;
  x: string;
  series: string[];
  unit: string;
  sourcesByPoint: Record<string, string[]>;
  sourceLabel: string;
  testId: string;
}) {
  return (
    <div className="h-[360px] w-full" data-testid={props.testId}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={props.rows} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey={props.x} tick={{ fontSize: 14 }} />
          <YAxis tick={{ fontSize: 14 }} label={{ value: props.unit, angle: -90, position: "insideLeft" }} />
          <Tooltip
            formatter={(value, name, item) => {
              const sources = props.sourcesByPoint[`${name}|${item.payload[props.x]}`] ?? [];
              return [`${value} ${props.unit} · ${item.payload[props.x]} · ${props.sourceLabel} ${sources.join(", ")}`, name];
            }}
          />
          <Legend wrapperStyle={{ fontSize: 14 }} />
          {props.series.map((s, i) => (
            <Bar key={s} dataKey={s} name={s} fill={seriesColor(i)} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
