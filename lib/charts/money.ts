import type { InvestmentFigureDto, Qualifier } from "../dto/investment";

const QUALIFIER_PREFIX: Record<Qualifier, string> = {
  EXACT: "",
  APPROX: "~",
  UP_TO: "≤",
  AT_LEAST: "≥",
  MORE_THAN: ">",
};

// "¥" alone would stand for both yuan and yen: each gets its own prefix, on every page and export.
const SYMBOL: Record<string, string> = { USD: "$", EUR: "€", GBP: "£", CNY: "CN¥", JPY: "JP¥", KRW: "₩" };

/**
 * An amount with a scale word, the source's precision kept (two decimals at most, trailing zeros dropped). English:
 * 83_000_000_000 → "83bn", 10_000_000_000_000 → "10trn", 100_000_000 → "100M". Chinese counts in 万 and 亿, as the
 * charts' axes do: 52_500_000_000 → "525亿", 10_000_000_000_000 → "10万亿", 100_000_000 → "1亿".
 */
export function compactAmount(value: number, locale: string): string {
  const abs = Math.abs(value);
  if (locale === "zh") {
    const fmt = (n: number) => ZH_NUMBER.format(Number(n.toFixed(2)));
    if (abs >= 1e12) return `${fmt(value / 1e12)}万亿`;
    if (abs >= 1e8) return `${fmt(value / 1e8)}亿`;
    if (abs >= 1e4) return `${fmt(value / 1e4)}万`;
    return ZH_NUMBER.format(value);
  }
  const fmt = (n: number) => String(Number(n.toFixed(2)));
  if (abs >= 1e12) return `${fmt(value / 1e12)}trn`;
  if (abs >= 1e9) return `${fmt(value / 1e9)}bn`;
  if (abs >= 1e6) return `${fmt(value / 1e6)}M`;
  return value.toLocaleString("en-US");
}
const ZH_NUMBER = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2 });

export function currencySymbol(currency: string | null): string {
  return currency ? (SYMBOL[currency] ?? `${currency} `) : "";
}

/**
 * A figure as the source states it, in its original currency, with the scale words of `locale`: "~$75bn",
 * "$175–185bn", "≥JP¥10trn"; in Chinese "~$750亿", "$1,750–1,850亿", "≥JP¥10万亿". A range whose ends take the same
 * scale word writes it once.
 */
export function formatFigure(
  f: Pick<InvestmentFigureDto, "amount" | "amountLow" | "amountHigh" | "qualifier" | "valueText" | "currency">,
  locale: string,
): string {
  const sym = currencySymbol(f.currency);
  if (f.amount !== null) return `${QUALIFIER_PREFIX[f.qualifier]}${sym}${compactAmount(Number(f.amount), locale)}`;
  if (f.amountLow !== null && f.amountHigh !== null) {
    const low = compactAmount(Number(f.amountLow), locale);
    const high = compactAmount(Number(f.amountHigh), locale);
    const unit = high.replace(/^[\d.,]+/, "");
    const lowNumber = unit && low.endsWith(unit) && /^[\d.,]+$/.test(low.slice(0, low.length - unit.length)) ? low.slice(0, low.length - unit.length) : low;
    return `${QUALIFIER_PREFIX[f.qualifier]}${sym}${lowNumber}–${high}`;
  }
  return f.valueText ?? "n/a";
}

/** The value to plot: the exact amount, or the midpoint of a range; null when there is no number. */
export function plotValue(f: Pick<InvestmentFigureDto, "amount" | "amountLow" | "amountHigh">): number | null {
  if (f.amount !== null) return Number(f.amount);
  if (f.amountLow !== null && f.amountHigh !== null) return (Number(f.amountLow) + Number(f.amountHigh)) / 2;
  return null;
}
