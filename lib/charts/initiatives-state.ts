// Public initiatives side by side. In original currencies there is one chart per currency (amounts in different
// currencies are never put on one axis); converted, every bar says which stored rate it used.
import type { InvestmentFigureDto } from "../dto/investment";
import { convert, describeRate, type RateDto } from "./currency";
import { formatFigure, plotValue } from "./money";

export type InitiativeBar = {
  slug: string;
  label: string;
  value: number; // billions of the group's currency
  kind: InvestmentFigureDto["kind"];
  horizon: string;
  stated: string; // as the source states it, in the original currency
  rateNote: string | null;
  sources: string[];
};

export type InitiativeGroup = { currency: string; bars: InitiativeBar[] };

export type InitiativesChart = {
  groups: InitiativeGroup[];
  /** Figures without a number (e.g. "n/a") or without a stored rate for the conversion. */
  notPlotted: { slug: string; label: string; reason: "no-amount" | "no-rate"; detail: string }[];
};

const BILLION = 1e9;

export function buildInitiativesChart(
  figures: InvestmentFigureDto[],
  display: string,
  rates: RateDto[],
  label: (f: InvestmentFigureDto) => string = (f) => f.actorName,
): InitiativesChart {
  const notPlotted: InitiativesChart["notPlotted"] = [];
  const groups = new Map<string, InitiativeBar[]>();
  for (const f of figures.filter((x) => x.category === "PUBLIC_INITIATIVE")) {
    const value = plotValue(f);
    if (value === null || !f.currency) {
      notPlotted.push({ slug: f.slug, label: label(f), reason: "no-amount", detail: f.valueText ?? "n/a" });
      continue;
    }
    let shown = value;
    let currency = f.currency;
    let rateNote: string | null = null;
    if (display !== "original" && display !== f.currency) {
      const c = convert(value, f.currency, display, rates, f.periodStart ?? f.periodEnd);
      if (!c.ok) {
        notPlotted.push({ slug: f.slug, label: label(f), reason: "no-rate", detail: c.missing });
        continue;
      }
      shown = c.value;
      currency = display;
      rateNote = c.rates.map(describeRate).join("; ");
    } else if (display !== "original") {
      currency = display;
    }
    const bar: InitiativeBar = {
      slug: f.slug,
      label: label(f),
      value: Number((shown / BILLION).toFixed(2)),
      kind: f.kind,
      horizon: f.periodLabel,
      stated: formatFigure(f),
      rateNote,
      sources: f.sources.map((s) => s.key),
    };
    groups.set(currency, [...(groups.get(currency) ?? []), bar]);
  }
  return {
    groups: [...groups.entries()]
      .map(([currency, bars]) => ({ currency, bars: bars.sort((a, b) => b.value - a.value) }))
      .sort((a, b) => a.currency.localeCompare(b.currency)),
    notPlotted,
  };
}
