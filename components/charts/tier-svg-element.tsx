import type { ReactNode } from "react";
import { tierSvgAttributes, type TierSpec } from "./tier-attributes";

/**
 * One tier's drawing as React elements, for a chart a client view redraws (the compare page's, on every selection);
 * server-drawn charts use tier-svg.tsx and reach the page as markup.
 */
export function TierSvg(props: { tier: TierSpec; height: number; label: string; children: ReactNode }) {
  return (
    <svg {...tierSvgAttributes(props.tier, props.height, props.label)}>
      <rect width={props.tier.width} height={props.height} fill="#ffffff" />
      {props.children}
    </svg>
  );
}
