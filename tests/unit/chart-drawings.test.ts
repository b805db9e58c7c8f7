import { describe, expect, it } from "vitest";
import { ChartDrawings } from "@/components/charts/chart-drawings";
import { chartDataTableHtml } from "@/components/charts/chart-data-table-markup";
import { columnChartDrawing, type ColumnChartInput } from "@/components/charts/column-chart-drawing";
import { initiativesDrawing } from "@/components/charts/initiatives-drawing";
import { drawTiers } from "@/components/charts/tier-svg";
import { CHART_TIERS } from "@/lib/charts/bar-layout";

// The server-drawn charts reach the page as one markup string (components/charts/chart-drawings.tsx): every text and
// attribute value from curated data must arrive escaped, whatever it holds.
const HOSTILE = `</svg><script>alert("x")</script><img src=x onerror=alert(1)> & "quoted" 'single'`;

const markup = (drawings: Parameters<typeof ChartDrawings>[0]["drawings"]) =>
  (ChartDrawings({ drawings }).props as { dangerouslySetInnerHTML: { __html: string } }).dangerouslySetInnerHTML.__html;

/**
 * The markup with every (double-quoted) attribute value emptied: what a parser reads as tags. Inside a quoted value,
 * "<" is plain text; only an unescaped quote could end the value early, and then the tags would show here.
 */
const tagsOf = (html: string) => html.replace(/="[^"]*"/g, '=""');

const column: ColumnChartInput = {
  id: "capex",
  label: `Capex ${HOSTILE}`,
  categories: ["2024", HOSTILE],
  series: [{ name: HOSTILE, legend: "Amazon", color: "#0072B2" }],
  points: [
    [{ value: 80, low: null, high: null, fill: "solid", kind: "ACTUAL", name: `Amazon, 2024: $80bn ${HOSTILE}`, tipTitle: "t", tipLines: [] }],
    [{ value: 100, low: 90, high: 110, fill: "hatch", kind: "GUIDANCE", name: "Amazon, 2025: $100bn", tipTitle: "t", tipLines: [] }],
  ],
  tick: (v) => `$${v}bn`,
  height: { narrow: 300, wide: 340 },
};

describe("server-drawn chart markup", () => {
  it("escapes hostile names, categories and labels: no element or attribute escapes its place", () => {
    const html = markup(drawTiers(CHART_TIERS, (t) => columnChartDrawing(column, t)));
    expect(tagsOf(html)).not.toMatch(/<script|<img/i);
    // One drawing per tier, each closed where it should be.
    expect(tagsOf(html).match(/<svg /g)).toHaveLength(3);
    expect(tagsOf(html).match(/<\/svg>/g)).toHaveLength(3);
    // The text is still all there, as text: in the x axis and in the bars' accessible names and series.
    expect(html).toContain('&#x3C;/svg>&#x3C;script>alert("x")&#x3C;/script>');
    expect(html).toContain('aria-label="Amazon, 2024: $80bn </svg><script>alert(&#x22;x&#x22;)');
    expect(html).toContain('data-series="</svg><script>alert(&#x22;x&#x22;)');
  });

  it("keeps each bar focusable and named, with its tooltip key, and only the top tier marked top", () => {
    const html = markup(drawTiers(CHART_TIERS, (t) => columnChartDrawing(column, t)));
    const bars = [...html.matchAll(/<rect class="chart-bar"(?:[^>"]|"[^"]*")*>/g)].map((m) => m[0]);
    expect(bars).toHaveLength(6);
    for (const bar of bars) {
      expect(bar).toMatch(/tabindex="0"/);
      expect(bar).toMatch(/role="img"/);
      expect(bar).toMatch(/data-key="[01]-0"/);
    }
    // The guidance bar is hatched with its tier's own pattern, defined in that drawing.
    expect(html).toContain('fill="url(#capex-narrow-hatch-0072B2)"');
    expect(html).toContain('<pattern id="capex-narrow-hatch-0072B2"');
    expect(html.match(/data-top=""/g)).toHaveLength(1);
    expect(html).toMatch(/data-tier="wide" data-top=""/);
  });

  it("escapes an initiative's name, tag and value label, in the name column and on the bar", () => {
    const row = {
      slug: "x",
      kind: "PLEDGE",
      funding: "PUBLIC",
      value: 10,
      label: HOSTILE,
      tag: `Pledge · ${HOSTILE}`,
      valueLabel: "€10bn",
      ariaLabel: `${HOSTILE}: €10bn`,
      fill: { fill: "hatch" as const, color: "#0072B2" },
    };
    const input = { id: "initiatives-eur", title: HOSTILE, height: 160, rows: [row], tick: (v: number) => `€${v}bn` };
    const html = markup([
      initiativesDrawing(input, { tier: "narrow", width: 360, top: false }),
      initiativesDrawing(input, { tier: "medium", width: 680, top: true }),
    ]);
    expect(tagsOf(html)).not.toMatch(/<script|<img/i);
    expect(tagsOf(html).match(/<svg /g)).toHaveLength(2);
    expect(html).toContain('class="chart-label initiative-name"');
    expect(html).toMatch(/<tspan[^>]*>&#x3C;\/svg>&#x3C;script>/);
  });

  it("writes a chart's data table with every header and cell escaped, numbers as text, one row per entry", () => {
    const html = chartDataTableHtml({
      testId: "t",
      columns: ["Actor", HOSTILE],
      rows: [
        { key: "a", slug: "a-1", cells: [HOSTILE, 12.5] },
        { key: "b", cells: ["UK", 3] },
      ],
      numeric: [1],
    });
    expect(tagsOf(html)).not.toMatch(/<script|<img/i);
    expect(tagsOf(html).match(/<tr/g)).toHaveLength(3);
    expect(html).toContain('<th scope="col" class="py-1 pr-3">&#x3C;/svg>&#x3C;script>');
    expect(html).toContain('<tr class="border-b border-slate-100" data-slug="a-1"><td class="py-1 pr-3">&#x3C;/svg>');
    expect(html).toContain('<td class="py-1 pr-3 tabular-nums">12.5</td>');
    expect(html).toContain('<tr class="border-b border-slate-100"><td class="py-1 pr-3">UK</td>');
  });
});
