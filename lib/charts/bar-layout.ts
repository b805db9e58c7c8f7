// Pure geometry of the server-drawn bar charts (capex and private investment as columns grouped by year; initiatives
// as horizontal bars). No React, no catalogs: positions, ticks and label placement in the drawing's own units, so
// that the views only render and these rules are unit-tested.
import { nice, ticks } from "d3-array";

/**
 * Each chart is drawn once per width tier and CSS container queries show the one that fits its box (no script, no
 * layout shift). A drawing scales with its box, so its text stays near its drawn size within a tier.
 */
export const CHART_TIERS = [
  { tier: "narrow", width: 360, minBox: 0 },
  { tier: "medium", width: 680, minBox: 520 },
  { tier: "wide", width: 1100, minBox: 900 },
] as const;
export type ChartTier = (typeof CHART_TIERS)[number]["tier"];
/** Below this box width the initiatives put each name above its bar (the narrow layout). */
export const NARROW_BOX = 520;

/** A value axis from 0 to a round number at or above `max`, with about `count` round ticks (0 included). */
export function valueAxis(max: number, count: number): { top: number; ticks: number[] } {
  const m = Number.isFinite(max) && max > 0 ? max : 1;
  const [, top] = nice(0, m, count);
  return { top, ticks: ticks(0, top, count) };
}

/**
 * A value axis with exactly `count` ticks from 0 (a phone's axis has room for three): the step is the smallest
 * round number (1, 2, 2.5 or 5 times a power of ten) that reaches `max` in `count - 1` steps.
 */
export function exactValueAxis(max: number, count: number): { top: number; ticks: number[] } {
  const m = Number.isFinite(max) && max > 0 ? max : 1;
  const steps = Math.max(1, count - 1);
  const raw = m / steps;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * power).find((s) => s * steps >= m * (1 - 1e-12))!;
  const ticks = Array.from({ length: steps + 1 }, (_, i) => Number((step * i).toPrecision(12)));
  return { top: ticks[steps], ticks };
}

const WIDE_CHAR = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;

/** An estimate of a text's width in px at `px` font size (CJK characters about twice as wide as Latin ones). */
export function estimateTextWidth(text: string, px: number): number {
  let w = 0;
  for (const ch of text) w += WIDE_CHAR.test(ch) ? px : px * 0.58;
  return w;
}

export type Box = { x: number; y: number; w: number; h: number };
export type Margin = { top: number; right: number; bottom: number; left: number };

// ---------------------------------------------------------------------------------------------------------------
// Columns grouped by category (years), one slot per series in every category (an empty slot stays empty).

export type ColumnPoint = { value: number; low: number | null; high: number | null } | null;
export type PlacedColumn = Box & { category: number; series: number; error: { x: number; y1: number; y2: number } | null };
export type ColumnLayout = {
  plot: Box;
  ticks: { value: number; y: number }[];
  categories: { x: number; band: Box }[];
  bars: PlacedColumn[];
};

/** `points[c][s]`: the point of series `s` in category `c`. Bars fill 80% of their category, 4 px apart. */
export function layoutColumns(opts: {
  width: number;
  height: number;
  margin: Margin;
  points: ColumnPoint[][];
  series: number;
  tickCount: number;
}): ColumnLayout {
  const { width, height, margin, points, series } = opts;
  const plot = { x: margin.left, y: margin.top, w: Math.max(1, width - margin.left - margin.right), h: Math.max(1, height - margin.top - margin.bottom) };
  const max = Math.max(0, ...points.flat().map((p) => (p ? Math.max(p.value, p.high ?? p.value) : 0)));
  const axis = valueAxis(max, opts.tickCount);
  const yOf = (v: number) => plot.y + plot.h - (Math.max(0, v) / axis.top) * plot.h;
  const n = Math.max(1, points.length);
  const band = plot.w / n;
  const gap = series > 1 ? Math.min(4, (band * 0.8) / (series * 4)) : 0;
  const barW = Math.max(1, (band * 0.8 - gap * (series - 1)) / Math.max(1, series));
  const categories = points.map((_, c) => ({ x: plot.x + band * (c + 0.5), band: { x: plot.x + band * c, y: plot.y, w: band, h: plot.h } }));
  const bars: PlacedColumn[] = [];
  points.forEach((row, c) => {
    row.forEach((p, s) => {
      if (!p) return;
      const x = plot.x + band * c + band * 0.1 + s * (barW + gap);
      const y = yOf(p.value);
      const error = p.low !== null && p.high !== null ? { x: x + barW / 2, y1: yOf(p.high), y2: yOf(p.low) } : null;
      bars.push({ category: c, series: s, x, y, w: barW, h: plot.y + plot.h - y, error });
    });
  });
  return { plot, ticks: axis.ticks.map((value) => ({ value, y: yOf(value) })), categories, bars };
}

// ---------------------------------------------------------------------------------------------------------------
// Horizontal bars, one per row, each with its name (in a column on the left, or above the bar when narrow), a tag
// (kind · funding) from the bar's start and its value at its end.

export type HBarInput = { value: number; name: string; tag: string; valueLabel: string };
export type PlacedHBar = Box & {
  /** Lines of the name: right-aligned at `nameX` in the wide layout, above the bar from `nameX` in the narrow one. */
  nameLines: string[];
  nameX: number;
  nameY: number;
  textY: number;
  tagX: number;
  valueX: number;
  valueAnchor: "start" | "end";
};
export type HBarLayout = { plot: Box; ticks: { value: number; x: number }[]; bars: PlacedHBar[] };

