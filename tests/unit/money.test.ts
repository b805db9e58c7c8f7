import { describe, expect, it } from "vitest";
import { compactAmount, formatFigure, plotValue } from "@/lib/charts/money";

const base = { amount: null, amountLow: null, amountHigh: null, qualifier: "EXACT" as const, valueText: null, currency: "USD" };

describe("formatFigure keeps the original currency and the source's qualifier", () => {
  it.each([
    [{ ...base, amount: "75000000000", qualifier: "APPROX" as const }, "~$75bn"],
    [{ ...base, amount: "40000000000", qualifier: "UP_TO" as const }, "≤$40bn"],
    [{ ...base, amount: "200000000000", qualifier: "MORE_THAN" as const }, ">$200bn"],
    [{ ...base, amount: "200000000000", currency: "EUR" }, "€200bn"],
    [{ ...base, amount: "60060000000", currency: "CNY" }, "CN¥60.06bn"],
    [{ ...base, amount: "10000000000000", currency: "JPY", qualifier: "AT_LEAST" as const }, "≥JP¥10trn"],
    [{ ...base, amount: "150000000000000", currency: "KRW" }, "₩150trn"],
    [{ ...base, amount: "100000000", currency: "GBP", qualifier: "MORE_THAN" as const }, ">£100M"],
    [{ ...base, amountLow: "175000000000", amountHigh: "185000000000" }, "$175–185bn"],
    [{ ...base, currency: null, valueText: "40% of global" }, "40% of global"],
    [{ ...base, currency: null }, "n/a"],
  ])("%o → %s", (figure, expected) => {
    expect(formatFigure(figure, "en")).toBe(expected);
  });
});

describe("formatFigure in Chinese counts in 万, 亿 and 万亿, as the charts' axes do", () => {
  it.each([
    [{ ...base, amount: "52500000000" }, "$525亿"],
    [{ ...base, amount: "75000000000", qualifier: "APPROX" as const }, "~$750亿"],
    [{ ...base, amount: "200000000000", currency: "EUR" }, "€2,000亿"],
    [{ ...base, amount: "60060000000", currency: "CNY" }, "CN¥600.6亿"],
    [{ ...base, amount: "10000000000000", currency: "JPY", qualifier: "AT_LEAST" as const }, "≥JP¥10万亿"],
    [{ ...base, amount: "150000000000000", currency: "KRW" }, "₩150万亿"],
    [{ ...base, amount: "100000000", currency: "GBP", qualifier: "MORE_THAN" as const }, ">£1亿"],
    [{ ...base, amount: "50000000", currency: "GBP" }, "£5,000万"],
    [{ ...base, amountLow: "175000000000", amountHigh: "185000000000" }, "$1,750–1,850亿"],
    [{ ...base, amountLow: "800000000000", amountHigh: "1500000000000" }, "$8,000亿–1.5万亿"],
    [{ ...base, currency: null, valueText: "40% of global" }, "40% of global"],
  ])("%o → %s", (figure, expected) => {
    expect(formatFigure(figure, "zh")).toBe(expected);
  });

  it("keeps the source's precision", () => {
    expect(compactAmount(39_230_000_000, "zh")).toBe("392.3亿");
    expect(compactAmount(131_800_000_000, "zh")).toBe("1,318亿");
    expect(compactAmount(1_234_500_000, "zh")).toBe("12.3亿");
    expect(compactAmount(1_234_500_000, "en")).toBe("1.23bn");
    expect(compactAmount(150_500_000, "zh")).toBe("1.505亿");
    expect(compactAmount(150_500_000, "en")).toBe("150.5M");
    expect(compactAmount(123_456, "zh")).toBe("12.3456万");
    expect(compactAmount(99_999_999, "zh")).toBe("1亿");
    expect(compactAmount(999_999_999, "en")).toBe("1bn");
    expect(compactAmount(-2_500_000_000, "zh")).toBe("-25亿");
  });
});

describe("plotValue and compactAmount", () => {
  it("uses the exact amount, else the midpoint of a range, else null", () => {
    expect(plotValue({ amount: "39230000000", amountLow: null, amountHigh: null })).toBe(39_230_000_000);
    expect(plotValue({ amount: null, amountLow: "115000000000", amountHigh: "135000000000" })).toBe(125_000_000_000);
    expect(plotValue({ amount: null, amountLow: null, amountHigh: null })).toBeNull();
  });
  it("abbreviates without losing significant digits", () => {
    expect(compactAmount(39_230_000_000, "en")).toBe("39.23bn");
    expect(compactAmount(83_000_000_000, "en")).toBe("83bn");
    expect(compactAmount(131_800_000_000, "en")).toBe("131.8bn");
  });
});
