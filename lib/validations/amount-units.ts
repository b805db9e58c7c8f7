// Amounts are stored as exact decimals in full units ("200000000000"); curators type them with a unit
// ("200" + billion). The conversion shifts the decimal point in the string, so no floating point touches the
// stored value. The preview is formatted with Intl in the reader's language and the figure's currency.

export const AMOUNT_UNITS = ["1", "1000000", "1000000000", "1000000000000"] as const;
export type AmountUnit = (typeof AMOUNT_UNITS)[number];
const ZEROS: Record<AmountUnit, number> = { "1": 0, "1000000": 6, "1000000000": 9, "1000000000000": 12 };

const NUMBER = /^(\d+)(?:\.(\d+))?$/;

/** "200" × billion → "200000000000"; "2.5" × trillion → "2500000000000"; null when the text is not a plain number. */
export function toFullUnits(text: string, unit: AmountUnit): string | null {
  const m = NUMBER.exec(text.trim());
  if (!m) return null;
  const zeros = ZEROS[unit];
  const frac = m[2] ?? "";
  const digits = m[1] + frac;
  const point = m[1].length + zeros; // position of the decimal point in `digits` after the shift
  const padded = digits.padEnd(point, "0");
  let int = padded.slice(0, point).replace(/^0+(?=\d)/, "");
  const rest = padded.slice(point).replace(/0+$/, "");
  if (int === "") int = "0";
  return rest ? `${int}.${rest}` : int;
}

/** The inverse: "200000000000" → "200" in billions. */
export function fromFullUnits(full: string, unit: AmountUnit): string | null {
  const m = NUMBER.exec(full.trim());
  if (!m) return null;
  const zeros = ZEROS[unit];
  const int = m[1].replace(/^0+(?=\d)/, "").padStart(zeros + 1, "0");
  const head = int.slice(0, int.length - zeros).replace(/^0+(?=\d)/, "");
  const tail = (int.slice(int.length - zeros) + (m[2] ?? "")).replace(/0+$/, "");
  return tail ? `${head}.${tail}` : head;
}

/**
 * How to show a stored amount for editing: the largest unit in which it is at least 1 and has at most three
 * decimals ("28100000000" → "28.1" billion, "1500000" → "1.5" million, "12345" → as written).
 */
export function bestUnit(full: string): { text: string; unit: AmountUnit } {
  for (const unit of [...AMOUNT_UNITS].reverse()) {
    if (unit === "1") break;
    const text = fromFullUnits(full, unit);
    if (text === null) break;
    const [int, frac = ""] = text.split(".");
    if (int !== "0" && frac.length <= 3) return { text, unit };
  }
  return { text: full.trim(), unit: "1" };
}

/** The currency's symbol as Intl writes it in `locale` ("€", "$", "CN¥"), or the code when Intl knows none. */
function symbolOf(currency: string, locale: string): string {
  const parts = new Intl.NumberFormat(locale, { style: "currency", currency }).formatToParts(1);
  return parts.find((p) => p.type === "currency")?.value ?? currency;
}

export function isCurrencyCode(code: string | null | undefined): code is string {
  if (!code || !/^[A-Z]{3}$/.test(code)) return false;
  try {
    new Intl.NumberFormat("en", { style: "currency", currency: code });
    return true;
  } catch {
    return false;
  }
}

/**
 * The amount as a reader would say it: "€200 billion" in English, "2000亿欧元" in Chinese (Intl's compact
 * notation in the reader's language), and the exact full value ("€200,000,000,000"). Without a valid currency
 * the number alone.
 */
export function amountPreview(full: string, currency: string | null | undefined, locale: string): { compact: string; exact: string } | null {
  if (!NUMBER.test(full.trim())) return null;
  const value = Number(full);
  if (!Number.isFinite(value) || value <= 0) return null;
  const lang = locale === "zh" ? "zh-CN" : "en";
  const code = currency?.trim().toUpperCase();
  const compactNumber = new Intl.NumberFormat(lang, { notation: "compact", compactDisplay: "long", maximumFractionDigits: 3 });
  const frac = full.trim().split(".")[1] ?? "";
  const exactDigits = Math.min(frac.replace(/0+$/, "").length, 6);
  if (!isCurrencyCode(code)) {
    return { compact: compactNumber.format(value), exact: new Intl.NumberFormat(lang, { maximumFractionDigits: exactDigits }).format(value) };
  }
  const compact =
    lang === "en"
      ? `${symbolOf(code, lang)}${compactNumber.format(value)}`
      : new Intl.NumberFormat(lang, {
          style: "currency",
          currency: code,
          currencyDisplay: "name",
          notation: "compact",
          minimumFractionDigits: 0,
          maximumFractionDigits: 3,
        }).format(value);
  const exact = new Intl.NumberFormat(lang, { style: "currency", currency: code, minimumFractionDigits: 0, maximumFractionDigits: exactDigits }).format(value);
  return { compact, exact };
}
