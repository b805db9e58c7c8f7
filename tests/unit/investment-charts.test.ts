import { describe, expect, it } from "vitest";
import { buildInitiativesChart } from "@/lib/charts/initiatives-state";
import { buildPrivateChart, isCountryPrivateAggregate } from "@/lib/charts/private-investment-state";
import { buildCapexChart } from "@/lib/charts/capex-state";
import { ACTUAL_2024, COMPANY_CAPEX_USD, RATES_2023, figureFactory } from "./figure-fixtures";

const fig = figureFactory();
const rates = RATES_2023;

describe("public initiatives", () => {
  const investAI = fig({ actorName: "EU (InvestAI)", amount: "200000000000" });
  const stargate = fig({ actorName: "Stargate", amount: "500000000000", currency: "USD", kind: "PLAN" });
  const fund = fig({ actorName: "CN fund", amount: "60060000000", currency: "CNY", kind: "COMMITTED" });
  const uk = fig({ actorName: "UK", amount: "14000000000", currency: "GBP" });
  const humain = fig({ actorName: "HUMAIN", amount: null, currency: null, valueText: "n/a" });

  it("keeps one chart per original currency, never mixing currencies on one axis", () => {
    const chart = buildInitiativesChart([investAI, stargate, fund, uk, humain], "original", rates, "en");
    expect(chart.groups.map((g) => g.currency)).toEqual(["CNY", "EUR", "GBP", "USD"]);
    expect(chart.groups.find((g) => g.currency === "EUR")!.bars).toMatchObject([{ label: "EU (InvestAI)", value: 200, stated: "€200bn", rateNote: null }]);
    expect(chart.notPlotted).toEqual([{ slug: humain.slug, label: "HUMAIN", reason: "no-amount", detail: "n/a" }]);
  });

  it("converts with stored rates, names the rate, and lists figures it cannot convert", () => {
    const chart = buildInitiativesChart([investAI, stargate, fund, uk], "USD", rates, "en");
    expect(chart.groups).toHaveLength(1);
    const bars = chart.groups[0].bars;
    expect(bars.map((b) => b.label)).toEqual(["Stargate", "EU (InvestAI)", "CN fund"]);
    expect(bars[1]).toMatchObject({ value: 216.34, stated: "€200bn", rateNote: "1 EUR = 1.0817 USD (2023 avg., X1) — no year stated; 2023 rate used" });
    expect(bars[2].value).toBeCloseTo(8.48, 2);
    expect(chart.notPlotted).toEqual([{ slug: uk.slug, label: "UK", reason: "no-rate", detail: "GBP" }]);
  });
});

describe("private investment by country and year", () => {
  const us24 = fig({
    ...ACTUAL_2024,
    actorName: "United States",
    actorType: "MARKET_AGGREGATE",
    jurisdictionCode: "US",
    category: "PRIVATE_INVESTMENT_AGGREGATE",
    amount: "109100000000",
    currency: "USD",
  });
  const cn24 = fig({ ...us24, id: "cn24", slug: "cn24", actorName: "China", jurisdictionCode: "CN", amount: "9300000000" });
  const us23 = fig({ ...us24, id: "us23", slug: "us23", periodStart: 2023, periodEnd: 2023, amount: "67200000000" });
  const world = fig({ ...us24, id: "w", slug: "w", actorName: "World (generative AI)", jurisdictionCode: null, amount: "33900000000" });
  const corporate = fig({ ...world, id: "c", slug: "c", category: "CORPORATE_INVESTMENT_AGGREGATE", amount: "252300000000" });
  const share = fig({ ...world, id: "s", slug: "s", amount: null, currency: null, valueText: "40% of global" });
  const capex = fig({ ...COMPANY_CAPEX_USD, ...ACTUAL_2024, actorName: "Amazon", jurisdictionCode: "US", amount: "83000000000" });

  it("plots countries by year in US$ bn, largest first, gaps as null", () => {
    const chart = buildPrivateChart([cn24, us23, us24]);
    expect(chart.countries).toEqual(["United States", "China"]);
    expect(chart.rows).toEqual([
      { year: 2023, "United States": 67.2, China: null },
      { year: 2024, "United States": 109.1, China: 9.3 },
    ]);
    expect(chart.sourcesByPoint["China|2024"]).toEqual(["R4"]);
  });

  it("keeps world and corporate aggregates apart and never takes in corporate capex", () => {
    const chart = buildPrivateChart([us24, world, corporate, share, capex]);
    expect(chart.countries).toEqual(["United States"]);
    expect(chart.separate.map((f) => f.id)).toEqual(["w", "c", "s"]);
    expect(isCountryPrivateAggregate(capex)).toBe(false);
    // …and the capex chart never takes in private aggregates.
    expect(buildCapexChart([us24, world, corporate]).rows).toEqual([]);
  });
});
