// Where a slide's timeline marks go, in the units of the box it is drawn in: present mode (SVG), the PDF
// (points) and the PPTX (inches × 100) all place the same items with this, so the three show the same drawing.
// Every item is placed: none is dropped, and labels never overlap (items share a lane row only when they fit).
import type { SlideTimeline } from "../dto/decks";
import { estimateTextWidth, timeScale } from "../charts/timeline-state";

export type SlideTimelineBox = { width: number; height: number; labelWidth: number; fontSize: number };

export type PlacedSlideItem = {
  index: number;
  x: number;
  y: number;
  mark: string;
  label: { x: number; y: number; text: string; anchor: "start" | "end" };
  superseded: { x: number }[];
};

export type SlideTimelineLayout = {
  plotLeft: number;
  plotRight: number;
  axisY: number;
  years: { year: number; x: number; showLabel: boolean }[];
  todayX: number | null;
  lanes: { code: string; label: string; top: number; height: number }[];
  items: PlacedSlideItem[];
  markSize: number;
};

export function layoutSlideTimeline(tl: SlideTimeline, box: SlideTimelineBox): SlideTimelineLayout {
  const plotLeft = box.labelWidth;
  const plotRight = box.width - box.fontSize;
  const axisY = box.fontSize * 1.6;
  const scale = timeScale(tl.from, tl.to, plotLeft, plotRight);
  const x = (iso: string) => Math.min(plotRight, Math.max(plotLeft, scale(iso)));
  const gap = box.fontSize;

  // Greedy rows per lane, as on the web: an item goes into the first row whose last label ends before it starts.
  type Draft = { index: number; lane: string; row: number; x: number; extent: [number, number]; fits: boolean };
  const drafts: Draft[] = [];
  const rowsPerLane = new Map<string, number>();
  for (const lane of tl.lanes) {
    const ends: number[] = [];
    const inLane = tl.items.map((item, index) => ({ item, index })).filter(({ item }) => item.lane === lane.code);
    inLane.sort((a, b) => a.item.date.localeCompare(b.item.date) || a.index - b.index);
    for (const { item, index } of inLane) {
      const mx = x(item.date);
      const w = estimateTextWidth(item.label, box.fontSize);
      const fits = mx + w + gap <= plotRight;
      const extent: [number, number] = fits ? [mx - gap, mx + w + gap] : [plotRight - w - gap, plotRight + gap];
      let row = ends.findIndex((end) => end <= extent[0]);
      if (row === -1) row = ends.push(0) - 1;
      ends[row] = extent[1];
      drafts.push({ index, lane: lane.code, row, x: mx, extent, fits });
    }
    rowsPerLane.set(lane.code, Math.max(1, ends.length));
  }

  const totalRows = [...rowsPerLane.values()].reduce((a, b) => a + b, 0) || 1;
  const rowH = Math.min(box.fontSize * 2.4, (box.height - axisY - box.fontSize) / totalRows);
  const markSize = Math.max(2, Math.min(box.fontSize * 0.45, rowH * 0.3));
  const lanes: SlideTimelineLayout["lanes"] = [];
  let top = axisY + box.fontSize * 0.4;
  for (const lane of tl.lanes) {
    const height = (rowsPerLane.get(lane.code) ?? 1) * rowH;
    lanes.push({ code: lane.code, label: lane.label, top, height });
    top += height;
  }
  const laneTop = new Map(lanes.map((l) => [l.code, l.top]));
  const items: PlacedSlideItem[] = drafts
    .sort((a, b) => a.index - b.index)
    .map((d) => {
      const item = tl.items[d.index];
      const y = (laneTop.get(d.lane) ?? axisY) + d.row * rowH + rowH * 0.62;
      return {
        index: d.index,
        x: d.x,
        y,
        mark: item.mark,
        label: d.fits
          ? { x: d.x + markSize + 3, y: y - markSize - 2, text: item.label, anchor: "start" }
          : { x: plotRight, y: y - markSize - 2, text: item.label, anchor: "end" },
        superseded: item.superseded.map((date) => ({ x: x(date) })),
      };
    });
  const yearWidth = (plotRight - plotLeft) / (tl.to - tl.from + 1);
  const years = Array.from({ length: tl.to - tl.from + 1 }, (_, k) => ({
    year: tl.from + k,
    x: scale(`${tl.from + k}-01-01`),
    showLabel: yearWidth >= box.fontSize * 2.6 || k % 2 === 0,
  }));
  const inWindow = tl.today >= `${tl.from}-01-01` && tl.today <= `${tl.to}-12-31`;
  return { plotLeft, plotRight, axisY, years, todayX: inWindow ? scale(tl.today) : null, lanes, items, markSize };
}
