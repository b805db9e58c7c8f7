import type { CSSProperties } from "react";
import { levelColor } from "@/lib/charts/compare-state";

// Grey diagonal hatching: "not verified" must never look like the lightest (lowest) level.
export const NOT_VERIFIED_STYLE: CSSProperties = {
  backgroundColor: "#f1f5f9",
  backgroundImage: "repeating-linear-gradient(135deg, #e2e8f0 0 5px, #f8fafc 5px 10px)",
  color: "#334155",
  border: "1px dashed #64748b",
};

/** Inline style for a cell or swatch showing `level` on a scale topping out at `maxLevel`. */
export function levelStyle(level: number | null, maxLevel: number | null, spectrum = false): CSSProperties {
  const color = levelColor(level, maxLevel, spectrum);
  if (!color) return NOT_VERIFIED_STYLE;
  return { backgroundColor: color.background, color: color.text, border: "1px solid #94a3b8" };
}
