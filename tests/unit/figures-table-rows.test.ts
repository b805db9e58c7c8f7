import { describe, expect, it } from "vitest";
import { figuresTableRowsHtml } from "@/components/investment/figures-table-rows";
import { figureTableRow, type TableLabels } from "@/lib/charts/figure-table";
import { figureFactory, RATES_2023 } from "./figure-fixtures";

// The investment table's rows reach the page as one markup string: curated text must arrive escaped.
const HOSTILE = `</td></tr></tbody><script>alert("x")</script><img src=x onerror=alert(1)> & "q" 'q'`;
const labels: TableLabels = {
  category: (c) => c,
  confidence: (c) => c,
  rate: { average: (p) => p, fallback: (w, u) => `${w}/${u}`, noYear: (u) => u },
  noRate: (c) => `no rate ${c}`,
  noAmount: "no amount",
};
/** The markup with every double-quoted attribute value emptied: what a parser reads as tags (see chart-drawings.test.ts). */
const tagsOf = (html: string) => html.replace(/="[^"]*"/g, '=""');

const fig = figureFactory();

describe("figures table rows", () => {
  const hostile = fig({
    actorName: HOSTILE,
    measure: HOSTILE,
    jurisdictionCode: "EU",
    flaggedClaimSlugs: ["c"],
    sources: [
      { key: "R4", title: HOSTILE, url: null, publisher: "p", date: null },
      { key: "S1", title: "plain", url: null, publisher: "p", date: null },
    ],
  });
  const plain = fig({ actorName: "UK", jurisdictionCode: null, currency: "GBP", amount: "14000000000" });
  const html = (display: string) =>
    figuresTableRowsHtml({
      rows: [hostile, plain].map((f) => ({ f, row: figureTableRow(f, display, RATES_2023, "en", labels) })),
      locale: "en",
      converted: display !== "original",
      flaggedHint: "Flagged",
    });

  it("escapes every curated text: the rows' tags are exactly the table's", () => {
    const tags = tagsOf(html("original"));
    expect(tags).not.toMatch(/<script|<img|<\/tbody/i);
    expect(tags.match(/<tr /g)).toHaveLength(2);
    expect(tags.match(/<\/tr>/g)).toHaveLength(2);
    expect(html("original")).toContain("&#x3C;/td>&#x3C;/tr>&#x3C;/tbody>&#x3C;script>");
  });

  it("writes each column's cell, the actor's link, the flag and every source key as a link with its title", () => {
    const out = html("original");
    // (The hostile text holds "</tr>" inside an attribute value: split where one row's tag ends and the next begins.)
    const [first, second] = out.split("</tr><tr ");
    expect([...first.matchAll(/data-col="(\w+)"/g)].map((m) => m[1])).toEqual([
      "actor",
      "category",
      "measure",
      "value",
      "period",
      "kind",
      "funding",
      "confidence",
      "sources",
    ]);
    expect(first).toContain(`<a href="/en/jurisdictions/eu#figure-${hostile.slug}" class="text-brand-700 underline">`);
    expect(first).toContain('title="Flagged">⚑</span>');
    expect(first).toMatch(
      /<a href="\/en\/sources#source-R4" class="text-brand-700 underline" title="[^"]*&#x22;q&#x22;[^"]*">R4<\/a>, <a href="\/en\/sources#source-S1"[^>]*>S1<\/a>/,
    );
    // No jurisdiction: the actor is plain text.
    expect(second).toContain('<td class="py-1 pr-3" data-col="actor">UK</td>');
  });

  it("adds the converted value and the rate used when a display currency is chosen, never summing anything", () => {
    const out = html("USD");
    expect(out.match(/data-col="converted"/g)).toHaveLength(2);
    expect(out).toMatch(/data-col="converted">≈ \$[\d.]+bn<span class="block text-xs text-slate-600">/);
  });
});
