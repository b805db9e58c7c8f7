// Shared zod building blocks for the curation forms (client and server use the same schemas).
import { z } from "zod";
import { CONFIDENCE, DATE_PRECISION, FUNDING } from "../curation/enums";

// No eval: zod 4 probes `new Function` to compile parsers, which the Content-Security-Policy (no 'unsafe-eval')
// refuses and reports as a violation in the browser. The interpreted parser is fast enough for forms.
z.config({ jitless: true });

export const text = (max: number) => z.string({ error: "required" }).trim().min(1, "required").max(max, "tooLong");

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

export const slug = z
  .string({ error: "required" })
  .trim()
  .min(2, "tooShort")
  .max(120, "tooLong")
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "slug");

/** A country, bloc or INT code, or a sub-national one under its country's code (US-CA). */
export const JURISDICTION_CODE = /^[A-Z]{2,5}(-[A-Z]{2,3})?$/;

export const jurisdictionCode = z.string({ error: "required" }).trim().toUpperCase().regex(JURISDICTION_CODE, "jurisdictionCode");

export const sourceKey = z
  .string({ error: "required" })
  .trim()
  .regex(/^[A-Z]{1,3}\d{0,4}$/, "sourceKey");

export const sourceKeys = (min: number) =>
  z
    .array(sourceKey, { error: "chooseSources" })
    .max(30, "tooManySources")
    .refine((keys) => new Set(keys).size === keys.length, "sourceTwice")
    .refine((keys) => keys.length >= min, { message: min === 1 ? "citeOne" : "citeMany", params: { min } });

/** "YYYY-MM-DD" between 1900 and 2100 (a real calendar date). */
export const isoDate = z
  .string({ error: "required" })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "dateFormat")
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }, "notRealDate")
  .refine((v) => v >= "1900-01-01" && v <= "2100-12-31", "dateRange");

/** A field the form may leave empty: "", null or missing all mean "no value" (null). */
export function blankable<T extends z.ZodType>(schema: T) {
  return z
    .union([z.literal(""), z.null(), schema])
    .optional()
    .transform((v) => (v === "" || v === undefined || v === null ? null : (v as z.output<T>)));
}

export const optionalDate = blankable(isoDate);

export const year = z.coerce.number({ error: "year" }).int("wholeYear").min(1990, "from").max(2100, "upTo");

export const optionalYear = blankable(year);

/**
 * SQLite keeps Decimal columns as 8-byte floating point, which holds any decimal of up to 15 significant digits
 * exactly and no more (28100000000.123456 came back as …123455). PostgreSQL's numeric would keep more, but the
 * same rule applies on both so that data moves between them unchanged.
 */
export const MAX_EXACT_DIGITS = 15;
export function significantDigits(decimal: string): number {
  const [int, frac = ""] = decimal.split(".");
  const digits = (int + frac.replace(/0+$/, "")).replace(/^0+/, "");
  // Trailing zeros of a whole number are exact in floating point (28100000000 is 281 × 10^8).
  return (frac.replace(/0+$/, "") ? digits : digits.replace(/0+$/, "")).length;
}

/** Exact decimal amount as a string: positive, at most 1e16 (no currency has bigger AI figures). */
export const decimalAmount = z
  .string()
  .trim()
  .regex(/^\d{1,17}(\.\d{1,6})?$/, "decimal")
  .refine((v) => Number(v) > 0, "positive")
  .refine((v) => Number(v) <= 1e16, "tooLarge")
  .refine((v) => significantDigits(v) <= MAX_EXACT_DIGITS, { message: "digits", params: { max: MAX_EXACT_DIGITS } });

export const optionalDecimal = blankable(decimalAmount);

const FALLBACK_CURRENCIES = ["AED", "CNY", "EUR", "GBP", "JPY", "KRW", "SAR", "USD"];
export const CURRENCIES: string[] = (() => {
  try {
    return (Intl as unknown as { supportedValuesOf(k: string): string[] }).supportedValuesOf("currency");
  } catch {
    return FALLBACK_CURRENCIES;
  }
})();

export const currencyCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine((c) => CURRENCIES.includes(c), "currency");

export const confidence = z.enum(CONFIDENCE, { error: "confidence" });
export const precision = z.enum(DATE_PRECISION);
export const funding = z.enum(FUNDING, { error: "funding" });
export const codeList = z
  .string()
  .trim()
  .max(100, "tooLong")
  .optional()
  .nullable()
  .transform((v) =>
    (v ?? "")
      .toUpperCase()
      .split(/[\s,]+/)
      .filter(Boolean),
  )
  .refine((codes) => codes.every((c) => JURISDICTION_CODE.test(c)), "codeList")
  .transform((codes) => codes.join(","));

/** Today as "YYYY-MM-DD" in the local time zone (the curator's "today" in the browser). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * When a curator last checked a record: a real date, not in the future. One day of slack over UTC's today, so
 * that a curator east of UTC can enter their own today.
 */
export const lastCheckedDate = blankable(isoDate.refine((v) => v <= new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10), "future"));
