import { CHART_TIERS } from "@/lib/charts/bar-layout";
import { BarChartBehaviour, type BarTips } from "./bar-chart-behaviour";
import { ChartDrawings } from "./chart-drawings";
import { drawTiers } from "./tier-svg";
import { SeriesLegend } from "./series-legend";
import { columnChartDrawing, type ColumnChartInput } from "./column-chart-drawing";

export type { ColumnPointView } from "./column-chart-drawing";

/**
 * Columns grouped by category (years), one colour per series, drawn on the server once per width tier. Guidance,
 * plans and estimates are hatched or dotted in the series' colour (real SVG patterns, so exports show them too);
 * a range is an error bar. Each bar is focusable, named, and shows its tooltip (bar-chart-behaviour.tsx).
 */
export function ColumnChartSvg(props: ColumnChartInput & { testId: string }) {
  const tips: BarTips = {};
  props.points.forEach((row, c) => row.forEach((p, s) => p && (tips[`${c}-${s}`] = { title: p.tipTitle, lines: p.tipLines })));
  const drawings = drawTiers(CHART_TIERS, (t) => columnChartDrawing(props, t));
  return (
    <BarChartBehaviour testId={props.testId} tips={tips}>
      <ChartDrawings drawings={drawings} />
      <SeriesLegend testId={`${props.testId}-series`} className="mt-1" items={props.series.map((s) => ({ key: s.name, label: s.legend, color: s.color }))} />
    </BarChartBehaviour>
  );
}
