// The timeline's geometry: the date → x scale and the swimlane layout. The SVG view only draws what this returns.
import type { PreciseDate, TimelineItem } from "../../dto/timeline";
import { anchorDate, itemPoints, periodOf } from "./dates";

/**
 * Each lane's name sits in a strip of its own above the lane's rows (`laneNameHeight`), not in a column beside them:
 * a name kept in view while the chart scrolls sideways on a phone then covers only that strip, never a mark.
 */
export const GEOMETRY = { axisHeight: 34, leftPad: 16, laneNameHeight: 16, rowHeight: 28, lanePad: 6, rightPad: 24, minYearWidth: 76, gap: 12 };
const G = GEOMETRY;

/** Linear date → x over whole years [from, to]; dates are UTC calendar days. */
export function timeScale(from: number, to: number, left: number, right: number): (iso: string) => number {
  const t0 = Date.UTC(from, 0, 1);
  const t1 = Date.UTC(to + 1, 0, 1);
  return (iso) => left + ((Date.parse(iso.slice(0, 10)) - t0) / (t1 - t0)) * (right - left);
}

/** At least `minYearWidth` per year (the container scrolls sideways when that is wider than the screen). */
export const chartWidth = (available: number, from: number, to: number) =>
  Math.round(Math.max(available, G.leftPad + (to - from + 1) * G.minYearWidth + G.rightPad));

/** Rough rendered width of an 11 px label: CJK characters are square, Latin ones a bit over half as wide. */
export const estimateTextWidth = (text: string, fontSize = 11) =>
  [...text].reduce((w, ch) => w + (ch.codePointAt(0)! >= 0x2e80 ? fontSize : fontSize * 0.6), 0);

export type PlacedItem = {
  item: TimelineItem;
  lane: string;
  /** Baseline of the label and centre line of the marks. */
  labelY: number;
  y: number;
  /** null when the anchor date lies outside the window (only the line shows). */
  markerX: number | null;
  /** The periods that month- or year-precision dates stand for (e.g. the whole of 2017). */
  bands: { x0: number; x1: number }[];
  line: { x0: number; x1: number } | null;
  effectiveX: number | null;
  revokedX: number | null;
  /** Milestone ticks; a superseded one is drawn hollow and struck through, never as current. */
  ticks: { x: number; index: number; superseded: boolean }[];
  label: { x: number; anchor: "start" | "end"; text: string };
};

export type TimelineLayout = {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  lanes: { code: string; top: number; height: number }[];
  items: PlacedItem[];
  years: { year: number; x: number; labelX: number; showLabel: boolean }[];
  asOfX: number | null;
  connectors: { from: string; to: string; x1: number; y1: number; x2: number; y2: number }[];
};

export type LayoutOptions = {
  lanes: string[];
  keepEmptyLanes: boolean;
  from: number;
  to: number;
  width: number;
  asOf: string | null;
  label: (item: TimelineItem) => string;
};

