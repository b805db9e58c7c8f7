/** @jsxImportSource hastscript/svg */
/* eslint-disable react/jsx-key -- hastscript JSX builds a syntax tree, not React elements: there is nothing to key. */
// The drawings of column-chart-svg.tsx, as hastscript syntax trees (see tier-svg.tsx).
import type { Element } from "hast";
import { layoutColumns } from "@/lib/charts/bar-layout";
import type { KindFill } from "@/lib/charts/figure-style";
import { fillValue, patternDefs } from "@/lib/charts/patterns";
import { tierSvg, type TierSpec } from "./tier-svg";

/** A point as drawn: value (and range) in the chart's unit, its fill, and its words prepared on the server. */
export type ColumnPointView = {
  value: number;
  low: number | null;
  high: number | null;
  fill: KindFill;
  kind?: string;
  /** The bar's accessible name, e.g. "Amazon, 2024: $83bn, Actual". */
  name: string;
  tipTitle: string;
  tipLines: string[];
};

export type ColumnChartInput = {
  id: string;
  label: string;
  categories: string[];
  series: { name: string; legend: string; color: string }[];
  /** `points[c][s]`: series `s` in category `c`. */
  points: (ColumnPointView | null)[][];
  tick: (value: number) => string;
  height: { narrow: number; wide: number };
};

const TEXT = { tick: 13, category: 13 } as const;

/** One width tier's drawing: a value axis, years along the bottom, a band per year, a focusable bar per point. */
export function columnChartDrawing(props: ColumnChartInput, tier: TierSpec): Element {
  const narrow = tier.tier === "narrow";
  const { width } = tier;
  const height = narrow ? props.height.narrow : props.height.wide;
  const scope = `${props.id}-${tier.tier}`;
  const fills = props.series.flatMap((s) => (["hatch", "dots"] as const).map((fill) => ({ fill, color: s.color })));
  const layout = layoutColumns({
    width,
    height,
    margin: narrow ? { top: 12, right: 8, bottom: 28, left: 56 } : { top: 16, right: 16, bottom: 30, left: 72 },
    points: props.points,
    series: props.series.length,
    tickCount: narrow ? 4 : 5,
  });
  const { plot } = layout;
  return tierSvg(tier, {
    height,
    label: props.label,
    defs: patternDefs(scope, fills),
    children: [
      <g className="chart-axis chart-axis-y">
        {layout.ticks.map((t) => (
          <g>
            <line x1={plot.x} x2={plot.x + plot.w} y1={t.y} y2={t.y} stroke="#e2e8f0" strokeDasharray={t.value === 0 ? undefined : "3 3"} />
            <text x={plot.x - 6} y={t.y} dy="0.35em" textAnchor="end" fontSize={TEXT.tick} fill="#334155" className="chart-tick">
              {props.tick(t.value)}
            </text>
          </g>
        ))}
      </g>,
      <g className="chart-axis chart-axis-x">
        <line x1={plot.x} x2={plot.x + plot.w} y1={plot.y + plot.h} y2={plot.y + plot.h} stroke="#64748b" />
        {layout.categories.map((c, i) => (
          <text x={c.x} y={plot.y + plot.h + 18} textAnchor="middle" fontSize={TEXT.category} fill="#334155" className="chart-tick">
            {props.categories[i]}
          </text>
        ))}
      </g>,
      ...layout.categories.map((c, ci) => (
        <g className="chart-category" data-category={props.categories[ci]}>
          {/* A light band behind the hovered year: its bars stay visible through it. */}
          <rect className="chart-band" x={c.band.x} y={c.band.y} width={c.band.w} height={c.band.h} fill="#94a3b8" fillOpacity={0} />
          {layout.bars
            .filter((b) => b.category === ci)
            .flatMap((b) => {
              const p = props.points[b.category][b.series]!;
              const s = props.series[b.series];
              const projected = p.fill !== "solid";
              return [
                <rect
                  className="chart-bar"
                  x={b.x}
                  y={b.y}
                  width={b.w}
                  height={Math.max(0, b.h)}
                  fill={fillValue(scope, p.fill, s.color)}
                  stroke={s.color}
                  strokeWidth={projected ? 2 : 0}
                  strokeDasharray={projected ? "5 3" : undefined}
                  data-kind={p.kind}
                  data-series={s.name}
                  data-key={`${ci}-${b.series}`}
                  tabIndex={0}
                  role="img"
                  aria-label={p.name}
                />,
                b.error ? (
                  <g stroke="#334155" strokeWidth={1.5} className="chart-error-bar">
                    <line x1={b.error.x} x2={b.error.x} y1={b.error.y1} y2={b.error.y2} />
                    <line x1={b.error.x - 3} x2={b.error.x + 3} y1={b.error.y1} y2={b.error.y1} />
                    <line x1={b.error.x - 3} x2={b.error.x + 3} y1={b.error.y2} y2={b.error.y2} />
                  </g>
                ) : null,
              ];
            })}
        </g>
      )),
    ],
  });
}
