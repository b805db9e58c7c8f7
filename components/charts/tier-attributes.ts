// What every drawing of a tiered chart shares, whether it is drawn as markup on the server (tier-svg.tsx, with
// hastscript) or by React in a client view (tier-svg-element.tsx, the compare page's chart, redrawn on selection).
import type { ChartTier } from "@/lib/charts/bar-layout";
import { FONT_FAMILY } from "@/lib/charts/font";

/** A width tier to draw; `top`: the chart's widest drawing, which CSS also shows in any wider box. */
export type TierSpec = { tier: ChartTier; width: number; top: boolean };

/** A chart's drawings, one per tier in `tiers` (narrowest first); the last is its top one. */
export function drawTiers<T>(tiers: readonly { tier: ChartTier; width: number }[], draw: (tier: TierSpec) => T): T[] {
  return tiers.map((t, i) => draw({ tier: t.tier, width: t.width, top: i === tiers.length - 1 }));
}

export const CHART_FONT = FONT_FAMILY;

/**
 * The <svg> of one tier (CSS shows the tier that fits the box: app/globals.css, .chart-tiers). It scales with its
 * box. Class "recharts-surface": ChartExport exports the largest svg.recharts-surface in its frame, which is the
 * drawing on screen (the others are not displayed). A group named after the chart, so that the bars inside keep
 * their own accessible names.
 */
export function tierSvgAttributes(tier: TierSpec, height: number, label: string) {
  return {
    className: "recharts-surface chart-tier h-auto w-full",
    "data-tier": tier.tier,
    "data-top": tier.top ? "" : undefined,
    "data-layout": tier.tier === "narrow" ? "narrow" : "wide",
    "data-bar-chart": "",
    width: tier.width,
    height,
    viewBox: `0 0 ${tier.width} ${height}`,
    xmlns: "http://www.w3.org/2000/svg",
    fontFamily: CHART_FONT,
    role: "group",
    "aria-label": label,
  };
}
