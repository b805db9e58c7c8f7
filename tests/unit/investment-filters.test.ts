import { describe, expect, it } from "vitest";
import { filtersToQuery, parseInvestmentFilters } from "@/lib/validations/investment-filters";

describe("parseInvestmentFilters", () => {
  it("defaults to everything in original currencies", () => {
    expect(parseInvestmentFilters({})).toEqual({
      filters: { categories: [], kinds: [], actorTypes: [], from: null, to: null, currency: "original", page: 1 },
      notices: [],
    });
  });
  it("accepts known values case-insensitively, without duplicates", () => {
    const { filters, notices } = parseInvestmentFilters({ category: "corporate_capex,CORPORATE_CAPEX", kind: "actual,guidance", currency: "usd" });
    expect(filters.categories).toEqual(["CORPORATE_CAPEX"]);
    expect(filters.kinds).toEqual(["ACTUAL", "GUIDANCE"]);
    expect(filters.currency).toBe("USD");
    expect(notices).toEqual([]);
  });
  it("drops unknown values with a notice naming them", () => {
    const { filters, notices } = parseInvestmentFilters({ kind: "ACTUAL,RUMOUR", currency: "BTC" });
    expect(filters.kinds).toEqual(["ACTUAL"]);
    expect(filters.currency).toBe("original");
    expect(notices).toEqual([
      { param: "currency", value: "BTC", problem: "unknown" },
      { param: "kind", value: "RUMOUR", problem: "unknown" },
    ]);
  });
  it("reports non-years, clamps absurd years and swaps a reversed range", () => {
    expect(parseInvestmentFilters({ from: "abc" })).toMatchObject({ filters: { from: null }, notices: [{ param: "from", problem: "not-a-year" }] });
    expect(parseInvestmentFilters({ to: "999999" })).toMatchObject({ filters: { to: 2040 }, notices: [{ problem: "out-of-range" }] });
    expect(parseInvestmentFilters({ from: "2026", to: "2023" })).toMatchObject({ filters: { from: 2023, to: 2026 }, notices: [{ problem: "reversed" }] });
  });
  it("refuses oversized lists instead of parsing them", () => {
    const { filters, notices } = parseInvestmentFilters({ kind: "ACTUAL,".repeat(200) });
    expect(filters.kinds).toEqual([]);
    expect(notices[0].problem).toBe("too-long");
  });
  it("round-trips through the query string", () => {
    const { filters } = parseInvestmentFilters({ category: "PUBLIC_INITIATIVE", from: "2024", to: "2026", currency: "EUR", actor: "BLOC" });
    expect(parseInvestmentFilters(Object.fromEntries(new URLSearchParams(filtersToQuery(filters)))).filters).toEqual(filters);
  });
});
