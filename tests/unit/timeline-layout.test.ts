import { describe, expect, it } from "vitest";
import { chartWidth, estimateTextWidth, GEOMETRY, layoutTimeline, timeScale, type PlacedItem } from "@/lib/charts/timeline-state";
import type { TimelineItem } from "@/lib/dto/timeline";
import { aiAct, all, gdpr, statement } from "./timeline-fixtures";

describe("layout", () => {
  const options = {
    lanes: ["EU", "US", "CN", "FR", "INT"],
    keepEmptyLanes: false,
    from: 2016,
    to: 2028,
    width: 1400,
    asOf: "2026-11-30",
    label: (i: TimelineItem) => i.titleEn,
  };

  it("maps dates linearly onto whole years", () => {
    const x = timeScale(2020, 2021, 100, 300);
    expect(x("2020-01-01")).toBe(100);
    expect(x("2021-01-01")).toBeCloseTo(200, 0);
    expect(x("2022-01-01")).toBe(300);
    expect(chartWidth(300, 2016, 2028)).toBe(GEOMETRY.leftPad + 13 * GEOMETRY.minYearWidth + GEOMETRY.rightPad);
    expect(chartWidth(3000, 2016, 2028)).toBe(3000);
  });

  it("puts items in their jurisdiction's lane, drops empty lanes and never overlaps two items in a row", () => {
    const layout = layoutTimeline(all, options);
    expect(layout.lanes.map((l) => l.code)).toEqual(["EU", "US", "CN", "INT"]);
    const extent = (p: PlacedItem) => {
      const w = estimateTextWidth(p.label.text);
      const [l0, l1] = p.label.anchor === "start" ? [p.label.x, p.label.x + w] : [p.label.x - w, p.label.x];
      return [Math.min(l0, p.line?.x0 ?? l0), Math.max(l1, p.line?.x1 ?? l1)];
    };
    for (const p of layout.items)
      for (const q of layout.items) {
        if (p === q || p.lane !== q.lane || p.y !== q.y) continue;
        const [a, b] = [extent(p), extent(q)];
        expect(a[1] <= b[0] || b[1] <= a[0], `${p.item.slug} overlaps ${q.item.slug}`).toBe(true);
      }
    // EO 14110 (2023 → 2025) and EO 14148 (2025) overlap in time, so they sit in different rows.
    const [a, b] = ["us-eo-14110", "us-eo-14148"].map((s) => layout.items.find((p) => p.item.slug === s)!);
    expect(a.y).not.toBe(b.y);
    expect(layout.connectors).toEqual([{ from: "us-eo-14110", to: "us-eo-14148", x1: a.revokedX, y1: a.y, x2: b.markerX, y2: b.y }]);
    expect(layout.height).toBe(layout.lanes.at(-1)!.top + layout.lanes.at(-1)!.height + 8);
    expect(layout.asOfX).toBeGreaterThan(layout.plotLeft);
  });

  it("draws year-precision dates as bands over the whole year with the marks in their middle", () => {
    const layout = layoutTimeline([gdpr], options);
    const p = layout.items[0];
    const x = timeScale(2016, 2028, layout.plotLeft, layout.plotRight);
    expect(p.bands).toEqual([
      { x0: x("2016-01-01"), x1: x("2017-01-01") },
      { x0: x("2018-01-01"), x1: x("2019-01-01") },
    ]);
    expect(p.markerX).toBeCloseTo((x("2016-01-01") + x("2017-01-01")) / 2, 6);
    expect(p.effectiveX).toBeCloseTo((x("2018-01-01") + x("2019-01-01")) / 2, 6);
    expect(p.line).toEqual({ x0: p.markerX, x1: p.effectiveX });
  });

  it("places an item in a further party's lane when its own lane is not shown, and keeps chosen empty lanes", () => {
    const layout = layoutTimeline([statement], { ...options, lanes: ["FR", "JP"], keepEmptyLanes: true });
    expect(layout.items[0].lane).toBe("FR");
    expect(layout.lanes.map((l) => l.code)).toEqual(["FR", "JP"]);
  });

  it("clips to the window: milestones outside it are not drawn, nor is a mark whose date is outside", () => {
    const layout = layoutTimeline([aiAct], { ...options, from: 2025, to: 2026 });
    const p = layout.items[0];
    expect(p.markerX).toBeNull();
    expect(p.ticks.map((t) => t.index)).toEqual([1]);
    expect(p.line!.x0).toBe(layout.plotLeft);
    expect(p.line!.x1).toBe(layout.plotRight);
  });

  it("keeps each lane's name in a strip of its own above the lane's marks (a sticky name covers no mark)", () => {
    const layout = layoutTimeline(all, options);
    for (const lane of layout.lanes) {
      const strip = lane.top + GEOMETRY.laneNameHeight;
      const inLane = layout.items.filter((p) => p.lane === lane.code);
      expect(inLane.length).toBeGreaterThan(0);
      // The highest thing an item draws is its label's hit box (12 px above the baseline) or a 7 px mark/band.
      for (const p of inLane) expect(Math.min(p.labelY - 12, p.y - 9)).toBeGreaterThanOrEqual(strip);
      for (const p of inLane) expect(p.y + 9).toBeLessThanOrEqual(lane.top + lane.height);
    }
  });

  it("estimates CJK labels wider than Latin ones", () => {
    expect(estimateTextWidth("人工智能")).toBeGreaterThan(estimateTextWidth("AI Act"));
  });
});
