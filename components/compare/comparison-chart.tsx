import { isSpectrum, type ComparisonCell, type ComparisonRow } from "@/lib/charts/compare-state";
import { CHART_TIERS, layoutGroupedRows } from "@/lib/charts/bar-layout";
import { seriesColor } from "@/components/charts/palette";
import { comparisonChartHeight } from "@/components/charts/chart-heights";
import { BarChartBehaviour } from "@/components/charts/bar-chart-behaviour";
import { TierSvg } from "@/components/charts/tier-svg-element";
import { drawTiers } from "@/components/charts/tier-attributes";
import { SeriesLegend } from "@/components/charts/series-legend";

export type ComparisonChartLabels = {
  names: Record<string, string>;
  dimensionNames: Record<string, string>;
  notVerified: string;
  axis: string;
  /** The chart's name for assistive technology (its bars have their own names). */
  title: string;
  cellLabel: (cell: ComparisonCell) => string;
  cellDetail: (cell: ComparisonCell) => string;
  /** "2/2" plus the end it sits at, for a spectrum dimension's marker. */
  position: (cell: ComparisonCell) => string;
};

const LEVEL_ZERO_WIDTH = 3;
const FONT = { name: 12, label: 11, tick: 12 } as const;

/**
 * Grouped horizontal bars: one group per dimension, one bar per jurisdiction, length = level ÷ scale maximum.
 * A not-verified level has no bar — only the words "not verified" — so that it is never read as level 0.
 * A spectrum dimension (policy stance) gets a marker at its position instead of a bar: neither end is "more".
 * Plain SVG (no chart library), one drawing per width tier, drawn by React: the view is a client component that
 * redraws it on every selection (the server-drawn charts reach the page as markup instead, chart-drawings.tsx).
 * The tooltip of a dimension lists every jurisdiction's level and detail (bar-chart-behaviour.tsx).
 */
export function ComparisonChartView({ rows, codes, labels }: { rows: ComparisonRow[]; codes: string[]; labels: ComparisonChartLabels }) {
  const height = comparisonChartHeight(rows.length, codes.length);
  const names = rows.map((r) => labels.dimensionNames[r.dimension.key]);
  const tips = rows.map((r) =>
    codes.map((code) => {
      const cell = r.cells.find((c) => c.code === code);
      return `${labels.names[code]}: ${cell ? `${labels.cellLabel(cell)} — ${labels.cellDetail(cell)}` : labels.notVerified}`;
    }),
  );
  return (
    <BarChartBehaviour testId="comparison-chart" tips={Object.fromEntries(rows.map((r, g) => [r.dimension.key, { title: names[g], lines: tips[g] }]))}>
      <SeriesLegend
        testId="comparison-chart-legend"
        className="mb-1"
        items={codes.map((code, i) => ({ key: code, label: labels.names[code], color: seriesColor(i) }))}
      />
      {drawTiers(CHART_TIERS, (tier) => {
        const { width } = tier;
        const narrow = tier.tier === "narrow";
        const layout = layoutGroupedRows({ width, height, names, perGroup: codes.length, nameColumn: narrow ? 96 : 170 });
        const { plot } = layout;
        return (
          <TierSvg key={tier.tier} tier={tier} height={height} label={labels.title}>
            <g className="chart-axis chart-axis-x">
              {layout.ticks.map((t) => (
                <g key={t.value}>
                  <line x1={t.x} x2={t.x} y1={plot.y} y2={plot.y + plot.h} stroke="#e2e8f0" strokeDasharray="3 3" />
                  <text x={t.x} y={plot.y + plot.h + 16} textAnchor="middle" fontSize={FONT.tick} fill="#334155" className="chart-tick">
                    {`${Math.round(t.value * 100)}%`}
                  </text>
                </g>
              ))}
              <text x={plot.x + plot.w / 2} y={plot.y + plot.h + 34} textAnchor="middle" fontSize={FONT.tick} fill="#334155">
                {labels.axis}
              </text>
            </g>
            {rows.map((r, g) => {
              const group = layout.groups[g];
              return (
                <g key={r.dimension.key} className="chart-category">
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
                    aria-label={`${names[g]}: ${tips[g].join("; ")}`}
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
                      <tspan key={k} x={plot.x - 8} dy={k === 0 ? "0.35em" : `${FONT.name + 2}px`}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                  <g aria-hidden="true" pointerEvents="none">
                    {codes.map((code, i) => (
                      <Mark
                        key={code}
                        cell={r.cells.find((c) => c.code === code)}
                        code={code}
                        color={seriesColor(i)}
                        y={group.bars[i].y}
                        h={group.bars[i].h}
                        x0={plot.x}
                        xOf={layout.xOf}
                        labels={labels}
                      />
                    ))}
                  </g>
                </g>
              );
            })}
          </TierSvg>
        );
      })}
    </BarChartBehaviour>
  );
}

function Mark(props: {
  cell: ComparisonCell | undefined;
  code: string;
  color: string;
  y: number;
  h: number;
  x0: number;
  xOf: (share: number) => number;
  labels: ComparisonChartLabels;
}) {
  const { cell, code, color, y, h, x0, labels } = props;
  const midY = y + h / 2;
  if (!cell || cell.share === null) {
    return (
      <text x={x0 + 4} y={midY} dy="0.35em" fontSize={FONT.label} fontStyle="italic" fill="#475569" data-gap={code}>
        {labels.notVerified}
      </text>
    );
  }
  const end = props.xOf(cell.share);
  if (isSpectrum(cell.dimensionKey)) {
    // A position between two stances, not an amount: a marker on the line, no bar.
    return (
      <g data-bar={`${code}:${cell.dimensionKey}`} data-level={cell.level ?? ""} data-shape="marker">
        <line x1={x0} x2={end} y1={midY} y2={midY} stroke="#cbd5e1" strokeDasharray="2 2" />
        <circle cx={end} cy={midY} r={Math.min(7, h / 2)} fill={color} stroke="#0f172a" strokeWidth={1} />
        <text x={end + 10} y={midY} dy="0.35em" fontSize={FONT.label} fill="#334155">
          {labels.position(cell)}
        </text>
      </g>
    );
  }
  const width = Math.max(end - x0, LEVEL_ZERO_WIDTH);
  return (
    <g data-bar={`${code}:${cell.dimensionKey}`} data-level={cell.level ?? ""}>
      <rect x={x0} y={y} width={width} height={h} fill={color} />
      <text x={x0 + width + 4} y={midY} dy="0.35em" fontSize={FONT.label} fill="#334155">
        {cell.level}/{cell.maxLevel ?? "?"}
      </text>
    </g>
  );
}
