// A jurisdiction's investment figures over time, one row per series (actor, measure, currency), each figure a
// mark at its period. Amounts stay in their own currency and are written beside the mark, never put on a shared
// axis or added up: figures in different currencies, kinds (spent vs pledged) or measures are not comparable.
import type { InvestmentFigureDto } from "@/lib/dto/investment";
import { fundingOf, type FundingKey } from "@/lib/charts/figure-style";

export type TimelineMark = { figure: InvestmentFigureDto; from: number; to: number; funding: FundingKey; stack: number };
export type FigureSeries = { key: string; actorName: string; measure: string; currency: string | null; marks: TimelineMark[]; stacks: number };

export type FigureTimeline = {
  /** First and last year drawn (inclusive); null when no figure has a period. */
  years: { from: number; to: number } | null;
  series: FigureSeries[];
  /** Figures without a stated period: listed in the table, not drawn. */
  undated: InvestmentFigureDto[];
  currencies: string[];
};

const seriesKey = (f: InvestmentFigureDto) => [f.currency ?? "", f.actorName, f.measure].join("|");

/** `gap`: years kept free after a mark in its lane (1 when the year columns are too narrow for an amount label). */
export function buildFigureTimeline(figures: InvestmentFigureDto[], gap = 0): FigureTimeline {
  const dated = figures.filter((f) => f.periodStart !== null || f.periodEnd !== null);
  const undated = figures.filter((f) => f.periodStart === null && f.periodEnd === null);
  const bySeries = new Map<string, InvestmentFigureDto[]>();
  for (const f of dated) bySeries.set(seriesKey(f), [...(bySeries.get(seriesKey(f)) ?? []), f]);
  const series = [...bySeries.entries()]
    .map(([key, list]) => {
      const marks: TimelineMark[] = [];
      for (const f of [...list].sort((a, b) => (a.periodStart ?? a.periodEnd!) - (b.periodStart ?? b.periodEnd!) || a.slug.localeCompare(b.slug))) {
        const from = f.periodStart ?? f.periodEnd!;
        const to = Math.max(from, f.periodEnd ?? from);
        // Marks whose periods overlap (or come closer than `gap`) in one row are drawn one above the other.
        let stack = 0;
        while (marks.some((m) => m.stack === stack && m.from <= to + gap && from <= m.to + gap)) stack++;
        marks.push({ figure: f, from, to, funding: fundingOf(f), stack });
      }
      return {
        key,
        actorName: list[0].actorName,
        measure: list[0].measure,
        currency: list[0].currency,
        marks,
        stacks: Math.max(...marks.map((m) => m.stack)) + 1,
      };
    })
    .sort((a, b) => (a.currency ?? "~").localeCompare(b.currency ?? "~") || a.actorName.localeCompare(b.actorName) || a.measure.localeCompare(b.measure));
  const starts = series.flatMap((s) => s.marks.map((m) => m.from));
  const ends = series.flatMap((s) => s.marks.map((m) => m.to));
  return {
    years: starts.length ? { from: Math.min(...starts), to: Math.max(...ends) } : null,
    series,
    undated,
    currencies: [...new Set(figures.map((f) => f.currency).filter((c): c is string => Boolean(c)))].sort(),
  };
}

/** Years from the first to the last stated period year (0 when none). */
export function yearSpan(figures: InvestmentFigureDto[]): number {
  const years = figures.flatMap((f) => [f.periodStart, f.periodEnd]).filter((y): y is number => y !== null);
  return years.length ? Math.max(...years) - Math.min(...years) + 1 : 0;
}
