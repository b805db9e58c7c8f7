import { describe, expect, it } from "vitest";
import { CHART_TIERS, estimateTextWidth, exactValueAxis, layoutColumns, layoutHorizontalBars, valueAxis, wrapLabel } from "@/lib/charts/bar-layout";
import { moneyTickFormatter } from "@/lib/charts/axis-format";

describe("value axis", () => {
  it("runs from 0 to a round number at or above the largest value, with round ticks", () => {
    expect(valueAxis(83, 5)).toEqual({ top: 100, ticks: [0, 20, 40, 60, 80, 100] });
    expect(valueAxis(150000, 5)).toEqual({ top: 200000, ticks: [0, 50000, 100000, 150000, 200000] });
    expect(valueAxis(150000, 3)).toEqual({ top: 150000, ticks: [0, 50000, 100000, 150000] });
    expect(valueAxis(200, 5).top).toBe(200);
  });

  it("gives a usable axis when there is nothing to plot", () => {
    expect(valueAxis(0, 5)).toEqual({ top: 1, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] });
    expect(valueAxis(Number.NaN, 3).top).toBe(1);
  });

  it("ticks the Korean fund's axis in trillions of won with the scale formatter", () => {
    const { ticks } = valueAxis(150000, 5);
    const tick = moneyTickFormatter({ currency: "KRW", locale: "en", maxValue: 150000 });
    expect(ticks.map(tick)).toEqual(["0", "₩50trn", "₩100trn", "₩150trn", "₩200trn"]);
  });

  it("gives exactly the asked number of round ticks when the axis must be short", () => {
    expect(exactValueAxis(200, 3)).toEqual({ top: 200, ticks: [0, 100, 200] });
    expect(exactValueAxis(83, 3)).toEqual({ top: 100, ticks: [0, 50, 100] });
    expect(exactValueAxis(0.3, 3)).toEqual({ top: 0.4, ticks: [0, 0.2, 0.4] });
    expect(exactValueAxis(45, 3)).toEqual({ top: 50, ticks: [0, 25, 50] });
    expect(exactValueAxis(0, 3).ticks).toHaveLength(3);
  });
});

describe("grouped columns", () => {
  const margin = { top: 10, right: 10, bottom: 30, left: 60 };
  const points = [
    [
      { value: 50, low: null, high: null },
      { value: 100, low: 90, high: 110 },
    ],
    [null, { value: 25, low: null, high: null }],
  ];
  const layout = layoutColumns({ width: 460, height: 240, margin, points, series: 2, tickCount: 5 });

  it("puts each category in its own band and each series in its own slot, empty slots kept", () => {
    expect(layout.plot).toEqual({ x: 60, y: 10, w: 390, h: 200 });
    expect(layout.categories.map((c) => c.x)).toEqual([60 + 97.5, 60 + 292.5]);
    expect(layout.bars.map((b) => [b.category, b.series])).toEqual([
      [0, 0],
      [0, 1],
      [1, 1],
    ]);
    // Same slot in each band: the second series of category 1 sits one band to the right of category 0's.
    expect(layout.bars[2].x - layout.bars[1].x).toBeCloseTo(195);
    for (const b of layout.bars) {
      expect(b.x).toBeGreaterThanOrEqual(layout.plot.x);
      expect(b.x + b.w).toBeLessThanOrEqual(layout.plot.x + layout.plot.w);
    }
    // The two bars of a category do not overlap.
    expect(layout.bars[0].x + layout.bars[0].w).toBeLessThan(layout.bars[1].x);
  });

  it("scales heights to the axis, which covers the top of a range", () => {
    // Largest drawn value is the range's high (110): the axis goes to 120.
    expect(layout.ticks.map((t) => t.value)).toEqual([0, 20, 40, 60, 80, 100, 120]);
    const zero = layout.ticks[0].y;
    expect(zero).toBe(210);
    expect(layout.bars[0].h).toBeCloseTo((50 / 120) * 200);
    expect(layout.bars[1].y + layout.bars[1].h).toBe(zero);
    expect(layout.bars[1].error).toEqual({ x: layout.bars[1].x + layout.bars[1].w / 2, y1: 210 - (110 / 120) * 200, y2: 210 - (90 / 120) * 200 });
    expect(layout.bars[0].error).toBeNull();
  });
});

