import type { ComparisonCell, ComparisonRow } from "@/lib/charts/compare-state";
import { CHART_TIERS } from "@/lib/charts/bar-layout";
import { seriesColor } from "@/components/charts/palette";
import { comparisonChartHeight } from "@/components/charts/chart-heights";
import { BarChartBehaviour } from "@/components/charts/bar-chart-behaviour";
import { ChartDrawings } from "@/components/charts/chart-drawings";
import { drawTiers } from "@/components/charts/tier-svg";
import { SeriesLegend } from "@/components/charts/series-legend";
import { comparisonDrawing } from "./comparison-drawing";

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

/**
 * Grouped horizontal bars: one group per dimension, one bar per jurisdiction, length = level ÷ scale maximum.
 * A not-verified level has no bar — only the words "not verified" — so that it is never read as level 0.
 * A spectrum dimension (policy stance) gets a marker at its position instead of a bar: neither end is "more".
 * Plain SVG (no chart library), one drawing per width tier (comparison-drawing.tsx); the tooltip of a dimension
 * lists every jurisdiction's level and detail (bar-chart-behaviour.tsx).
 */
export function ComparisonChartView({ rows, codes, labels }: { rows: ComparisonRow[]; codes: string[]; labels: ComparisonChartLabels }) {
  const names = rows.map((r) => labels.dimensionNames[r.dimension.key]);
  const tips = rows.map((r) =>
    codes.map((code) => {
      const cell = r.cells.find((c) => c.code === code);
      return `${labels.names[code]}: ${cell ? `${labels.cellLabel(cell)} — ${labels.cellDetail(cell)}` : labels.notVerified}`;
    }),
  );
  const input = {
    rows,
    codes,
    height: comparisonChartHeight(rows.length, codes.length),
    names,
    ariaLabels: names.map((name, g) => `${name}: ${tips[g].join("; ")}`),
    title: labels.title,
    axis: labels.axis,
    notVerified: labels.notVerified,
    position: labels.position,
  };
  return (
    <BarChartBehaviour testId="comparison-chart" tips={Object.fromEntries(rows.map((r, g) => [r.dimension.key, { title: names[g], lines: tips[g] }]))}>
      <SeriesLegend
        testId="comparison-chart-legend"
        className="mb-1"
        items={codes.map((code, i) => ({ key: code, label: labels.names[code], color: seriesColor(i) }))}
      />
      <ChartDrawings drawings={drawTiers(CHART_TIERS, (t) => comparisonDrawing(input, t))} />
    </BarChartBehaviour>
  );
}
