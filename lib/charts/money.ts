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

/** 83_000_000_000 → "83.0bn"; 10_000_000_000_000 → "10trn"; 100_000_000 → "100M". */
export function compactAmount(value: number): string {
  const abs = Math.abs(value);
  // Two decimals at most (60.06bn, 39.23bn), trailing zeros dropped: the source's precision is kept.
  const fmt = (n: number) => String(Number(n.toFixed(2)));
  if (abs >= 1e12) return `${fmt(value / 1e12)}trn`;
  if (abs >= 1e9) return `${fmt(value / 1e9)}bn`;
  if (abs >= 1e6) return `${fmt(value / 1e6)}M`;
  return value.toLocaleString("en-US");
}

export function currencySymbol(currency: string | null): string {
  return currency ? (SYMBOL[currency] ?? `${currency} `) : "";
}

/** A figure as the source states it, in its original currency: "~$75bn", "$175–185bn", "≥JP¥10trn". */
export function formatFigure(f: Pick<InvestmentFigureDto, "amount" | "amountLow" | "amountHigh" | "qualifier" | "valueText" | "currency">): string {
  const sym = currencySymbol(f.currency);
  if (f.amount !== null) return `${QUALIFIER_PREFIX[f.qualifier]}${sym}${compactAmount(Number(f.amount))}`;
  if (f.amountLow !== null && f.amountHigh !== null) {
    const low = compactAmount(Number(f.amountLow));
    const high = compactAmount(Number(f.amountHigh));
    const unit = high.replace(/^[\d.]+/, "");
    const lowNumber = low.endsWith(unit) ? low.slice(0, low.length - unit.length) : low;
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
