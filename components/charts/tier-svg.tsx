import type { ReactNode } from "react";
import type { ChartTier } from "@/lib/charts/bar-layout";

export const CHART_FONT = "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK SC', sans-serif";

/**
 * One drawing of a server-drawn chart, for one width tier (CSS shows the tier that fits the box: app/globals.css,
 * .chart-tiers). It scales with its box. Class "recharts-surface": ChartExport exports the largest
 * svg.recharts-surface in its frame, which is the drawing on screen (the others are not displayed). A group named
 * after the chart, so that the bars inside keep their own accessible names.
 */
export function TierSvg(props: { tier: ChartTier; narrow: boolean; width: number; height: number; label: string; defs?: string; children: ReactNode }) {
  return (
    <svg
      className="recharts-surface chart-tier h-auto w-full"
      data-tier={props.tier}
      data-layout={props.narrow ? "narrow" : "wide"}
      data-bar-chart=""
      width={props.width}
      height={props.height}
      viewBox={`0 0 ${props.width} ${props.height}`}
      xmlns="http://www.w3.org/2000/svg"
      fontFamily={CHART_FONT}
      role="group"
      aria-label={props.label}
    >
      {props.defs ? <defs dangerouslySetInnerHTML={{ __html: props.defs }} /> : null}
      <rect width={props.width} height={props.height} fill="#ffffff" />
      {props.children}
    </svg>
  );
}
