// The investment page's "All matching figures" table and its CSV / JSON download: one row per figure, as the source
// states it (original currency), and beside it, when a display currency is chosen, the same figure converted with
// a stored rate (which one is named). Rows are listed one by one: nothing is added up.
import type { InvestmentFigureDto } from "../dto/investment";
import { convert, describeRateUse, ratePeriodOf, type RateDto, type RateUseLabels } from "./currency";
import { fundingLabel, fundingOf, kindText } from "./figure-labels";
import { isInitiative } from "./initiatives-state";
import { formatFigure } from "./money";

export type Converted =
  /** The figure in the display currency, and the rates used ("" when it already is in that currency). */
  | { state: "converted"; text: string; rate: string }
  /** No stored rate for the figure's currency (or the display currency). */
  | { state: "no-rate"; currency: string }
  /** The figure gives no number (e.g. "n/a"), so there is nothing to convert. */
  | { state: "no-amount" };

/** `f` in `display` ("original": no conversion, null). Every bound of a range is converted with the same rate. */
export function convertFigure(f: InvestmentFigureDto, display: string, rates: RateDto[], locale: string, labels?: RateUseLabels): Converted | null {
  if (display === "original") return null;
  if (!f.currency || (f.amount === null && (f.amountLow === null || f.amountHigh === null))) return { state: "no-amount" };
  if (f.currency === display) return { state: "converted", text: formatFigure(f, locale), rate: "" };
  const year = ratePeriodOf(f);
  const one = (v: string | null) => (v === null ? null : convert(Number(v), f.currency!, display, rates, year));
  const [amount, low, high] = [one(f.amount), one(f.amountLow), one(f.amountHigh)];
  const failed = [amount, low, high].find((c) => c && !c.ok);
  if (failed && !failed.ok) return { state: "no-rate", currency: failed.missing };
  const value = (c: typeof amount) => (c && c.ok ? String(c.value) : null);
  const uses = (amount ?? low)!;
  return {
    state: "converted",
    text: `≈ ${formatFigure({ ...f, currency: display, amount: value(amount), amountLow: value(low), amountHigh: value(high) }, locale)}`,
    rate: uses.ok ? uses.uses.map((u) => describeRateUse(u, labels)).join("; ") : "",
  };
}

export type TableLabels = {
  category: (c: string) => string;
  confidence: (c: string) => string;
  rate: RateUseLabels;
  noRate: (currency: string) => string;
  noAmount: string;
};

/** One table row as text: the page's cells and the download's fields are the same values. */
export function figureTableRow(f: InvestmentFigureDto, display: string, rates: RateDto[], locale: string, l: TableLabels) {
  const c = convertFigure(f, display, rates, locale, l.rate);
  return {
    slug: f.slug,
    actor: f.actorName,
    category: l.category(f.category),
    measure: f.measure,
    /** As the source states it, in its own currency. */
    value: formatFigure(f, locale),
    currency: f.currency ?? "",
    amount: f.amount,
    amountLow: f.amountLow,
    amountHigh: f.amountHigh,
    converted: c === null ? null : c.state === "converted" ? c.text : c.state === "no-rate" ? l.noRate(c.currency) : l.noAmount,
    rate: c?.state === "converted" ? c.rate || null : null,
    period: f.periodLabel,
    kind: kindText(f, locale),
    funding: isInitiative(f) ? fundingLabel(fundingOf(f), locale) : "–",
    confidence: l.confidence(f.confidence),
    flagged: f.flaggedClaimSlugs.length > 0,
    sources: f.sources.map((s) => s.key),
  };
}

export type FigureTableRow = ReturnType<typeof figureTableRow>;
