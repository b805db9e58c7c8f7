import type { CapexChart, CapexPoint } from "./capex-state";

/** The largest plotted point, for the chart's one-sentence summary. */
export function capexMaximum(chart: CapexChart): { company: string; year: number; value: number } | null {
  let best: { company: string; year: number; value: number } | null = null;
  for (const row of chart.rows) {
    for (const c of chart.companies) {
      const p = row[c.name] as CapexPoint | undefined;
      if (p && (!best || p.value > best.value)) best = { company: c.name, year: row.year, value: p.value };
    }
  }
  return best;
}
