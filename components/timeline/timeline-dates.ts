// The one date format of the timeline page (labels, table, tooltips, the as-of line and the "today" line): next-intl's
// formatter over Intl, in UTC (dates are calendar days), at the precision the source gives. English reads
// day-month-year ("21 May 2024", as on the rest of the site), Chinese "2024年5月21日".
import { createFormatter } from "next-intl";
import type { DateLocale, DatePrecision } from "@/lib/format/dates";

const INTL_LOCALE: Record<DateLocale, string> = { en: "en-GB", zh: "zh-CN" };

export function timelineDateFormat(locale: DateLocale): (iso: string, precision?: DatePrecision) => string {
  const format = createFormatter({ locale: INTL_LOCALE[locale], timeZone: "UTC" });
  const month = "short";
  return (iso, precision = "DAY") => {
    const date = /^\d{4}-\d{2}-\d{2}/.test(iso) ? new Date(`${iso.slice(0, 10)}T00:00:00Z`) : null;
    // Anything that is not an ISO date is shown as it is rather than guessed at.
    if (!date || Number.isNaN(date.getTime())) return iso;
    if (precision === "YEAR") return format.dateTime(date, { year: "numeric" });
    if (precision === "MONTH") return format.dateTime(date, { year: "numeric", month });
    return format.dateTime(date, { year: "numeric", month, day: "numeric" });
  };
}
