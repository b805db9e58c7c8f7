import { describe, expect, it } from "vitest";
import { stampSvg, textUnits, wrapText, type ExportStamp } from "@/lib/charts/export-svg";
import { fillValue, patternDefs } from "@/lib/charts/patterns";
import { describeSource, withSourceNotes } from "@/lib/charts/export-rows";

const stamp: ExportStamp = {
  title: "AI investment initiatives (USD)",
  subtitle: "Billions of USD. Private programmes are not public spending.",
  legends: [
    {
      title: "Kind",
      items: [
        { label: "Plan (hatched)", color: "#334155", fill: "hatch" },
        { label: "Actual (solid)", color: "#334155", fill: "solid" },
      ],
    },
    {
      title: "Funding",
      items: [
        { label: "Private money", color: "#D55E00" },
        { label: "Public money", color: "#0072B2" },
      ],
    },
  ],
  asOf: "Newest information: 2025-05-12 · Last checked: not recorded",
  sourcesTitle: "Sources",
  sources: ["R23 Announcing The Stargate Project — OpenAI, 2025-01-21"],
};

describe("wrapText", () => {
  it("breaks on spaces, keeps every word, and never exceeds the width", () => {
    const text = "Total company capex (data centres, servers; Amazon also logistics) in US$ billions — not AI-only spending.";
    const lines = wrapText(text, 30);
    expect(lines.join(" ")).toBe(text);
    for (const l of lines) expect(textUnits(l)).toBeLessThanOrEqual(30);
  });
  it("breaks Chinese text between characters, counting each as two units", () => {
    const lines = wrapText("公司总资本支出（数据中心、服务器），单位：十亿美元——并非仅人工智能支出。", 20);
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(textUnits(l)).toBeLessThanOrEqual(20);
    expect(lines.join("")).toBe("公司总资本支出（数据中心、服务器），单位：十亿美元——并非仅人工智能支出。");
  });
  it("cuts a word longer than the line", () => {
    expect(wrapText("https://example.org/a/very/long/path", 10).every((l) => l.length <= 10)).toBe(true);
  });
});

describe("stampSvg", () => {
  const chart = '<svg class="recharts-surface" width="300" height="200"><rect width="10" height="10"/></svg>';
  it("keeps the caveat, both legends, the as-of line and the sources written out", () => {
    const svg = stampSvg(chart, 1200, 200, stamp);
    for (const s of [
      "AI investment initiatives (USD)",
      "Private programmes are not public spending.",
      "Kind",
      "Plan (hatched)",
      "Funding",
      "Private money",
      "Newest information: 2025-05-12",
      "Sources",
      "R23 Announcing The Stargate Project — OpenAI, 2025-01-21",
    ]) {
      expect(svg).toContain(s);
    }
    // The legend's hatch is a real pattern, defined in the file.
    expect(svg).toMatch(/<pattern id="stamp-hatch-334155"[^>]*>.*<line/);
    expect(svg).toContain('fill="url(#stamp-hatch-334155)"');
  });
  it("wraps to a phone-width export: no text line longer than the width allows", () => {
    const svg = stampSvg(chart, 330, 200, {
      ...stamp,
      sources: ["R17 A very long source title that goes on and on about capital expenditure — Some Publisher With A Long Name, undated"],
    });
    const lines = [...svg.matchAll(/<text x="(\d+)"[^>]*font-size="(\d+)"[^>]*>([^<]*)<\/text>/g)];
    expect(lines.length).toBeGreaterThan(8);
    for (const [, x, size, content] of lines) {
      expect(Number(x) + textUnits(content) * Number(size) * 0.56).toBeLessThanOrEqual(330);
    }
  });
  it("escapes text", () => {
    expect(stampSvg(chart, 340, 200, { ...stamp, title: "R&D <b>" })).toContain("R&amp;D &lt;b&gt;");
  });
  it("still draws older single-legend stamps", () => {
    const svg = stampSvg(chart, 340, 200, { title: "T", asOf: "A", legend: [{ label: "France", color: "#000" }], sourceLine: "Sources: R1" });
    expect(svg).toContain("France");
    expect(svg).toContain("Sources: R1");
  });
});

describe("patterns and sources", () => {
  it("fills solid kinds with the colour and others with a scoped pattern", () => {
    expect(fillValue("c", "solid", "#0072B2")).toBe("#0072B2");
    expect(fillValue("c", "hatch", "#0072B2")).toBe("url(#c-hatch-0072B2)");
    expect(
      patternDefs("c", [
        { fill: "hatch", color: "#0072B2" },
        { fill: "hatch", color: "#0072B2" },
        { fill: "solid", color: "#000" },
      ]).match(/<pattern/g),
    ).toHaveLength(1);
  });
  it("writes a source out with title, publisher and date, or undated", () => {
    expect(describeSource({ key: "R6", title: "AI Index 2025", url: "https://x.org", publisher: "Stanford HAI", date: null }, "undated")).toBe(
      "R6 AI Index 2025 — Stanford HAI, undated",
    );
    expect(withSourceNotes([{ sources: "R6; R7" }], { R6: "R6 full" })).toEqual([{ sources: "R6 full; R7" }]);
  });
});