describe("horizontal bars", () => {
  const bars = [
    { value: 200, name: "European Union", tag: "Pledge · Mixed money", valueLabel: "€200bn" },
    { value: 20, name: "France", tag: "Plan · Public money", valueLabel: "€20bn" },
    { value: 1, name: "Tiny", tag: "Pledge · Public money", valueLabel: "€1bn" },
  ];

  it("draws bars from the plot's start in proportion, names in a column to their left", () => {
    const l = layoutHorizontalBars({ width: 680, height: 184, narrow: false, bars });
    expect(l.ticks.map((t) => t.value)).toEqual([0, 50, 100, 150, 200]);
    expect(l.bars[0].x).toBe(l.plot.x);
    expect(l.bars[0].w).toBeCloseTo(l.plot.w);
    expect(l.bars[1].w).toBeCloseTo(l.plot.w / 10);
    for (const b of l.bars) expect(b.nameX).toBeLessThan(b.x);
    // One row per bar, top to bottom, no overlap.
    expect(l.bars[0].y + l.bars[0].h).toBeLessThan(l.bars[1].y);
  });

  it("writes the value inside a long bar's end, and past the end of a short one, after which comes the tag", () => {
    const l = layoutHorizontalBars({ width: 680, height: 184, narrow: false, bars });
    expect(l.bars[0].valueAnchor).toBe("end");
    expect(l.bars[0].valueX).toBeCloseTo(l.bars[0].x + l.bars[0].w - 4);
    expect(l.bars[0].tagX).toBe(l.bars[0].x + 4);
    const tiny = l.bars[2];
    expect(tiny.valueAnchor).toBe("start");
    expect(tiny.valueX).toBeCloseTo(tiny.x + tiny.w + 4);
    // The tag does not fit in the tiny bar: it follows the value, never on top of it.
    expect(tiny.tagX).toBeGreaterThan(tiny.valueX + estimateTextWidth("€1bn", 13));
  });

  it("on a narrow box puts each name above its bar, uses the width for the bars and has 3 ticks", () => {
    const narrow = layoutHorizontalBars({ width: CHART_TIERS[0].width, height: 184, narrow: true, bars });
    const wide = layoutHorizontalBars({ width: CHART_TIERS[0].width, height: 184, narrow: false, bars });
    expect(narrow.ticks.length).toBe(3);
    expect(narrow.bars[0].w).toBeGreaterThan(wide.bars[0].w + 100);
    for (const b of narrow.bars) {
      expect(b.nameX).toBe(b.x);
      expect(b.nameY).toBeLessThan(b.y);
      expect(b.nameLines).toHaveLength(1);
    }
    // The name above a bar is below the bar before it.
    expect(narrow.bars[1].nameY - 13).toBeGreaterThan(narrow.bars[0].y + narrow.bars[0].h);
  });

  it("uses fewer ticks when their labels would not fit side by side", () => {
    const one = [{ value: 600.6, name: "China", tag: "Actual · Public money", valueLabel: "CN¥600.6亿" }];
    const plain = layoutHorizontalBars({ width: 680, height: 160, narrow: false, bars: one });
    const long = (v: number) => (v === 0 ? "0" : `CN¥${v * 10}亿`);
    const fitted = layoutHorizontalBars({ width: 680, height: 160, narrow: false, bars: one, tickText: long });
    expect(plain.ticks.length).toBe(8);
    expect(fitted.ticks.length).toBeLessThan(plain.ticks.length);
    const widths = fitted.ticks.reduce((w, t) => w + estimateTextWidth(long(t.value), 15) + 12, 0);
    expect(widths).toBeLessThanOrEqual(fitted.plot.w + 24);
    expect(fitted.ticks.at(-1)!.value).toBeGreaterThanOrEqual(600.6);
  });

  it("wraps long names in the name column instead of cutting them", () => {
    const l = layoutHorizontalBars({
      width: 680,
      height: 184,
      narrow: false,
      bars: [{ value: 5, name: "United Kingdom · 2025–2030 · compute and skills", tag: "Plan · Public money", valueLabel: "£5bn" }],
    });
    expect(l.bars[0].nameLines.length).toBeGreaterThan(1);
    expect(l.bars[0].nameLines.join(" ")).toBe("United Kingdom · 2025–2030 · compute and skills");
  });
});

describe("labels", () => {
  it("wraps between words and between Chinese characters, keeping every character", () => {
    expect(wrapLabel("one two three", 40, 13)).toEqual(["one", "two", "three"]);
    const zh = wrapLabel("国家人工智能产业投资基金", 60, 13);
    expect(zh.length).toBeGreaterThan(1);
    expect(zh.join("")).toBe("国家人工智能产业投资基金");
  });

  it("counts Chinese characters about twice as wide as Latin ones", () => {
    expect(estimateTextWidth("中国", 12)).toBe(24);
    expect(estimateTextWidth("ab", 10)).toBeCloseTo(11.6);
  });
});