export const HBAR_TEXT = { name: 13, tag: 12, value: 13, tick: 13 } as const;
/**
 * Sizes the placement estimates assume: larger than drawn, because the projector layout (app/globals.css, ≥ 1800 px)
 * draws chart text at 16 px; a label placed for that never collides at the drawn size either.
 */
const FIT_PX = { name: 16, label: 15 } as const;
const NAME_COLUMN = 150;

/** Splits a name into lines that fit `width` px at `px` (between words; between any two CJK characters). */
export function wrapLabel(text: string, width: number, px: number): string[] {
  const tokens =
    text.match(
      /\s+|[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[^\s\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]+/g,
    ) ?? [];
  const lines: string[] = [];
  let line = "";
  for (const token of tokens) {
    const next = line + token;
    if (line.trim() && estimateTextWidth(next.trim(), px) > width && token.trim()) {
      lines.push(line.trim());
      line = token;
    } else line = next;
  }
  if (line.trim()) lines.push(line.trim());
  return lines.length ? lines : [text];
}

export function layoutHorizontalBars(opts: {
  width: number;
  height: number;
  narrow: boolean;
  bars: HBarInput[];
  tickText?: (value: number) => string;
}): HBarLayout {
  const { width, height, narrow, bars } = opts;
  const margin = narrow ? { top: 20, right: 16, bottom: 30, left: 8 } : { top: 8, right: 24, bottom: 30, left: 8 + NAME_COLUMN };
  const plot = { x: margin.left, y: margin.top, w: Math.max(1, width - margin.left - margin.right), h: Math.max(1, height - margin.top - margin.bottom) };
  const most = Math.max(0, ...bars.map((b) => b.value));
  // As many ticks as fit side by side (at the projector's text size), at most 5; a phone's axis has 3.
  const fits = (ticks: number[]) =>
    !opts.tickText || ticks.reduce((w, v) => w + estimateTextWidth(opts.tickText!(v), FIT_PX.label) + 12, 0) <= plot.w + margin.right;
  let axis = narrow ? exactValueAxis(most, 3) : valueAxis(most, 5);
  for (let count = 4; !narrow && count >= 2 && !fits(axis.ticks); count--) axis = valueAxis(most, count);
  const xOf = (v: number) => plot.x + (Math.max(0, v) / axis.top) * plot.w;
  const band = plot.h / Math.max(1, bars.length);
  const barH = narrow ? 18 : 22;
  const plotRight = plot.x + plot.w;
  const placed = bars.map((b, i) => {
    const x = plot.x;
    const w = Math.max(1, xOf(b.value) - plot.x);
    const y = plot.y + band * i + (band - barH) / 2 + (narrow ? 6 : 0);
    const tagW = estimateTextWidth(b.tag, FIT_PX.label);
    const valueW = estimateTextWidth(b.valueLabel, FIT_PX.label);
    // The value inside the bar's end when both texts fit in the bar, else just past it; the tag inside from the
    // bar's start when it fits, else after the value. The value never runs past the plot.
    let valueX = x + w + 4;
    let valueAnchor: "start" | "end" = "start";
    let tagX = x + 4;
    if (w >= tagW + valueW + 20) {
      valueX = x + w - 4;
      valueAnchor = "end";
    } else if (w < tagW + 8) {
      tagX = x + w + 4 + valueW + 8;
    }
    if (valueAnchor === "start" && valueX + valueW > plotRight + margin.right && w > valueW + 8) {
      valueX = x + w - 4;
      valueAnchor = "end";
    }
    const nameLines = narrow ? [b.name] : wrapLabel(b.name, NAME_COLUMN - 12, FIT_PX.name);
    const lineH = HBAR_TEXT.name + 2;
    const nameY = narrow ? y - 5 : y + barH / 2 - ((nameLines.length - 1) * lineH) / 2;
    return { x, y, w, h: barH, nameLines, nameX: narrow ? x : plot.x - 8, nameY, textY: y + barH / 2, tagX, valueX, valueAnchor };
  });
  return { plot, ticks: axis.ticks.map((value) => ({ value, x: xOf(value) })), bars: placed };
}

// ---------------------------------------------------------------------------------------------------------------
// Grouped horizontal bars (the governance comparison): one group per dimension, one bar per jurisdiction, lengths
// as shares of the scale (0–1).

export type GroupedRowsLayout = {
  plot: Box;
  ticks: { value: number; x: number }[];
  groups: { band: Box; nameLines: string[]; bars: { y: number; h: number }[] }[];
  xOf: (share: number) => number;
};

export function layoutGroupedRows(opts: { width: number; height: number; names: string[]; perGroup: number; nameColumn: number }): GroupedRowsLayout {
  const { width, height, names, perGroup, nameColumn } = opts;
  const margin = { top: 8, right: 40, bottom: 40, left: 4 + nameColumn };
  const plot = { x: margin.left, y: margin.top, w: Math.max(1, width - margin.left - margin.right), h: Math.max(1, height - margin.top - margin.bottom) };
  const xOf = (share: number) => plot.x + Math.min(1, Math.max(0, share)) * plot.w;
  const band = plot.h / Math.max(1, names.length);
  const barH = 16;
  const gap = 2;
  const inner = perGroup * barH + Math.max(0, perGroup - 1) * gap;
  const groups = names.map((name, g) => {
    const top = plot.y + band * g;
    const start = top + (band - inner) / 2;
    return {
      band: { x: plot.x, y: top, w: plot.w, h: band },
      nameLines: wrapLabel(name, nameColumn - 8, FIT_PX.name),
      bars: Array.from({ length: perGroup }, (_, i) => ({ y: start + i * (barH + gap), h: barH })),
    };
  });
  return { plot, ticks: [0, 0.25, 0.5, 0.75, 1].map((value) => ({ value, x: xOf(value) })), groups, xOf };
}
