// Builds a self-contained SVG of a rendered chart, stamped with everything a reader needs to cite it on its own:
// title, caveat (subtitle), legends (kind fills, funding colours), the as-of line and the sources written out.
// Text wraps to the chart's width, so a phone-width export stays readable.
import type { KindFill } from "./figure-style";
import { fillValue, patternDefs } from "./patterns";
import { FONT_FAMILY } from "./font";

export type LegendItem = { label: string; color: string; fill?: KindFill };
export type LegendGroup = { title: string; items: LegendItem[] };

export type ExportStamp = {
  title: string;
  /** The chart's caveat, e.g. "total capex, not AI-only". */
  subtitle?: string;
  legends?: LegendGroup[];
  /** Newest information and last check. */
  asOf: string;
  /** "Sources:" heading. */
  sourcesTitle?: string;
  /** One line per source, written out: "R23 Title — Publisher, 2025-01-21". */
  sources?: string[];
  /** Older stamps: one untitled legend and one source line (still drawn). */
  legend?: LegendItem[];
  sourceLine?: string;
};

/** The legends of a stamp, older single-legend stamps included. */
export function stampLegends(stamp: ExportStamp): LegendGroup[] {
  return [...(stamp.legend?.length ? [{ title: "", items: stamp.legend }] : []), ...(stamp.legends ?? [])];
}

/** The source lines of a stamp, older single-line stamps included. */
export function stampSources(stamp: ExportStamp): string[] {
  return [...(stamp.sourceLine ? [stamp.sourceLine] : []), ...(stamp.sources ?? [])];
}

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);

// Chinese, Japanese and Korean characters are about twice as wide as Latin ones and may break anywhere.
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;

/** Text width in "narrow character" units: a CJK character counts as two. */
export function textUnits(text: string): number {
  let n = 0;
  for (const ch of text) n += WIDE.test(ch) ? 2 : 1;
  return n;
}

/**
 * Splits text into lines of at most `max` units: on spaces between words, anywhere between CJK characters, and
 * inside a word only when the word alone is too long.
 */
export function wrapText(text: string, max: number): string[] {
  const tokens =
    text.match(
      /\s+|[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6][，。、；：）」』》]?|[^\s\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]+/g,
    ) ?? [];
  const lines: string[] = [];
  let line = "";
  const push = () => {
    if (line.trim()) lines.push(line.trim());
    line = "";
  };
  for (const token of tokens) {
    if (/^\s+$/.test(token)) {
      if (line) line += " ";
      continue;
    }
    if (textUnits(line + token) <= max) {
      line += token;
      continue;
    }
    push();
    let rest = token;
    while (textUnits(rest) > max) {
      let cut = "";
      for (const ch of rest) {
        if (textUnits(cut + ch) > max) break;
        cut += ch;
      }
      lines.push(cut);
      rest = rest.slice(cut.length);
    }
    line = rest;
  }
  push();
  return lines;
}

export function stampSvg(chartSvg: string, width: number, height: number, stamp: ExportStamp): string {
  const pad = 12;
  const inner = Math.max(120, width - 2 * pad);
  const unitsFor = (fontSize: number) => Math.max(16, Math.floor(inner / (fontSize * 0.56)));
  const parts: string[] = [];
  let y = pad;
  const text = (content: string, fontSize: number, attrs = "") => {
    for (const line of wrapText(content, unitsFor(fontSize))) {
      y += fontSize + 4;
      parts.push(`<text x="${pad}" y="${y}" font-size="${fontSize}" ${attrs}>${escapeXml(line)}</text>`);
    }
  };
  text(stamp.title, 17, 'font-weight="700" fill="#0f172a"');
  if (stamp.subtitle) text(stamp.subtitle, 12, 'fill="#334155"');
  const pairs: { fill: KindFill; color: string }[] = [];
  for (const group of stampLegends(stamp)) {
    if (group.items.length === 0) continue;
    y += 6;
    if (group.title) text(group.title, 12, 'font-weight="600" fill="#0f172a"');
    let x = pad;
    y += 4;
    let rowTop = y;
    for (const item of group.items) {
      const fill = item.fill ?? "solid";
      const w = 22 + Math.ceil(textUnits(item.label) * 12 * 0.56);
      if (x > pad && x + w > pad + inner) {
        x = pad;
        rowTop += 18;
      }
      pairs.push({ fill, color: item.color });
      parts.push(
        `<rect x="${x}" y="${rowTop}" width="14" height="12" fill="${escapeXml(fillValue("stamp", fill, item.color))}" stroke="${escapeXml(item.color)}" stroke-width="1"/>` +
          `<text x="${x + 18}" y="${rowTop + 10}" font-size="12" fill="#0f172a">${escapeXml(item.label)}</text>`,
      );
      x += w + 10;
    }
    y = rowTop + 14;
  }
  y += 8;
  const chartTop = y;
  y += height + 4;
  text(stamp.asOf, 11, 'fill="#334155"');
  const sources = stampSources(stamp);
  if (sources.length) {
    y += 2;
    if (stamp.sourcesTitle) text(stamp.sourcesTitle, 11, 'font-weight="600" fill="#334155"');
    for (const s of sources) text(s, 10, 'fill="#475569"');
  }
  const total = y + pad;
  const chart = chartSvg.replace(/^<svg[^>]*>/, "").replace(/<\/svg>\s*$/, "");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="${FONT_FAMILY}">` +
    `<defs>${patternDefs("stamp", pairs)}</defs>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    parts.join("") +
    `<g transform="translate(0 ${chartTop})">${chart}</g>` +
    `</svg>`
  );
}
