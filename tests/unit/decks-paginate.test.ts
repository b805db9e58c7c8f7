import { describe, expect, it } from "vitest";
import { FOOTER_SOURCE_CHARS, paginateDeck, paginateSlide, SOURCES_PER_SLIDE, splitSources, TIMELINE_ITEMS_PER_SLIDE } from "@/lib/decks/paginate";
import { layoutSlideTimeline } from "@/lib/decks/slide-timeline-layout";
import { translator } from "@/lib/decks/translate";
import type { PresentSlide, SlideData } from "@/lib/dto/decks";
import { chartSlide, timelineData } from "./deck-fixtures";

const t = translator("en");

const slide = (data: SlideData): PresentSlide => chartSlide(data, { takeaway: "Take", notes: "N" });

describe("paginateSlide", () => {
  it("continues a long timeline over slides, every item once, each part saying which items it shows", () => {
    const parts = paginateSlide(slide(timelineData(25)), t).slides;
    expect(parts).toHaveLength(3);
    expect(parts.map((p) => p.data!.timeline!.items.length)).toEqual([10, 10, 5]);
    expect(parts.flatMap((p) => p.data!.timeline!.items.map((i) => i.label))).toEqual(Array.from({ length: 25 }, (_, i) => `Item ${i}`));
    expect(parts.flatMap((p) => p.data!.table.rows.map((r) => r[2]))).toEqual(Array.from({ length: 25 }, (_, i) => `Item ${i}`));
    expect(parts.map((p) => p.title)).toEqual(["Key dates (1 of 3)", "Key dates (2 of 3)", "Key dates (3 of 3)"]);
    expect(parts[1].data!.subtitle).toBe("All 25 Items 11–20 of 25.");
    expect(parts.map((p) => p.takeaway)).toEqual(["Take", null, null]);
    expect(new Set(parts.map((p) => p.id)).size).toBe(3);
  });

  it("leaves a timeline that fits, and every other chart, as one slide", () => {
    expect(paginateSlide(slide(timelineData(TIMELINE_ITEMS_PER_SLIDE)), t).slides).toHaveLength(1);
    const bars: SlideData = { ...timelineData(0), chartType: "bar", timeline: undefined, categories: ["a"], series: [{ name: "x", values: [1] }] };
    expect(paginateSlide(slide(bars), t).slides).toHaveLength(1);
  });

  it("continues a long source list on sources slides (appendix) instead of cutting it with an ellipsis", () => {
    const sources = Array.from({ length: 20 }, (_, i) => `R${i + 1} A fairly long report title number ${i + 1}`);
    const { slides, appendix } = paginateSlide(slide(timelineData(3, sources)), t);
    const out = [...slides, ...appendix];
    const main = out[0].data!;
    expect(main.sources.at(-1)).toMatch(/^\d+ more sources on the sources slides at the end of the deck$/);
    expect(main.sources.slice(0, -1).join("; ").length).toBeLessThanOrEqual(FOOTER_SOURCE_CHARS);
    expect(main.sources.join(" ")).not.toContain("…");
    const sourceSlides = out.filter((s) => s.data?.chartType === "sources");
    expect(sourceSlides).toHaveLength(Math.ceil(20 / SOURCES_PER_SLIDE));
    expect(sourceSlides.flatMap((s) => s.data!.table.rows.map((r) => r[0]))).toEqual(sources);
    expect(sourceSlides[0].title).toBe("Sources: Key dates (1 of 2)");
  });

  it("keeps a short source list in the footer", () => {
    expect(splitSources(["R1 One", "R2 Two"])).toEqual({ shown: ["R1 One", "R2 Two"], rest: [] });
    expect(paginateSlide(slide(timelineData(3)), t)).toMatchObject({ slides: [{ id: "s1" }], appendix: [] });
  });

  it("paginates a whole deck in order, leaves text slides alone and puts sources slides at the end", () => {
    const text: PresentSlide = { id: "t", kind: "TEXT", title: "Next", takeaway: null, notes: null, body: "b", data: null, problem: null, frozen: false };
    const long = Array.from({ length: 9 }, (_, i) => `R${i + 1} A fairly long report title number ${i + 1}`);
    const deck = paginateDeck({ id: "d", title: "D", audience: null, briefingOn: null, frozenAt: null, slides: [slide(timelineData(12, long)), text] }, t);
    expect(deck.slides.map((s) => s.id)).toEqual(["s1", "s1:part2", "t", "s1:sources1"]);
  });
});

describe("layoutSlideTimeline", () => {
  it("places every item inside the box, in its lane, with labels that never overlap in a row", () => {
    const tl = timelineData(30).timeline!;
    const box = { width: 1000, height: 440, labelWidth: 150, fontSize: 13 };
    const layout = layoutSlideTimeline(tl, box);
    expect(layout.items).toHaveLength(30);
    for (const p of layout.items) {
      expect(p.x).toBeGreaterThanOrEqual(layout.plotLeft);
      expect(p.x).toBeLessThanOrEqual(layout.plotRight);
      const lane = layout.lanes.find((l) => l.code === tl.items[p.index].lane)!;
      expect(p.y).toBeGreaterThan(lane.top);
      expect(p.y).toBeLessThan(lane.top + lane.height);
    }
    expect(layout.items[3].superseded).toHaveLength(1);
    expect(layout.todayX).not.toBeNull();
    expect(layoutSlideTimeline({ ...tl, today: "2030-01-01" }, box).todayX).toBeNull();
  });
});
