// The one date format of the timeline page (labels, table, tooltips, the as-of line and the "today" line): the same
// formatter as every other page (lib/format/dates.ts), at the precision the source gives. English reads
// day-month-year ("21 Sep 2024"), Chinese "2024年9月21日". Intl is not used: its English month abbreviations change
// between ICU versions ("Sept" in recent en-GB data, "Sep" elsewhere), and a page must not mix the two.
import { formatDate, type DateLocale, type DatePrecision } from "@/lib/format/dates";

export function timelineDateFormat(locale: DateLocale): (iso: string, precision?: DatePrecision) => string {
  return (iso, precision = "DAY") => formatDate(iso, precision, locale);
}
