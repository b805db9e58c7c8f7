// Dates shown with the precision the source gives: a year-only date stored as 1 January must read "2017",
// never "1 Jan 2017". Formatting is done by hand (not Intl) so that server and browser output never differ.
export type DatePrecision = "DAY" | "MONTH" | "YEAR";
export type DateLocale = "en" | "zh";

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** A Date (stored as UTC midnight) → "YYYY-MM-DD"; null stays null. */
export function toIsoDate(date: Date | null | undefined): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

/**
 * "2024-05-21" → en "21 May 2024" / zh "2024年5月21日"; MONTH → "May 2024" / "2024年5月"; YEAR → "2024" / "2024年".
 * Anything that is not an ISO date is returned unchanged rather than guessed at.
 */
export function formatDate(iso: string, precision: DatePrecision = "DAY", locale: DateLocale = "en"): string {
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const [, year, monthText, dayText] = match;
  const month = Number(monthText);
  const day = Number(dayText);
  if (month < 1 || month > 12 || day < 1 || day > 31) return iso;
  if (locale === "zh") {
    if (precision === "YEAR") return `${year}年`;
    if (precision === "MONTH") return `${year}年${month}月`;
    return `${year}年${month}月${day}日`;
  }
  if (precision === "YEAR") return year;
  if (precision === "MONTH") return `${MONTHS_EN[month - 1]} ${year}`;
  return `${day} ${MONTHS_EN[month - 1]} ${year}`;
}

/** The machine-readable value for <time dateTime>, cut to the precision actually known ("2017", "2024-05"). */
export function machineDate(iso: string, precision: DatePrecision = "DAY"): string {
  if (!ISO_DATE.test(iso)) return iso;
  if (precision === "YEAR") return iso.slice(0, 4);
  if (precision === "MONTH") return iso.slice(0, 7);
  return iso.slice(0, 10);
}

export function asDateLocale(locale: string): DateLocale {
  return locale === "zh" ? "zh" : "en";
}
