"use client";
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { InitiativeBar } from "@/lib/charts/initiatives-state";

// Kind colours: intentions (pledge, plan) light, committed/actual dark — readable without colour via the table.
export const KIND_COLORS: Record<string, string> = {
  PLEDGE: "#E69F00",
  PLAN: "#56B4E9",
  COMMITTED: "#009E73",
  ACTUAL: "#0072B2",
  GUIDANCE: "#CC79A7",
  ESTIMATE: "#999999",
};

export function InitiativesChartView(props: { bars: InitiativeBar[]; currency: string; kindLabels: Record<string, string>; sourceLabel: string }) {
  const height = Math.max(160, props.bars.length * 44 + 40);
  return (
    <div style={{ height }} className="w-full" data-testid={`initiatives-chart-${props.currency}`}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={props.bars} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tick={{ fontSize: 13 }} />
          <YAxis type="category" dataKey="label" width={170} tick={{ fontSize: 13 }} />
          <Tooltip
            formatter={(_v, _n, item) => {
              const b = item.payload as InitiativeBar;
              return [
                `${b.value.toLocaleString("en-US")}bn ${props.currency} · ${b.stated} · ${props.kindLabels[b.kind]} · ${b.horizon}${b.rateNote ? ` · ${b.rateNote}` : ""} · ${props.sourceLabel} ${b.sources.join(", ")}`,
                b.label,
              ];
            }}
          />
          <Bar dataKey="value" isAnimationActive={false}>
            {props.bars.map((b) => (
              <Cell key={b.slug} fill={KIND_COLORS[b.kind]} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
