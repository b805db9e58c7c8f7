"use client";
import { Bar, BarChart, CartesianGrid, Cell, ErrorBar, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { CapexChart, CapexPoint } from "@/lib/charts/capex-state";
import { seriesColor } from "./palette";
import type { KindFill } from "@/lib/charts/figure-style";
import { fillValue, patternDefs } from "@/lib/charts/patterns";
import { moneyTickFormatter, moneyValueFormatter } from "@/lib/charts/axis-format";

export type CapexChartLabels = {
  kinds: Record<string, string>;
  fills: Record<string, KindFill>;
  fiscalYear: Record<string, string>;
  unit: string;
  sourcePrefix: string;
  /** The page's language: tick and value formats (separators, scale words). */
  locale?: string;
};

const pointOf = (row: Record<string, unknown>, company: string) => row[company] as CapexPoint | undefined;

export function CapexChartView({ chart, labels }: { chart: CapexChart; labels: CapexChartLabels }) {
  // Guidance, plans and estimates are hatched or dotted in the company's colour: real SVG patterns, so the
  // exported SVG / PNG shows them too.
  const fills = chart.companies.flatMap((c, i) => (["hatch", "dots"] as const).map((fill) => ({ fill, color: seriesColor(i) })));
  const locale = labels.locale ?? "en";
  const max = Math.max(0, ...chart.rows.flatMap((r) => chart.companies.map((c) => pointOf(r, c.name)?.high ?? pointOf(r, c.name)?.value ?? 0)));
  // Amounts are in US$ billions: "$80bn" on the axis, "$83bn" in the tooltip.
  const tick = moneyTickFormatter({ currency: "USD", locale, maxValue: max });
  const money = moneyValueFormatter({ currency: "USD", locale });
  return (
    <div className="h-[420px] w-full" data-testid="capex-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={chart.rows} margin={{ top: 16, right: 16, bottom: 8, left: 8 }} accessibilityLayer>
          <defs dangerouslySetInnerHTML={{ __html: patternDefs("capex", fills) }} />
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="year" fontSize={14} tick={{ className: "chart-tick" }} />
          <YAxis fontSize={14} tick={{ className: "chart-tick" }} tickFormatter={tick} width={64} />
          <Tooltip
            // A light translucent band: the hovered year's bars stay visible through it.
            cursor={{ fill: "#94a3b8", fillOpacity: 0.12, stroke: "#64748b", strokeOpacity: 0.4 }}
            formatter={(_value, name, item) => {
              const p = pointOf(item.payload, String(name));
              if (!p) return ["–", name];
              const range = p.low !== null && p.high !== null ? ` (${money(p.low)}–${money(p.high)})` : "";
              return [`${money(p.value)}${range} · ${labels.kinds[p.kind]} · ${p.periodLabel} · ${labels.sourcePrefix} ${p.sources.join(", ")}`, name];
            }}
          />
          <Legend formatter={(value: string) => <span className="chart-legend-text">{labels.fiscalYear[value] ?? value}</span>} />
          {chart.companies.map((c, i) => (
            <Bar
              key={c.name}
              name={c.name}
              dataKey={(row: Record<string, unknown>) => pointOf(row, c.name)?.value ?? null}
              fill={seriesColor(i)}
              isAnimationActive={false}
            >
              {chart.rows.map((row) => {
                const p = pointOf(row, c.name);
                const fill = p ? (labels.fills[p.kind] ?? "solid") : "solid";
                const projected = fill !== "solid";
                return (
                  <Cell
                    key={`${c.name}-${row.year}`}
                    fill={fillValue("capex", fill, seriesColor(i))}
                    stroke={seriesColor(i)}
                    strokeWidth={projected ? 2 : 0}
                    strokeDasharray={projected ? "5 3" : undefined}
                    data-kind={p?.kind}
                  />
                );
              })}
              <ErrorBar
                dataKey={(row: Record<string, unknown>) => {
                  const p = pointOf(row, c.name);
                  return p && p.low !== null && p.high !== null ? [p.value - p.low, p.high - p.value] : undefined;
                }}
                width={6}
                stroke="#334155"
              />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
