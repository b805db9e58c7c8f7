// One jurisdiction's investment figures (its page's figures-over-time chart), as a table slide: amounts in
// different currencies, kinds or measures share no axis, so each figure is a row with its amount written in its
// own currency, never converted or added up. Whose money (public, private, mixed) is said in words, in a column
// and in the caveat; a table has no colours, so the slide has no colour key.
import { FUNDING_ORDER, fundingOf, type FundingKey } from "../../charts/figure-style";
import type { SlideData } from "../../dto/decks";
import type { InvestmentFigureDto } from "../../dto/investment";
import { sourceLines, type SourceTitles } from "./sources";

export type JurisdictionFiguresLabels = {
  title: string;
  subtitle: string;
  columns: { actor: string; measure: string; period: string; kind: string; funding: string; value: string; sources: string };
  /** "Pledge", with the figure's own kind note. */
  kind: (f: InvestmentFigureDto) => string;
  funding: (key: FundingKey) => string;
  /** The amount as stated, in its own currency ("€200bn"). */
  value: (f: InvestmentFigureDto) => string;
  /** The caveat, given the currencies shown and "Public money: 3" counts. */
  caveat: (currencies: string[], funding: { label: string; count: number }[]) => string;
  lastChecked: string;
};

const sortKey = (f: InvestmentFigureDto) => f.periodStart ?? f.periodEnd ?? Number.MAX_SAFE_INTEGER;

/** `figures` are already in the reader's language (localizeFigure). */
export function jurisdictionFiguresSlideData(figures: InvestmentFigureDto[], asOf: string, l: JurisdictionFiguresLabels): SlideData | null {
  if (figures.length === 0) return null;
  // Grouped by currency, then actor and measure (the web chart's rows), then by period.
  const sorted = [...figures].sort(
    (a, b) =>
      (a.currency ?? "~").localeCompare(b.currency ?? "~") ||
      a.actorName.localeCompare(b.actorName) ||
      a.measure.localeCompare(b.measure) ||
      sortKey(a) - sortKey(b) ||
      a.slug.localeCompare(b.slug),
  );
  const currencies = [...new Set(sorted.map((f) => f.currency).filter((c): c is string => Boolean(c)))];
  const counts = new Map<FundingKey, number>();
  for (const f of sorted) counts.set(fundingOf(f), (counts.get(fundingOf(f)) ?? 0) + 1);
  const shown = FUNDING_ORDER.filter((k) => counts.has(k));
  const titles: SourceTitles = new Map(sorted.flatMap((f) => f.sources.map((s) => [s.key, s.title] as const)));
  return {
    title: l.title,
    subtitle: l.subtitle,
    unit: "",
    chartType: "table",
    categories: [],
    series: [],
    table: {
      columns: [l.columns.actor, l.columns.measure, l.columns.period, l.columns.kind, l.columns.funding, l.columns.value, l.columns.sources],
      rows: sorted.map((f) => [
        f.actorName,
        f.measure,
        f.periodLabel || "–",
        l.kind(f),
        l.funding(fundingOf(f)),
        l.value(f),
        f.sources.map((s) => s.key).join(", ") || "–",
      ]),
    },
    sources: sourceLines(titles.keys(), titles),
    asOf,
    lastChecked: l.lastChecked,
    caveat: l.caveat(
      currencies,
      shown.map((k) => ({ label: l.funding(k), count: counts.get(k)! })),
    ),
  };
}
