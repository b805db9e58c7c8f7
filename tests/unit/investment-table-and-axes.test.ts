import { describe, expect, it } from "vitest";
import { axisScale, moneyTickFormatter, moneyValueFormatter } from "@/lib/charts/axis-format";
import { buildInitiativesChart } from "@/lib/charts/initiatives-state";
import { convertFigure, figureTableRow, type TableLabels } from "@/lib/charts/figure-table";
import { parseTableSort, tableOrderBy, tableSortQuery } from "@/lib/validations/figure-table";
import { RATES_2023, figureFactory } from "./figure-fixtures";

const fig = figureFactory();
const rates = RATES_2023;

describe("axis ticks in the figure's unit", () => {
  it("writes one scale word per axis, with the currency symbol and separators", () => {
    // The chart plots billions: the Korean fund's ₩150trn is 150,000 on the axis.
    const krw = moneyTickFormatter({ currency: "KRW", locale: "en", maxValue: 150_000 });
    expect([0, 50_000, 100_000, 150_000].map(krw)).toEqual(["0", "₩50trn", "₩100trn", "₩150trn"]);
    const usd = moneyTickFormatter({ currency: "USD", locale: "en", maxValue: 83 });
    expect([0, 20, 80].map(usd)).toEqual(["0", "$20bn", "$80bn"]);
    // Below a billion on an axis of billions: still "bn", with a decimal, never "0.1" alone.
    expect(usd(0.5)).toBe("$0.5bn");
    expect(moneyTickFormatter({ currency: "USD", locale: "en", maxValue: 2500 })(1500)).toBe("$1.5trn");
  });

  it("uses Chinese scale words (亿, 万亿) and separators in Chinese", () => {
    const usd = moneyTickFormatter({ currency: "USD", locale: "zh", maxValue: 83 });
    expect(usd(80)).toBe("$800亿");
    expect(moneyTickFormatter({ currency: "KRW", locale: "zh", maxValue: 150_000 })(150_000)).toBe("₩150万亿");
    expect(moneyTickFormatter({ currency: "JPY", locale: "zh", maxValue: 900 })(900)).toBe("JP¥9,000亿");
    expect(moneyTickFormatter({ currency: "JPY", locale: "zh", maxValue: 10_000 })(10_000)).toBe("JP¥10万亿");
    expect(axisScale(5e7, "zh").word).toBe("万");
  });

  it("writes each bar's value in its own scale", () => {
    const f = moneyValueFormatter({ currency: "GBP", locale: "en" });
    expect(f(31)).toBe("£31bn");
    expect(f(0.1)).toBe("£100M");
    expect(f(216.3398)).toBe("£216.34bn");
  });
});

describe("bars with the same label", () => {
  it("are told apart by their period, then their measure", () => {
    const a = fig({ actorName: "United Kingdom", currency: "GBP", amount: "14000000000", periodLabel: "Jan 2025", measure: "Pledges" });
    const b = fig({ actorName: "United Kingdom", currency: "GBP", amount: "100000000", periodLabel: "From Feb 2024", measure: "Hubs" });
    const c = fig({ actorName: "Korea", currency: "KRW", amount: "150000000000000", periodLabel: "5 years", measure: "Fund" });
    const d = fig({ actorName: "Korea", currency: "KRW", amount: "6000000000000", periodLabel: "5 years", measure: "AI allocation" });
    const e = fig({ actorName: "EU", currency: "EUR" });
    const chart = buildInitiativesChart([a, b, c, d, e], "original", [], "en");
    const labels = (cur: string) => chart.groups.find((g) => g.currency === cur)!.bars.map((x) => x.label);
    expect(labels("GBP")).toEqual(["United Kingdom · Jan 2025", "United Kingdom · From Feb 2024"]);
    expect(labels("KRW")).toEqual(["Korea · 5 years · Fund", "Korea · 5 years · AI allocation"]);
    // A label that is already unique is left as it is.
    expect(labels("EUR")).toEqual(["EU"]);
  });
});

describe("the figures table", () => {
  const labels: TableLabels = {
    category: (c) => `cat:${c}`,
    confidence: (c) => `conf:${c}`,
    rate: { average: (p) => `${p} avg.`, fallback: (w, u) => `no ${w}; ${u}`, noYear: (u) => `no year; ${u}` },
    noRate: (c) => `no rate for ${c}`,
    noAmount: "no amount",
  };

  it("keeps the stated value and adds the display currency with the rate it used", () => {
    const investAI = fig({ actorName: "EU (InvestAI)", amount: "200000000000", periodStart: 2023, periodEnd: 2023 });
    const row = figureTableRow(investAI, "USD", rates, "en", labels);
    expect(row.value).toBe("€200bn");
    expect(row.converted).toBe("≈ $216.34bn");
    expect(row.rate).toBe("1 EUR = 1.0817 USD (2023 avg., X1)");
    expect(row.kind).toMatch(/^Pledge/);
    // Original currency: no conversion column.
    expect(figureTableRow(investAI, "original", rates, "en", labels).converted).toBeNull();
  });

  it("converts each bound of a range, and says when it cannot convert", () => {
    const range = fig({ amount: null, amountLow: "1000000000", amountHigh: "2000000000", currency: "CNY", periodStart: 2023, periodEnd: 2023 });
    expect(convertFigure(range, "USD", rates, "en")).toMatchObject({ state: "converted", text: "≈ $141.22–282.45M" });
    expect(figureTableRow(fig({ currency: "GBP" }), "USD", rates, "en", labels).converted).toBe("no rate for GBP");
    expect(figureTableRow(fig({ amount: null, currency: null, valueText: "n/a" }), "USD", rates, "en", labels).converted).toBe("no amount");
    // Already in the display currency: the stated value, no rate.
    expect(convertFigure(fig({ currency: "USD" }), "USD", rates, "en")).toEqual({ state: "converted", text: "$1bn", rate: "" });
  });

  it("reads the sort from the URL and falls back to the default order on a bad value", () => {
    expect(parseTableSort({ sort: "value", dir: "desc" })).toEqual({ key: "value", dir: "desc" });
    expect(parseTableSort({ sort: "Actor" })).toEqual({ key: "actor", dir: "asc" });
    expect(parseTableSort({ sort: "password" })).toBeNull();
    expect(parseTableSort({ sort: "confidence" })).toBeNull();
    expect(tableSortQuery({ key: "period", dir: "desc" })).toEqual({ sort: "period", dir: "desc" });
    // Value: by currency first (amounts in different currencies are never compared), then by amount.
    expect(tableOrderBy({ key: "value", dir: "desc" }).slice(0, 2)).toEqual([
      { currency: { sort: "asc", nulls: "last" } },
      { amount: { sort: "desc", nulls: "last" } },
    ]);
    expect(tableOrderBy({ key: "actor", dir: "desc" })[0]).toEqual({ actorName: "desc" });
    // Ties fall back to a total order (slug last), so pages never overlap.
    expect(tableOrderBy(null).at(-1)).toEqual({ slug: "asc" });
  });
});
