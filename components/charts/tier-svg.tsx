/** @jsxImportSource hastscript/svg */
// Written with hastscript's JSX (a syntax tree, not React elements): chart-drawings.tsx serializes these drawings to
// markup once, on the server, and React never walks their elements at hydration.
import type { Element, Nodes } from "hast";
import { tierSvgAttributes, type TierSpec } from "./tier-attributes";

export { drawTiers, type TierSpec } from "./tier-attributes";

/** One tier's drawing of a server-drawn chart: white behind the marks (a PNG export is not transparent). */
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
  const svg = (
    <svg {...tierSvgAttributes(tier, props.height, props.label)}>
      {props.defs ? <defs>{{ type: "raw", value: props.defs }}</defs> : null}
      <rect width={tier.width} height={props.height} fill="#ffffff" />
      {props.children}
    </svg>
  );
  // hastscript's JSX types every result as Root | Element; a named tag is always an Element.
  return svg as Element;
}
