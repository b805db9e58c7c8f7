"use client";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { InitiativeBar } from "@/lib/charts/initiatives-state";
import { FUNDING_COLORS, KIND_FILL } from "@/lib/charts/figure-style";
import { fillValue, patternDefs } from "@/lib/charts/patterns";
import { initiativesChartHeight } from "./chart-heights";

/** A bar as drawn: its text is prepared on the server (kind, funding and rate in the page's language). */
export type InitiativeBarView = InitiativeBar & { kindText: string; fundingText: string; rateText: string | null };

/** The kind and funding written from the bar's start, on one line (Recharts' own labels wrap to the bar width). */
function Tag(props: { x?: number | string; y?: number | string; height?: number | string; value?: unknown }) {
  const x = Number(props.x ?? 0);
  const y = Number(props.y ?? 0) + Number(props.height ?? 0) / 2;
  return (
    <text x={x + 4} y={y} dy="0.35em" fontSize={11} fill="#0f172a" stroke="#ffffff" strokeWidth={3} paintOrder="stroke" className="initiative-tag">
      {String(props.value ?? "")}
    </text>
  );
}

// Colour: whose money (public / mixed / private / not stated). Fill: the kind (solid, hatched, dotted). The kind
// and funding are also written at the end of each bar, so the chart reads without colour or a legend.
export function InitiativesChartView(props: { id: string; bars: InitiativeBarView[]; currency: string; sourceLabel: string }) {
  const height = initiativesChartHeight(props.bars.length);
  const fills = props.bars.map((b) => ({ fill: KIND_FILL[b.kind], color: FUNDING_COLORS[b.funding] }));
  const rows = props.bars.map((b) => ({ ...b, tag: `${b.kindText.split(" — ")[0]} · ${b.fundingText}` }));
  return (
    <div style={{ height }} className="w-full" data-testid={`initiatives-chart-${props.currency}`}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
          <defs dangerouslySetInnerHTML={{ __html: patternDefs(props.id, fills) }} />
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tick={{ fontSize: 13 }} />
          <YAxis type="category" dataKey="label" width={150} tick={{ fontSize: 12 }} />
          <Tooltip
            formatter={(_v, _n, item) => {
              const b = item.payload as InitiativeBarView;
              return [
                `${b.value.toLocaleString("en-US")}bn ${props.currency} · ${b.stated} · ${b.kindText} · ${b.fundingText} · ${b.horizon}${b.rateText ? ` · ${b.rateText}` : ""} · ${props.sourceLabel} ${b.sources.join(", ")}`,
                b.label,
              ];
            }}
          />
          <Bar dataKey="value" isAnimationActive={false} barSize={22}>
            {props.bars.map((b, i) => (
              <Cell
                key={b.slug}
                fill={fillValue(props.id, fills[i].fill, fills[i].color)}
                stroke={fills[i].color}
                strokeWidth={1.5}
                data-kind={b.kind}
                data-funding={b.funding}
              />
            ))}
            <LabelList dataKey="tag" content={Tag} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
