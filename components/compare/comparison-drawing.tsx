/** @jsxImportSource hastscript/svg */
/* eslint-disable react/jsx-key -- hastscript JSX builds a syntax tree, not React elements: there is nothing to key. */
// The drawings of comparison-chart.tsx, as hastscript syntax trees (see components/charts/tier-svg.tsx).
import type { Element } from "hast";
import { isSpectrum, type ComparisonCell, type ComparisonRow } from "@/lib/charts/compare-state";
import { layoutGroupedRows } from "@/lib/charts/bar-layout";
import { seriesColor } from "@/components/charts/palette";
import { tierSvg, type TierSpec } from "@/components/charts/tier-svg";

export type ComparisonDrawingInput = {
  rows: ComparisonRow[];
  codes: string[];
  height: number;
  /** Each dimension's name, and its accessible name (every jurisdiction's level and detail). */
  names: string[];
  ariaLabels: string[];
  title: string;
  axis: string;
  notVerified: string;
  position: (cell: ComparisonCell) => string;
};

const LEVEL_ZERO_WIDTH = 3;
const FONT = { name: 12, label: 11, tick: 12 } as const;

/** One width tier's drawing: a focusable row per dimension, a bar (or a marker, or "not verified") per jurisdiction. */
export function comparisonDrawing(props: ComparisonDrawingInput, tier: TierSpec): Element {
  const { width } = tier;
  const narrow = tier.tier === "narrow";
  const layout = layoutGroupedRows({ width, height: props.height, names: props.names, perGroup: props.codes.length, nameColumn: narrow ? 96 : 170 });
  const { plot } = layout;
  return tierSvg(tier, {
    height: props.height,
    label: props.title,
    children: [
      <g className="chart-axis chart-axis-x">
        {layout.ticks.map((t) => (
          <g>
            <line x1={t.x} x2={t.x} y1={plot.y} y2={plot.y + plot.h} stroke="#e2e8f0" strokeDasharray="3 3" />
            <text x={t.x} y={plot.y + plot.h + 16} textAnchor="middle" fontSize={FONT.tick} fill="#334155" className="chart-tick">
              {`${Math.round(t.value * 100)}%`}
            </text>
          </g>
        ))}
        <text x={plot.x + plot.w / 2} y={plot.y + plot.h + 34} textAnchor="middle" fontSize={FONT.tick} fill="#334155">
          {props.axis}
        </text>
      </g>,
      ...props.rows.map((r, g) => {
        const group = layout.groups[g];
        return (
          <g className="chart-category">
            {/* The dimension's row: hovered or focused, it shows every jurisdiction's level and detail. */}
            <rect
              className="chart-band chart-bar"
              x={0}
              y={group.band.y}
              width={width}
              height={group.band.h}
              fill="#94a3b8"
              fillOpacity={0}
              data-key={r.dimension.key}
              tabIndex={0}
              role="img"
              aria-label={props.ariaLabels[g]}
            />
            <text
              x={plot.x - 8}
              y={group.band.y + group.band.h / 2 - ((group.nameLines.length - 1) * (FONT.name + 2)) / 2}
              textAnchor="end"
              fontSize={FONT.name}
              fill="#334155"
              className="chart-tick"
              aria-hidden="true"
              pointerEvents="none"
            >
              {group.nameLines.map((line, k) => (
                <tspan x={plot.x - 8} dy={k === 0 ? "0.35em" : `${FONT.name + 2}px`}>
                  {line}
                </tspan>
              ))}
            </text>
            <g aria-hidden="true" pointerEvents="none">
              {props.codes.map((code, i) =>
                mark({ cell: r.cells.find((c) => c.code === code), code, color: seriesColor(i), ...group.bars[i], x0: plot.x, xOf: layout.xOf }, props),
              )}
            </g>
          </g>
        );
      }),
    ],
  });
}

function mark(
  m: { cell: ComparisonCell | undefined; code: string; color: string; y: number; h: number; x0: number; xOf: (share: number) => number },
  props: ComparisonDrawingInput,
): Element {
  const { cell, code, color, y, h, x0 } = m;
  const midY = y + h / 2;
  if (!cell || cell.share === null) {
    return (
      <text x={x0 + 4} y={midY} dy="0.35em" fontSize={FONT.label} fontStyle="italic" fill="#475569" data-gap={code}>
        {props.notVerified}
      </text>
    ) as Element;
  }
  const end = m.xOf(cell.share);
  if (isSpectrum(cell.dimensionKey)) {
    // A position between two stances, not an amount: a marker on the line, no bar.
    return (
      <g data-bar={`${code}:${cell.dimensionKey}`} data-level={cell.level ?? ""} data-shape="marker">
        <line x1={x0} x2={end} y1={midY} y2={midY} stroke="#cbd5e1" strokeDasharray="2 2" />
        <circle cx={end} cy={midY} r={Math.min(7, h / 2)} fill={color} stroke="#0f172a" strokeWidth={1} />
        <text x={end + 10} y={midY} dy="0.35em" fontSize={FONT.label} fill="#334155">
          {props.position(cell)}
        </text>
      </g>
    ) as Element;
  }
  const width = Math.max(end - x0, LEVEL_ZERO_WIDTH);
  return (
    <g data-bar={`${code}:${cell.dimensionKey}`} data-level={cell.level ?? ""}>
      <rect x={x0} y={y} width={width} height={h} fill={color} />
      <text x={x0 + width + 4} y={midY} dy="0.35em" fontSize={FONT.label} fill="#334155">
        {cell.level}/{cell.maxLevel ?? "?"}
      </text>
    </g>
  ) as Element;
}