/** Swimlanes per jurisdiction; inside a lane, items are packed greedily into rows so that labels never overlap. */
export function layoutTimeline(items: TimelineItem[], o: LayoutOptions): TimelineLayout {
  const plotLeft = G.leftPad;
  const plotRight = o.width - G.rightPad;
  const scale = timeScale(o.from, o.to, plotLeft, plotRight);
  const [winStart, winEnd] = [`${o.from}-01-01`, `${o.to}-12-31`];
  const inWindow = (d: string) => d >= winStart && d <= winEnd;
  const x = (d: string) => Math.min(plotRight, Math.max(plotLeft, scale(d)));
  const laneOf = (i: TimelineItem) => [i.jurisdictionCode, ...i.alsoJurisdictions].find((c) => o.lanes.includes(c));

  type Draft = Omit<PlacedItem, "y" | "labelY"> & { extent: [number, number] };
  const drafts = items.flatMap((item): Draft[] => {
    const lane = laneOf(item);
    if (!lane) return [];
    const anchor = anchorDate(item);
    // A partial date sits in the middle of the period it stands for, over a band covering that period.
    const pos = (p: PreciseDate) => {
      if (p.precision === "DAY") return x(p.date);
      const period = periodOf(p.date, p.precision);
      return (x(period.start) + x(period.end)) / 2;
    };
    const points = itemPoints(item);
    const bands = points
      .filter((p) => p.precision !== "DAY" && inWindow(p.date))
      .map((p) => periodOf(p.date, p.precision))
      .map((period) => ({ x0: x(period.start), x1: x(period.end) }));
    const markerX = anchor && inWindow(anchor.date) ? pos(anchor) : null;
    const xs = points.map(pos);
    const line = points.length > 1 && Math.max(...xs) > Math.min(...xs) ? { x0: Math.min(...xs), x1: Math.max(...xs) } : null;
    const ins = item.kind === "instrument" ? item : null;
    const at = (p: PreciseDate | null | undefined) => (p && inWindow(p.date) ? pos(p) : null);
    const ticks = (ins?.milestones ?? []).flatMap((m, index) => (inWindow(m.date) ? [{ x: x(m.date), index, superseded: m.superseded !== null }] : []));
    const text = o.label(item);
    const start = markerX ?? line?.x0 ?? plotLeft;
    const width = estimateTextWidth(text);
    const fits = start - 4 + width <= plotRight;
    const label = fits ? { x: start - 4, anchor: "start" as const, text } : { x: plotRight, anchor: "end" as const, text };
    const [labelX0, labelX1] = fits ? [label.x, label.x + width] : [plotRight - width, plotRight];
    const extent: [number, number] = [
      Math.min(labelX0, line?.x0 ?? start, ...bands.map((b) => b.x0)) - G.gap / 2,
      Math.max(labelX1, line?.x1 ?? start, ...bands.map((b) => b.x1)) + G.gap / 2,
    ];
    return [
      {
        item,
        lane,
        markerX,
        bands,
        line,
        effectiveX: at(ins?.effective),
        revokedX: ins?.revokedOn ? at({ date: ins.revokedOn, precision: "DAY" }) : null,
        ticks,
        label,
        extent,
      },
    ];
  });

  const lanes: TimelineLayout["lanes"] = [];
  const placed: PlacedItem[] = [];
  let top = G.axisHeight;
  for (const code of o.lanes) {
    const inLane = drafts.filter((d) => d.lane === code).sort((a, b) => a.extent[0] - b.extent[0]);
    if (!inLane.length && !o.keepEmptyLanes) continue;
    const rowEnds: number[] = [];
    for (const d of inLane) {
      let row = rowEnds.findIndex((end) => end <= d.extent[0]);
      if (row === -1) row = rowEnds.push(0) - 1;
      rowEnds[row] = d.extent[1];
      const rowTop = top + G.laneNameHeight + G.lanePad + row * G.rowHeight;
      const { extent: _extent, ...rest } = d;
      placed.push({ ...rest, labelY: rowTop + 11, y: rowTop + 21 });
    }
    const height = G.laneNameHeight + G.lanePad * 2 + Math.max(1, rowEnds.length) * G.rowHeight;
    lanes.push({ code, top, height });
    top += height;
  }

  const yearWidth = (plotRight - plotLeft) / (o.to - o.from + 1);
  const years = Array.from({ length: o.to - o.from + 1 }, (_, k) => {
    const year = o.from + k;
    const left = scale(`${year}-01-01`);
    return { year, x: left, labelX: left + yearWidth / 2, showLabel: yearWidth >= 40 || k % 2 === 0 };
  });
  const instruments = new Map(placed.filter((p) => p.item.kind === "instrument").map((p) => [p.item.slug, p]));
  const connectors = placed.flatMap((p) => {
    const by = p.item.kind === "instrument" && p.item.revokedBy ? instruments.get(p.item.revokedBy.slug) : undefined;
    const fromX = p.revokedX ?? p.markerX;
    if (!by || by.markerX === null || fromX === null) return [];
    return [{ from: p.item.slug, to: by.item.slug, x1: fromX, y1: p.y, x2: by.markerX, y2: by.y }];
  });
  return {
    width: o.width,
    height: top + 8,
    plotLeft,
    plotRight,
    lanes,
    items: placed,
    years,
    asOfX: o.asOf && inWindow(o.asOf) ? x(o.asOf) : null,
    connectors,
  };
}
