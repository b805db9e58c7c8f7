import { describe, expect, it } from "vitest";
import { buildCapexChart, isCompanyCapex } from "@/lib/charts/capex-state";
import { capexMaximum } from "@/lib/charts/capex-summary";
import { ALPHA_CAPEX_2024, figureFactory } from "./figure-fixtures";

const fig = figureFactory({
  ...ALPHA_CAPEX_2024,
  sources: [{ key: "R1", title: "t", url: null, publisher: "p", date: null }],
});

describe("buildCapexChart", () => {
  it("puts one point per company and year, in billions, years ascending", () => {
    const chart = buildCapexChart([
      fig({ actorName: "Beta", periodStart: 2025, periodEnd: 2025, amount: "91400000000" }),
      fig({ actorName: "Alpha", periodStart: 2023, periodEnd: 2023, amount: "32300000000" }),
      fig({ actorName: "Beta", periodStart: 2023, periodEnd: 2023, amount: "52700000000" }),
    ]);
    expect(chart.years).toEqual([2023, 2025]);
    expect(chart.companies.map((c) => c.name)).toEqual(["Alpha", "Beta"]);
    expect(chart.rows[0]).toMatchObject({ year: 2023, Alpha: { value: 32.3 }, Beta: { value: 52.7 } });
    expect(chart.rows[1].Alpha).toBeUndefined();
  });

  it("prefers a reported actual over guidance for the same year and reports the superseded one", () => {
    const guidance = fig({ kind: "GUIDANCE", amount: "75000000000", qualifier: "APPROX" });
    const actual = fig({ kind: "ACTUAL", amount: "83000000000" });
    const chart = buildCapexChart([guidance, actual]);
    expect(chart.rows[0].Alpha).toMatchObject({ value: 83, kind: "ACTUAL", figureId: actual.id });
    expect(chart.omitted).toEqual([{ figureId: guidance.id, reason: "superseded-by-actual" }]);
  });

  it("keeps guidance where no actual exists and plots a range at its midpoint with error bounds", () => {
    const chart = buildCapexChart([
      fig({ periodStart: 2026, periodEnd: 2026, kind: "GUIDANCE", amount: null, amountLow: "175000000000", amountHigh: "185000000000" }),
    ]);
    expect(chart.rows[0].Alpha).toMatchObject({ value: 180, low: 175, high: 185, kind: "GUIDANCE" });
  });

  it("keeps each company on its usual basis so years stay comparable", () => {
    const a = fig({ measure: "Cash additions", periodStart: 2023, periodEnd: 2023 });
    const b = fig({ measure: "Cash additions", periodStart: 2024, periodEnd: 2024 });
    const c = fig({ measure: "Cash additions", periodStart: 2025, periodEnd: 2025, amount: "64600000000" });
    const leases = fig({ measure: "Capex incl. finance leases", periodStart: 2025, periodEnd: 2025, amount: "88200000000" });
    const chart = buildCapexChart([a, b, leases, c]);
    expect(chart.rows.find((r) => r.year === 2025)!.Alpha).toMatchObject({ value: 64.6 });
    expect(chart.omitted).toContainEqual({ figureId: leases.id, reason: "other-basis" });
  });

  it("never mixes in aggregates, AI-spend estimates, multi-year plans or figures without a number", () => {
    const excluded = [
      fig({ category: "PRIVATE_INVESTMENT_AGGREGATE", actorType: "MARKET_AGGREGATE", measure: "Private AI investment" }),
      fig({ actorType: "COMPANY_GROUP", measure: "AI spend", kind: "ESTIMATE" }),
      fig({ measure: "Total capex", periodStart: 2025, periodEnd: 2028 }),
      fig({ measure: "Total capex", amount: null, valueText: "n/a" }),
    ];
    for (const f of excluded) expect(isCompanyCapex(f)).toBe(false);
    expect(buildCapexChart(excluded).rows).toEqual([]);
  });

  it("leaves a company's one-off AI-spend estimate out of its capex series", () => {
    const capex = [2023, 2024, 2025].map((y) => fig({ actorName: "Meta", periodStart: y, periodEnd: y }));
    const aiSpend = fig({ actorName: "Meta", measure: "AI spend", kind: "ESTIMATE", qualifier: "UP_TO", amount: "40000000000" });
    const chart = buildCapexChart([...capex, aiSpend]);
    expect(chart.rows.find((r) => r.year === 2024)!.Meta).toMatchObject({ value: 10, kind: "ACTUAL" });
    expect(chart.omitted).toEqual([{ figureId: aiSpend.id, reason: "other-basis" }]);
  });

  it("marks companies reporting fiscal years and finds the maximum", () => {
    const chart = buildCapexChart([
      fig({ actorName: "Micro", periodType: "FISCAL_YEAR", periodLabel: "FY25", periodStart: 2025, periodEnd: 2025, amount: "64600000000" }),
      fig({ actorName: "Alpha", amount: "131800000000", periodStart: 2025, periodEnd: 2025 }),
    ]);
    expect(chart.companies).toEqual([
      { name: "Alpha", fiscalYear: false },
      { name: "Micro", fiscalYear: true },
    ]);
    expect(capexMaximum(chart)).toEqual({ company: "Alpha", year: 2025, value: 131.8 });
  });
});
