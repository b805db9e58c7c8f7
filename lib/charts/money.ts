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
 * An amount with a scale word, the source's precision kept: two decimals of the English unit at most (a step of
 * 10M for billions, 10k for millions; exact below a million), trailing zeros dropped. English: 83_000_000_000 →
 * "83bn", 10_000_000_000_000 → "10trn", 150_500_000 → "150.5M". Chinese counts in 万, 亿 and 万亿, as the charts' axes
 * do, to the same step: 52_500_000_000 → "525亿", 150_500_000 → "1.505亿", 123_456 → "12.3456万". The unit is picked
 * after rounding (999_999_999 → "1bn", "10亿").
 */
export function compactAmount(value: number, locale: string): string {
  const step = Math.abs(value) >= 1e12 ? 1e10 : Math.abs(value) >= 1e9 ? 1e7 : Math.abs(value) >= 1e6 ? 1e4 : 1;
  const rounded = Math.round(value / step) * step;
  const lang = locale === "zh" ? "zh" : "en";
  const scale = SCALE_WORDS[lang].find((u) => Math.abs(rounded) >= u.divisor);
  if (!scale) return numberFormat(lang, 0).format(rounded);
  return `${numberFormat(lang, Math.round(Math.log10(scale.divisor / step))).format(rounded / scale.divisor)}${scale.word}`;
}

export type Scale = { divisor: number; word: string };

/** The scale words of each language, largest first (also the charts' axes: lib/charts/axis-format.ts). */
export const SCALE_WORDS: Record<"en" | "zh", Scale[]> = {
  en: [
    { divisor: 1e12, word: "trn" },
    { divisor: 1e9, word: "bn" },
    { divisor: 1e6, word: "M" },
  ],
  zh: [
    { divisor: 1e12, word: "万亿" },
    { divisor: 1e8, word: "亿" },
    { divisor: 1e4, word: "万" },
  ],
};

const formats = new Map<string, Intl.NumberFormat>();
/** One formatter per language and number of decimals (an amount's number, after its scale word is chosen). */
function numberFormat(lang: "en" | "zh", decimals: number): Intl.NumberFormat {
  const key = `${lang}:${decimals}`;
  if (!formats.has(key)) formats.set(key, new Intl.NumberFormat(lang === "zh" ? "zh-CN" : "en-US", { maximumFractionDigits: decimals }));
  return formats.get(key)!;
}

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
