// SVG fills that tell kinds apart without colour: a real diagonal hatch for guidance, plans and pledges, dots for
// estimates. The same markup is drawn in the web charts, in their legends and in the exported SVG / PNG.
import type { KindFill } from "./figure-style";

/** A document-unique id for the pattern of `fill` in `color`, scoped by `scope` (e.g. the chart's id). */
export function patternId(scope: string, fill: KindFill, color: string): string {
  return `${scope}-${fill}-${color.replace(/[^0-9a-z]/gi, "")}`;
}

const escapeAttr = (s: string) => s.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);

/** `<pattern>` markup (empty for a solid fill). */
export function patternMarkup(id: string, fill: KindFill, color: string): string {
  const c = escapeAttr(color);
  if (fill === "hatch") {
    return `<pattern id="${escapeAttr(id)}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="${c}" fill-opacity="0.18"/><line x1="1.5" y1="0" x2="1.5" y2="6" stroke="${c}" stroke-width="3"/></pattern>`;
  }
  if (fill === "dots") {
    return `<pattern id="${escapeAttr(id)}" patternUnits="userSpaceOnUse" width="6" height="6"><rect width="6" height="6" fill="${c}" fill-opacity="0.18"/><circle cx="3" cy="3" r="1.6" fill="${c}"/></pattern>`;
  }
  return "";
}

/** The `fill` attribute value: the colour itself, or a reference to its pattern. */
export function fillValue(scope: string, fill: KindFill, color: string): string {
  return fill === "solid" ? color : `url(#${patternId(scope, fill, color)})`;
}

/** Every pattern needed for these (fill, colour) pairs, once each. */
export function patternDefs(scope: string, pairs: { fill: KindFill; color: string }[]): string {
  const seen = new Set<string>();
  return pairs
    .filter((p) => p.fill !== "solid")
    .map((p) => {
      const id = patternId(scope, p.fill, p.color);
      if (seen.has(id)) return "";
      seen.add(id);
      return patternMarkup(id, p.fill, p.color);
    })
    .join("");
}
