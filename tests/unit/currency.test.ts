import { describe, expect, it } from "vitest";
import { convert, describeRate, pickRate, type RateDto } from "@/lib/charts/currency";

const rates: RateDto[] = [
  { currency: "EUR", period: "2023", rate: "1.0817", usdPerUnit: true, sourceKey: "X1" },
  { currency: "CNY", period: "2023", rate: "7.0809", usdPerUnit: false, sourceKey: "X1" },
  { currency: "CNY", period: "2022", rate: "6.7290", usdPerUnit: false, sourceKey: "X0" },
  { currency: "JPY", period: "2023", rate: "140.5001", usdPerUnit: false, sourceKey: "X1" },
];

describe("convert", () => {
  it("leaves a figure in its own currency untouched", () => {
    expect(convert(200e9, "EUR", "EUR", rates, 2025)).toEqual({ ok: true, value: 200e9, rates: [], uses: [] });
  });
  it("converts a USD-per-unit quote by multiplying", () => {
    const c = convert(200e9, "EUR", "USD", rates, 2023);
    expect(c.ok && c.value).toBeCloseTo(216.34e9, -6);
  });
  it("converts a per-USD quote by dividing, and crosses through USD", () => {
    const c = convert(60.06e9, "CNY", "EUR", rates, 2023);
    expect(c.ok).toBe(true);
    if (c.ok) {
      expect(c.value).toBeCloseTo(60.06e9 / 7.0809 / 1.0817, -3);
      expect(c.rates.map((r) => r.currency)).toEqual(["CNY", "EUR"]);
    }
  });
  it("uses the figure's own year when a rate for it is stored, else the latest, and says which", () => {
    expect(pickRate(rates, "CNY", 2022)?.rate).toBe("6.7290");
    expect(pickRate(rates, "CNY", 2025)?.period).toBe("2023");
  });
  it("reports a missing rate instead of guessing", () => {
    expect(convert(14e9, "GBP", "USD", rates, 2025)).toEqual({ ok: false, missing: "GBP" });
    expect(convert(1e9, "USD", "KRW", rates, 2025)).toEqual({ ok: false, missing: "KRW" });
  });
  it("describes the rate as published", () => {
    expect(describeRate(rates[0])).toBe("1 EUR = 1.0817 USD (2023 avg., X1)");
    expect(describeRate(rates[1])).toBe("1 USD = 7.0809 CNY (2023 avg., X1)");
  });
});
