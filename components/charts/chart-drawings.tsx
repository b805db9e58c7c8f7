import type { Element } from "hast";
import { toHtml } from "hast-util-to-html";

/**
 * A chart's drawings (one per width tier), serialized to markup on the server by hast-util-to-html, which escapes
 * every text and attribute value. React receives one string instead of a tree of a thousand SVG elements, so the
 * page's payload carries the markup once and hydration does not walk it; the bars stay in the HTML, focusable and
 * named, and bar-chart-behaviour.tsx listens on their container.
 */
export function ChartDrawings({ drawings }: { drawings: Element[] }) {
  // allowDangerousHtml: only for the <defs> pattern markup of lib/charts/patterns.ts (tier-svg.tsx), built from
  // the chart's own ids and palette colours with its attribute values escaped.
  return <div className="chart-drawings" dangerouslySetInnerHTML={{ __html: toHtml(drawings, { space: "svg", allowDangerousHtml: true }) }} />;
}
