/** @jsxImportSource hastscript/svg */
// Written with hastscript's JSX (a syntax tree, not React elements): chart-drawings.tsx serializes these drawings to
// markup once, on the server, and React never walks their elements at hydration.
import type { Element, Nodes } from "hast";
import type { ChartTier } from "@/lib/charts/bar-layout";

/** A width tier to draw; `top`: the chart's widest drawing. */
export type TierSpec = { tier: ChartTier; width: number; top: boolean };

/** A chart's drawings, one per tier in `tiers` (narrowest first); the last is its top one. */
export function drawTiers(tiers: readonly { tier: ChartTier; width: number }[], draw: (tier: TierSpec) => Element): Element[] {
  return tiers.map((t, i) => draw({ tier: t.tier, width: t.width, top: i === tiers.length - 1 }));
}

export const CHART_FONT = "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK SC', sans-serif";

/**
 * One drawing of a server-drawn chart, for one width tier (CSS shows the tier that fits the box: app/globals.css,
 * .chart-tiers; `top` marks a chart's widest drawing, shown in any box wider than its own). It scales with its box.
 * Class "recharts-surface": ChartExport exports the largest svg.recharts-surface in its frame, which is the drawing
 * on screen (the others are not displayed). A group named after the chart, so that the bars inside keep their own
 * accessible names.
 */
export function tierSvg(
  tier: TierSpec,
  props: {
    height: number;
    label: string;
    /** Pattern markup from lib/charts/patterns.ts (its attribute values escaped there). */
    defs?: string;
    children: (Nodes | null)[];
  },
): Element {
  const { width } = tier;
  const svg = (
    <svg
      className="recharts-surface chart-tier h-auto w-full"
      data-tier={tier.tier}
      data-top={tier.top ? "" : undefined}
      data-layout={tier.tier === "narrow" ? "narrow" : "wide"}
      data-bar-chart=""
      width={width}
      height={props.height}
      viewBox={`0 0 ${width} ${props.height}`}
      xmlns="http://www.w3.org/2000/svg"
      fontFamily={CHART_FONT}
      role="group"
      aria-label={props.label}
    >
      {props.defs ? <defs>{{ type: "raw", value: props.defs }}</defs> : null}
      <rect width={width} height={props.height} fill="#ffffff" />
      {props.children}
    </svg>
  );
  // hastscript's JSX types every result as Root | Element; a named tag is always an Element.
  return svg as Element;
}
