// Initiatives announced by or with governments, side by side. In original currencies there is one chart per
// currency (amounts in different currencies are never put on one axis); converted, every bar says which stored
// rate it used and, when that is not the rate of the figure's own period, which period's rate it used instead.
// Private programmes (Stargate, private pledges) are plotted with their funding marked, never as public money.
import type { InvestmentFigureDto } from "../dto/investment";
import { convert, describeRateUse, ratePeriodOf, type RateDto, type RateUse } from "./currency";
import { fundingOf, type FundingKey } from "./figure-style";
import { formatFigure, plotValue } from "./money";

export const INITIATIVE_CATEGORIES = ["PUBLIC_INITIATIVE", "PRIVATE_INITIATIVE"] as const;

export type InitiativeBar = {
  slug: string;
  /** The actor, told apart from its neighbours when one actor has several bars (" · 2025–2030", then the measure). */
  label: string;
  /** The actor as `label` gave it, before any telling apart (exports keep it in their actor column). */
  actor: string;
  value: number; // billions of the group's currency
  kind: InvestmentFigureDto["kind"];
  kindNote: string | null;
  funding: FundingKey;
  horizon: string;
  stated: string; // as the source states it, in the original currency
  /** English description of the rates used (kept for the decks); `rateUses` to word it in another language. */
  rateNote: string | null;
  rateUses: RateUse[];
  sources: string[];
};

export type InitiativeGroup = { currency: string; bars: InitiativeBar[] };

export type InitiativesChart = {
  groups: InitiativeGroup[];
  /** Figures without a number (e.g. "n/a") or without a stored rate for the conversion. */
  notPlotted: { slug: string; label: string; reason: "no-amount" | "no-rate"; detail: string }[];
};

const BILLION = 1e9;

export function isInitiative(f: Pick<InvestmentFigureDto, "category">): boolean {
  return (INITIATIVE_CATEGORIES as readonly string[]).includes(f.category);
}

export function buildInitiativesChart(
  figures: InvestmentFigureDto[],
  display: string,
  rates: RateDto[],
  /** The page's language: the scale words of each bar's stated figure ("$500bn", "$5,000亿"). */
  locale: string,
  label: (f: InvestmentFigureDto) => string = (f) => f.actorName,
): InitiativesChart {
  const notPlotted: InitiativesChart["notPlotted"] = [];
  const groups = new Map<string, InitiativeBar[]>();
  const measures = new Map<string, string>();
  for (const f of figures.filter(isInitiative)) {
    const value = plotValue(f);
    if (value === null || !f.currency) {
      notPlotted.push({ slug: f.slug, label: label(f), reason: "no-amount", detail: f.valueText ?? "n/a" });
      continue;
    }
    let shown = value;
    let currency = f.currency;
    let rateUses: RateUse[] = [];
    if (display !== "original" && display !== f.currency) {
      const c = convert(value, f.currency, display, rates, ratePeriodOf(f));
      if (!c.ok) {
        notPlotted.push({ slug: f.slug, label: label(f), reason: "no-rate", detail: c.missing });
        continue;
      }
      shown = c.value;
      currency = display;
      rateUses = c.uses;
    } else if (display !== "original") {
      currency = display;
    }
    const bar: InitiativeBar = {
      slug: f.slug,
      label: label(f),
      actor: label(f),
      value: Number((shown / BILLION).toFixed(2)),
      kind: f.kind,
      kindNote: f.kindNote,
      funding: fundingOf(f),
      horizon: f.periodLabel,
      stated: formatFigure(f, locale),
      rateNote: rateUses.length ? rateUses.map((u) => describeRateUse(u)).join("; ") : null,
      rateUses,
      sources: f.sources.map((s) => s.key),
    };
    measures.set(f.slug, f.measure);
    groups.set(currency, [...(groups.get(currency) ?? []), bar]);
  }
  return {
    groups: [...groups.entries()]
      .map(([currency, bars]) => ({
        currency,
        bars: distinctLabels(
          bars.sort((a, b) => b.value - a.value),
          measures,
        ),
      }))
      .sort((a, b) => a.currency.localeCompare(b.currency)),
    notPlotted,
  };
}

/**
 * Two bars of one chart never carry the same label (two "United Kingdom" programmes): a repeated label gets the
 * bar's period, and when that still repeats, its measure (the initiative's name), then its position.
 */
export function distinctLabels(bars: InitiativeBar[], measures: Map<string, string>): InitiativeBar[] {
  const repeated = (list: InitiativeBar[]) => {
    const counts = new Map<string, number>();
    for (const b of list) counts.set(b.label, (counts.get(b.label) ?? 0) + 1);
    return (b: InitiativeBar) => (counts.get(b.label) ?? 0) > 1;
  };
  let out = bars;
  const steps: ((b: InitiativeBar, i: number) => string | undefined)[] = [(b) => b.horizon, (b) => measures.get(b.slug), (_b, i) => `#${i + 1}`];
  for (const step of steps) {
    const dup = repeated(out);
    if (!out.some(dup)) break;
    out = out.map((b, i) => {
      const extra = step(b, i);
      return dup(b) && extra ? { ...b, label: `${b.label} · ${extra}` } : b;
    });
  }
  return out;
}
