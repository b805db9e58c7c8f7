// Private AI investment by country and year (Stanford AI Index aggregates). Only country-level private-investment
// aggregates are plotted; world totals and corporate aggregates measure other things and are listed apart.
import type { InvestmentFigureDto } from "../dto/investment";
import { plotValue } from "./money";

export type PrivateChart = {
  countries: string[];
  years: number[];
  rows: Array<{ year: number } & Record<string, number | null>>;
  /** Aggregates that are not comparable with the country series (world totals, corporate investment). */
  separate: InvestmentFigureDto[];
  sourcesByPoint: Record<string, string[]>; // "<country>|<year>" → source keys
};

export function isCountryPrivateAggregate(f: InvestmentFigureDto): boolean {
  return (
    f.category === "PRIVATE_INVESTMENT_AGGREGATE" &&
    f.jurisdictionCode !== null &&
    f.currency === "USD" &&
    f.periodStart !== null &&
    f.periodStart === f.periodEnd &&
    plotValue(f) !== null
  );
}

export function buildPrivateChart(figures: InvestmentFigureDto[]): PrivateChart {
  const points = figures.filter(isCountryPrivateAggregate);
  const separate = figures.filter(
    (f) => (f.category === "PRIVATE_INVESTMENT_AGGREGATE" || f.category === "CORPORATE_INVESTMENT_AGGREGATE") && !isCountryPrivateAggregate(f),
  );
  const countries = [...new Set(points.map((f) => f.actorName))];
  // Largest latest value first, so the legend reads like the chart.
  const latest = (c: string) => Math.max(...points.filter((p) => p.actorName === c).map((p) => plotValue(p)!));
  countries.sort((a, b) => latest(b) - latest(a) || a.localeCompare(b));
  const years = [...new Set(points.map((f) => f.periodStart!))].sort((a, b) => a - b);
  const sourcesByPoint: PrivateChart["sourcesByPoint"] = {};
  const rows = years.map((year) => {
    const row: { year: number } & Record<string, number | null> = { year };
    for (const c of countries) {
      const match = points.filter((p) => p.actorName === c && p.periodStart === year);
      // One figure per country-year is expected; if curators add a second, the actual (else the first) is shown.
      const chosen = match.find((m) => m.kind === "ACTUAL") ?? match[0];
      row[c] = chosen ? Number((plotValue(chosen)! / 1e9).toFixed(2)) : null;
      if (chosen) sourcesByPoint[`${c}|${year}`] = chosen.sources.map((s) => s.key);
    }
    return row;
  });
  return { countries, years, rows, separate, sourcesByPoint };
}
