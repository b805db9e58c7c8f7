// Investment slides (capex, private, initiatives) and source lines; governance slides: decks-slide-data-governance.test.ts.
import { describe, expect, it } from "vitest";
import { buildCapexChart } from "@/lib/charts/capex-state";
import { buildInitiativesChart } from "@/lib/charts/initiatives-state";
import { buildPrivateChart } from "@/lib/charts/private-investment-state";
import { capexSlideData, initiativesSlideData, privateSlideData, sortSourceKeys, sourceLines } from "@/lib/decks/slide-data";
import { ALPHA_CAPEX_2024, figureFactory } from "./figure-fixtures";

const fig = figureFactory({
  ...ALPHA_CAPEX_2024,
  sources: [{ key: "R1", title: "Report one", url: null, publisher: "p", date: null }],
});
const src = (key: string) => [{ key, title: `Title ${key}`, url: null, publisher: "p", date: null }];
const titles = new Map([
  ["R1", "Report one"],
  ["R2", "Report two"],
  ["S0", "Seed article"],
]);
const kinds = { ACTUAL: "Actual", GUIDANCE: "Guidance", PLAN: "Plan", PLEDGE: "Pledge", COMMITTED: "Committed", ESTIMATE: "Estimate" };

describe("source lines", () => {
  it("puts seed articles first, then R-keys in numeric order, each with its title when known", () => {
    expect(sortSourceKeys(["R10", "R2", "S0", "R2"])).toEqual(["S0", "R2", "R10"]);
    expect(sourceLines(["R2", "R9"], titles)).toEqual(["R2 Report two", "R9"]);
  });
});

describe("capexSlideData", () => {
  const labels = {
    title: "Capex",
    subtitle: "US$ bn.",
    unit: "US$ bn",
    columns: { company: "Company", year: "Year", value: "Value", kind: "Kind", sources: "Sources" },
    kinds,
    company: (name: string) => (name === "Beta" ? "贝塔" : name),
    projected: (p: string) => `Not actuals: ${p}.`,
  };

  it("has one series per company over the years, the same numbers in chart and table, and names guidance", () => {
    const chart = buildCapexChart([
      fig({ actorName: "Alpha", periodStart: 2023, periodEnd: 2023, amount: "32300000000", sources: src("R2") }),
      fig({ actorName: "Beta", periodStart: 2023, periodEnd: 2023, amount: "52700000000" }),
      fig({ actorName: "Beta", periodStart: 2024, periodEnd: 2024, amount: "75000000000", kind: "GUIDANCE" }),
    ]);
    const data = capexSlideData(chart, titles, "2025-06-30", labels)!;
    expect(data.chartType).toBe("grouped-bar");
    expect(data.categories).toEqual(["2023", "2024"]);
    expect(data.series).toEqual([
      { name: "Alpha", values: [32.3, null] },
      { name: "贝塔", values: [52.7, 75] },
    ]);
    expect(data.table.rows).toEqual([
      ["Alpha", "2023", 32.3, "Actual", "R2"],
      ["贝塔", "2023", 52.7, "Actual", "R1"],
      ["贝塔", "2024", 75, "Guidance", "R1"],
    ]);
    const plotted = data.series
      .flatMap((s) => s.values)
      .filter((v) => v !== null)
      .sort();
    expect(data.table.rows.map((r) => r[2]).sort()).toEqual(plotted);
    expect(data.subtitle).toBe("US$ bn. Not actuals: 贝塔 2024.");
    expect(data.sources).toEqual(["R1 Report one", "R2 Report two"]);
    expect(data.asOf).toBe("2025-06-30");
  });

  it("returns null when no company figure is plotted (the view no longer matches any data)", () => {
    expect(capexSlideData(buildCapexChart([]), titles, "–", labels)).toBeNull();
  });
});

describe("privateSlideData", () => {
  it("draws countries by year, leaving a missing country-year empty (never zero)", () => {
    const aggregate = (actorName: string, code: string, year: number, amount: string) =>
      fig({
        actorName,
        jurisdictionCode: code,
        category: "PRIVATE_INVESTMENT_AGGREGATE",
        actorType: "MARKET_AGGREGATE",
        periodStart: year,
        periodEnd: year,
        amount,
      });
    const chart = buildPrivateChart([
      aggregate("US", "US", 2023, "67200000000"),
      aggregate("US", "US", 2024, "109100000000"),
      aggregate("UK", "UK", 2024, "4500000000"),
    ]);
    const data = privateSlideData(chart, titles, "2025-01-01", {
      title: "Private",
      subtitle: "s",
      unit: "US$ bn",
      columns: { country: "Country", year: "Year", value: "Value", sources: "Sources" },
      country: (c) => c,
    })!;
    expect(data.series).toEqual([
      { name: "US", values: [67.2, 109.1] },
      { name: "UK", values: [null, 4.5] },
    ]);
    expect(data.table.rows).toContainEqual(["UK", "2024", 4.5, "R1"]);
    expect(data.table.rows).toHaveLength(3);
  });
});

describe("initiativesSlideData", () => {
  it("draws one currency group as horizontal bars, largest first, with the stated figure in the table", () => {
    const chart = buildInitiativesChart(
      [
        fig({ actorName: "EU", category: "PUBLIC_INITIATIVE", currency: "EUR", amount: "200000000000", kind: "PLEDGE" }),
        fig({ actorName: "FR", category: "PUBLIC_INITIATIVE", currency: "EUR", amount: "109000000000", kind: "PLEDGE" }),
        fig({ actorName: "US", category: "PUBLIC_INITIATIVE", currency: "USD", amount: "500000000000", kind: "PLAN" }),
      ],
      "original",
      [],
      "en",
    );
    const eur = chart.groups.find((g) => g.currency === "EUR");
    const data = initiativesSlideData(eur, titles, "2025-01-01", {
      title: "EUR",
      subtitle: "s",
      unit: "EUR bn",
      kinds,
      columns: { actor: "Actor", value: "Value", stated: "Stated", kind: "Kind", horizon: "Horizon", sources: "Sources" },
      caveat: (shown) => `Kinds shown: ${shown.join(", ")}.`,
    })!;
    expect(data.chartType).toBe("bar");
    // The kind is part of each bar's label, so it survives every output.
    expect(data.categories).toEqual(["EU · Pledge", "FR · Pledge"]);
    expect(data.caveat).toBe("Kinds shown: Pledge.");
    expect(data.series).toEqual([{ name: "EUR bn", values: [200, 109] }]);
    expect(data.table.rows[0]).toEqual(["EU", 200, "€200bn", "Pledge", "2024", "R1"]);
    expect(
      initiativesSlideData(undefined, titles, "–", {
        title: "",
        subtitle: "",
        unit: "",
        kinds,
        columns: { actor: "", value: "", stated: "", kind: "", horizon: "", sources: "" },
      }),
    ).toBeNull();
  });
});
