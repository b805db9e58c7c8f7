// Big Tech capex by company and year: picks one comparable figure per company-year and shapes chart rows.
import type { InvestmentFigureDto } from "../dto/investment";
import { plotValue } from "./money";

export type CapexPoint = {
  figureId: string;
  value: number; // billions of the figure's currency (all USD here)
  low: number | null;
  high: number | null;
  kind: "ACTUAL" | "GUIDANCE" | "PLAN" | "ESTIMATE" | "PLEDGE" | "COMMITTED";
  periodLabel: string;
  sources: string[];
};

export type CapexChart = {
  companies: { name: string; fiscalYear: boolean }[];
  years: number[];
  rows: Array<{ year: number } & Record<string, CapexPoint | number>>;
  /** Figures left out of the chart (other bases, superseded guidance), still listed in the table. */
  omitted: { figureId: string; reason: "other-basis" | "superseded-by-actual" }[];
};

const BILLION = 1e9;
const KIND_RANK: Record<string, number> = { ACTUAL: 0, GUIDANCE: 1, PLAN: 2, ESTIMATE: 3, PLEDGE: 4, COMMITTED: 5 };

/** Figures of single companies with a one-year period and a number; group totals and aggregates are other series. */
export function isCompanyCapex(f: InvestmentFigureDto): boolean {
  return f.category === "CORPORATE_CAPEX" && f.actorType === "COMPANY" && f.periodStart !== null && f.periodStart === f.periodEnd && plotValue(f) !== null;
}

/**
 * For each company the most frequent measure is its basis (e.g. Microsoft's cash additions, not the one-off
 * "incl. finance leases" figure), so that years are comparable. Per year, an actual wins over guidance.
 */
export function buildCapexChart(figures: InvestmentFigureDto[]): CapexChart {
  const capex = figures.filter(isCompanyCapex);
  const omitted: CapexChart["omitted"] = [];
  const byCompany = new Map<string, InvestmentFigureDto[]>();
  for (const f of capex) byCompany.set(f.actorName, [...(byCompany.get(f.actorName) ?? []), f]);

  const rowsByYear = new Map<number, { year: number } & Record<string, CapexPoint | number>>();
  const companies: CapexChart["companies"] = [];
  for (const [name, list] of [...byCompany.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const basis = mostFrequent(list.map((f) => f.measure));
    companies.push({ name, fiscalYear: list.some((f) => f.periodType === "FISCAL_YEAR") });
    const perYear = new Map<number, InvestmentFigureDto[]>();
    for (const f of list) {
      if (f.measure !== basis) {
        omitted.push({ figureId: f.id, reason: "other-basis" });
        continue;
      }
      perYear.set(f.periodStart!, [...(perYear.get(f.periodStart!) ?? []), f]);
    }
    for (const [year, candidates] of perYear) {
      const [chosen, ...rest] = [...candidates].sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind]);
      for (const r of rest) omitted.push({ figureId: r.id, reason: "superseded-by-actual" });
      const row = rowsByYear.get(year) ?? { year };
      row[name] = toPoint(chosen);
      rowsByYear.set(year, row);
    }
  }
  const years = [...rowsByYear.keys()].sort((a, b) => a - b);
  return { companies, years, rows: years.map((y) => rowsByYear.get(y)!), omitted };
}

function toPoint(f: InvestmentFigureDto): CapexPoint {
  return {
    figureId: f.id,
    value: plotValue(f)! / BILLION,
    low: f.amountLow !== null ? Number(f.amountLow) / BILLION : null,
    high: f.amountHigh !== null ? Number(f.amountHigh) / BILLION : null,
    kind: f.kind,
    periodLabel: f.periodLabel,
    sources: f.sources.map((s) => s.key),
  };
}

function mostFrequent(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  // Ties go to the measure seen first, so the result does not depend on Map internals.
  return [...counts.entries()].reduce((best, cur) => (cur[1] > best[1] ? cur : best))[0];
}
