import { describe, expect, it } from "vitest";
import { clampIndex, indexFromHash, isSyncMessage, keyAction, nextIndex, syncChannelName } from "@/lib/decks/present-keys";
import { escapeXml, slideSvg, wrapLine } from "@/lib/decks/slide-svg";
import { latinOnly } from "@/lib/decks/export-pdf";
import { niceMax } from "@/lib/decks/pdf-drawing";
import { exportFilename } from "@/lib/decks/export-filename";

describe("presenter keys", () => {
  it("maps arrows, Space, clicker Page keys, Home/End, B and Esc", () => {
    expect(["ArrowRight", "ArrowDown", "PageDown", " "].map((k) => keyAction(k))).toEqual(["next", "next", "next", "next"]);
    expect(["ArrowLeft", "ArrowUp", "PageUp"].map((k) => keyAction(k))).toEqual(["previous", "previous", "previous"]);
    expect(keyAction(" ", true)).toBe("previous");
    expect([keyAction("Home"), keyAction("End"), keyAction("b"), keyAction("B"), keyAction("."), keyAction("Escape")]).toEqual([
      "first",
      "last",
      "black",
      "black",
      "black",
      "exit",
    ]);
    expect(keyAction("x")).toBeNull();
  });

  it("never moves before the first or past the last slide", () => {
    expect(nextIndex("next", 6, 7)).toBe(6);
    expect(nextIndex("previous", 0, 7)).toBe(0);
    expect(nextIndex("last", 2, 7)).toBe(6);
    expect(nextIndex("first", 5, 7)).toBe(0);
    expect(nextIndex("black", 3, 7)).toBe(3);
    expect(clampIndex(Number.NaN, 3)).toBe(0);
    expect(clampIndex(5, 0)).toBe(0);
  });

  it("opens at the slide in the address, and ignores anything else there", () => {
    expect(indexFromHash("#3", 7)).toBe(2);
    expect(indexFromHash("#99", 7)).toBe(6);
    expect(indexFromHash("#abc", 7)).toBe(0);
    expect(indexFromHash("", 7)).toBe(0);
  });

  it("accepts only well-formed sync messages on the deck's own channel", () => {
    expect(syncChannelName("abc")).toBe("govatlas-present-abc");
    expect(isSyncMessage({ type: "state", index: 2, black: false })).toBe(true);
    expect(isSyncMessage({ type: "hello" })).toBe(true);
    expect(isSyncMessage({ type: "state", index: "2", black: false })).toBe(false);
    expect(isSyncMessage(null)).toBe(false);
  });
});

describe("slide picture (PNG export)", () => {
  it("wraps on spaces, and between characters for Chinese", () => {
    expect(wrapLine("one two three four", 9)).toEqual(["one two", "three", "four"]);
    expect(wrapLine("人工智能治理与投资概览", 8)).toEqual(["人工智能", "治理与投", "资概览"]);
  });

  it("escapes text and embeds the chart, legend, footer and counter in one 1920×1080 SVG", () => {
    const svg = slideSvg({
      title: "Capex <2026> & more",
      takeaway: "Amazon leads",
      chart: { svg: '<svg class="recharts-surface" width="800" height="400"><rect width="10" height="20"/></svg>', width: 800, height: 400 },
      legend: [{ label: "Amazon", color: "#E69F00" }],
      footer: ["Sources: R16 Amazon 10-K", "Data as of 2026-01-31"],
      counter: "2 / 5",
    });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1920" height="1080"/);
    expect(svg).toContain("Capex &lt;2026&gt; &amp; more");
    expect(svg).toContain('viewBox="0 0 800 400"');
    expect(svg).toContain('<rect width="10" height="20"/>');
    expect(svg).toContain(">Amazon<");
    expect(svg).toContain("Data as of 2026-01-31");
    expect(svg).toContain(">2 / 5<");
    expect(escapeXml(`"'`)).toBe("&quot;&apos;");
  });

  it("draws a table slide's rows as text", () => {
    const svg = slideSvg({ title: "T", table: { columns: ["Dimension", "EU"], rows: [["Legal", 3]] }, footer: [] });
    expect(svg).toContain(">Legal<");
    expect(svg).toContain(">3<");
  });
});

describe("PDF and file helpers", () => {
  it.each([
    ["€200bn – ≤$40bn · ¥60.06bn", "€200bn – <=$40bn · ¥60.06bn"],
    ["₩150trn", "KRW 150trn"],
    ["欧盟 EU", "?? EU"],
  ])("keeps WinAnsi text, spells out a few signs and replaces characters Helvetica cannot show: %j → %j", (text, shown) => {
    expect(latinOnly(text)).toBe(shown);
  });

  it.each([
    [131.8, 150],
    [200, 200],
    [4.5, 5],
    [0, 1],
  ])("rounds the bar axis up to a readable maximum: %d → %d", (max, axis) => {
    expect(niceMax(max)).toBe(axis);
  });

  it("makes a safe download name from the deck title", () => {
    expect(exportFilename("Budget briefing — May / 2026", "pdf")).toBe("govatlas-budget-briefing-may-2026.pdf");
    expect(exportFilename("简报", "pptx")).toBe("govatlas-deck.pptx");
  });
});
