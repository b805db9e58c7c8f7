// What a chart's "as of" line may honestly say: the newest date of the information it shows (when a figure was
// reported, else the period it covers) and when its figures were last checked against their sources. Never the
// time the database was loaded or last written.
import type { InvestmentFigureDto } from "../dto/investment";

export type AsOf = {
  /** "2025-05-12" (a report date) or "2026" (only a period is known); null when no figure says. */
  newest: string | null;
  /** Earliest and latest lastCheckedOn among the figures; null when none is recorded. */
  checkedFrom: string | null;
  checkedTo: string | null;
  /** Figures whose last check is not recorded. */
  notRecorded: number;
  total: number;
};

type Dated = Pick<InvestmentFigureDto, "reportedOn" | "periodStart" | "periodEnd" | "lastCheckedOn">;

/**
 * The date a figure's information carries: its report date; else the year of a one-year figure; else the first
 * year of a multi-year one (the end of a programme's horizon, e.g. 2027, is not when the information dates from).
 */
export function informationDate(f: Dated): string | null {
  if (f.reportedOn) return f.reportedOn;
  const year = f.periodStart ?? f.periodEnd;
  return year === null ? null : String(year);
}

/** Year first, then the more precise date: "2026" is newer than "2025-05-12", "2025-05-12" newer than "2025". */
function newer(a: string, b: string): boolean {
  const ya = Number(a.slice(0, 4));
  const yb = Number(b.slice(0, 4));
  return ya !== yb ? ya > yb : a > b;
}

export function figuresAsOf(figures: Dated[]): AsOf {
  let newest: string | null = null;
  let checkedFrom: string | null = null;
  let checkedTo: string | null = null;
  let notRecorded = 0;
  for (const f of figures) {
    const d = informationDate(f);
    if (d && (newest === null || newer(d, newest))) newest = d;
    if (!f.lastCheckedOn) notRecorded += 1;
    else {
      if (checkedFrom === null || f.lastCheckedOn < checkedFrom) checkedFrom = f.lastCheckedOn;
      if (checkedTo === null || f.lastCheckedOn > checkedTo) checkedTo = f.lastCheckedOn;
    }
  }
  return { newest, checkedFrom, checkedTo, notRecorded, total: figures.length };
}

export type AsOfLabels = {
  /** "Newest information: {date}" */
  newest: (date: string) => string;
  /** "Last checked: {dates}" */
  checked: (dates: string) => string;
  notRecorded: string;
  /** "{count} of {total} not recorded" */
  partlyRecorded: (count: number, total: number) => string;
  unknown: string;
};

/** "Newest information: 2025-05-12 · Last checked: 2026-12-01–2026-12-04 (2 of 9 not recorded)" */
export function asOfLine(a: AsOf, l: AsOfLabels): string {
  const checked =
    a.checkedFrom === null
      ? l.notRecorded
      : `${a.checkedFrom === a.checkedTo ? a.checkedFrom : `${a.checkedFrom}–${a.checkedTo}`}${a.notRecorded > 0 ? ` (${l.partlyRecorded(a.notRecorded, a.total)})` : ""}`;
  return `${l.newest(a.newest ?? l.unknown)} · ${l.checked(checked)}`;
}
