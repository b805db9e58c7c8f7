"use client";
import { useState } from "react";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { InitiativeBar } from "@/lib/charts/initiatives-state";
import { FUNDING_COLORS, KIND_FILL } from "@/lib/charts/figure-style";
import { fillValue, patternDefs } from "@/lib/charts/patterns";
import { moneyTickFormatter, moneyValueFormatter } from "@/lib/charts/axis-format";
import { initiativesChartHeight } from "./chart-heights";

/** A bar as drawn: its text is prepared on the server (kind, funding and rate in the page's language). */
export type InitiativeBarView = InitiativeBar & { kindText: string; fundingText: string; rateText: string | null };

/** Below this width the names go above the bars instead of beside them, so that the bars get the width. */
const NARROW = 520;
const LABEL_WIDTH = 150;

// An estimate of a label's width in px (CJK characters are about twice as wide as Latin ones); only used to pick
// where a label fits, never to cut text.
const textWidth = (s: string, px = 12) => [...s].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? px : px * 0.58), 0);

type LabelProps = { x?: number | string; y?: number | string; width?: number | string; height?: number | string; index?: number };

// Colour: whose money (public / mixed / private / not stated). Fill: the kind (solid, hatched, dotted). The kind
// and funding are also written on each bar, with its value, so the chart reads without colour or a legend.
export function InitiativesChartView(props: { id: string; bars: InitiativeBarView[]; currency: string; sourceLabel: string; locale?: string }) {
  const locale = props.locale ?? "en";
  const [width, setWidth] = useState(0);
  const narrow = width > 0 && width < NARROW;
  const height = initiativesChartHeight(props.bars.length);
  const fills = props.bars.map((b) => ({ fill: KIND_FILL[b.kind], color: FUNDING_COLORS[b.funding] }));
  const max = Math.max(0, ...props.bars.map((b) => b.value));
  const tick = moneyTickFormatter({ currency: props.currency, locale, maxValue: max });
  const valueText = moneyValueFormatter({ currency: props.currency, locale });
  const rows = props.bars.map((b) => ({ ...b, tag: `${b.kindText.split(" — ")[0]} · ${b.fundingText}`, valueLabel: valueText(b.value) }));
  const plotRight = width - 16;

  // On each bar: the kind and funding from its start, its value at its end (inside when the bar has room, else just
  // past it); on a phone the bar's name above it. Written in one place so that the texts never overlap.
  function BarText(p: LabelProps) {
    const row = rows[p.index ?? 0];
    if (!row) return null;
    const x = Number(p.x ?? 0);
    const w = Number(p.width ?? 0);
    const top = Number(p.y ?? 0);
    const y = top + Number(p.height ?? 0) / 2;
    const tagW = textWidth(row.tag, 11);
    const valueW = textWidth(row.valueLabel, 12);
    const common = { dy: "0.35em", fill: "#0f172a", stroke: "#ffffff", strokeWidth: 3, paintOrder: "stroke" as const };
    let valueX = x + w + 4;
    let valueAnchor: "start" | "end" = "start";
    let tagX = x + 4;
    if (w >= tagW + valueW + 20) {
      valueX = x + w - 4;
      valueAnchor = "end";
    } else if (w < tagW + 8) {
      tagX = x + w + 4 + valueW + 8;
    }
    // The value never runs past the plot: it then goes inside the bar's end.
    if (valueAnchor === "start" && valueX + valueW > plotRight && w > valueW + 8) {
      valueX = x + w - 4;
      valueAnchor = "end";
    }
    return (
      <g>
        {narrow && (
          <text x={x} y={top - 5} fontSize={12} fill="#0f172a" className="chart-label initiative-name">
            {row.label}
          </text>
        )}
        <text x={tagX} y={y} fontSize={11} {...common} className="chart-label initiative-tag">
          {row.tag}
        </text>
        <text x={valueX} y={y} fontSize={12} fontWeight={600} textAnchor={valueAnchor} {...common} className="chart-label initiative-value">
          {row.valueLabel}
        </text>
      </g>
    );
  }

  return (
    <div style={{ height }} className="w-full" data-testid={`initiatives-chart-${props.currency}`} data-layout={narrow ? "narrow" : "wide"}>
      <ResponsiveContainer width="100%" height="100%" onResize={(w) => setWidth(w)}>
        <BarChart data={rows} layout="vertical" margin={{ top: narrow ? 16 : 8, right: 24, bottom: 8, left: 8 }}>
          <defs dangerouslySetInnerHTML={{ __html: patternDefs(props.id, fills) }} />
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={tick} tickCount={narrow ? 3 : 5} fontSize={13} tick={{ className: "chart-tick" }} />
          <YAxis type="category" dataKey="label" width={narrow ? 0 : LABEL_WIDTH} hide={narrow} fontSize={12} tick={{ className: "chart-tick" }} />
          <Tooltip
            formatter={(_v, _n, item) => {
              const b = item.payload as InitiativeBarView & { valueLabel: string };
              return [
                `${b.valueLabel} · ${b.stated} · ${b.kindText} · ${b.fundingText} · ${b.horizon}${b.rateText ? ` · ${b.rateText}` : ""} · ${props.sourceLabel} ${b.sources.join(", ")}`,
                b.label,
              ];
            }}
          />
          <Bar dataKey="value" isAnimationActive={false} barSize={narrow ? 18 : 22}>
            {rows.map((b, i) => (
              <Cell
                key={b.slug}
                fill={fillValue(props.id, fills[i].fill, fills[i].color)}
                stroke={fills[i].color}
                strokeWidth={1.5}
                data-kind={b.kind}
                data-funding={b.funding}
                data-slug={b.slug}
                role="img"
                aria-label={`${b.label}: ${b.valueLabel}${b.stated === b.valueLabel ? "" : ` (${b.stated})`}, ${b.tag}, ${b.horizon}`}
              />
            ))}
            <LabelList dataKey="tag" content={BarText} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
