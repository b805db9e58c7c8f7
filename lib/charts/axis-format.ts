// Axis ticks in the figure's unit: a currency symbol, digits with the locale's separators and a scale word
// ("₩150trn", "$80bn"; in Chinese "₩150万亿", "$800亿"). One scale per axis, picked from its largest value, so that
// the ticks of one axis read alike (0, $50bn, $100bn, not 0, $500M, $1bn).
import { currencySymbol, SCALE_WORDS, type Scale } from "./money";

/** The scale word for an axis whose largest absolute value (in currency units) is `max`. */
export function axisScale(max: number, locale: string): Scale {
  const scales = SCALE_WORDS[locale === "zh" ? "zh" : "en"];
  return scales.find((s) => Math.abs(max) >= s.divisor) ?? { divisor: 1, word: "" };
}

/**
 * A tick formatter for values given in `unit` units of `currency` (1e9: the charts plot billions), on an axis whose
 * largest value is `maxValue` (same unit). Zero is written "0".
 */
export function moneyTickFormatter(opts: { currency: string; locale: string; maxValue: number; unit?: number }): (value: number) => string {
  const unit = opts.unit ?? 1e9;
  const scale = axisScale(opts.maxValue * unit, opts.locale);
  const number = new Intl.NumberFormat(opts.locale === "zh" ? "zh-CN" : "en-US", { maximumFractionDigits: 1 });
  const symbol = currencySymbol(opts.currency);
  return (value: number) => {
    if (!Number.isFinite(value)) return "";
    if (value === 0) return "0";
    const sign = value < 0 ? "−" : "";
    return `${sign}${symbol}${number.format(Math.abs(value * unit) / scale.divisor)}${scale.word}`;
  };
}

/** A value label on a bar: the axis's writing, each value in its own scale, with up to two decimals. */
export function moneyValueFormatter(opts: { currency: string; locale: string; unit?: number }): (value: number) => string {
  const unit = opts.unit ?? 1e9;
  const number = new Intl.NumberFormat(opts.locale === "zh" ? "zh-CN" : "en-US", { maximumFractionDigits: 2 });
  const symbol = currencySymbol(opts.currency);
  return (value: number) => {
    const scale = axisScale(value * unit, opts.locale);
    return `${symbol}${number.format((value * unit) / scale.divisor)}${scale.word}`;
  };
}
