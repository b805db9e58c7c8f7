// Currency conversion with stored rates only. A rate is quoted either as currency units per US dollar
// (CNY, JPY, KRW) or as US dollars per unit (EUR, GBP), the way the source publishes it; nothing is rounded
// or inverted in storage.
import type { SourceRef } from "../dto/investment";
export type RateDto = {
  currency: string;
  period: string; // e.g. "2023" (annual average)
  rate: string; // exact decimal as published
  usdPerUnit: boolean;
  sourceKey: string;
  /** The rate's source written out (title, publisher, date), for exports. */
  source?: SourceRef;
};

/** A rate used for a conversion, and the period the figure needed (null: the figure gives no year). */
export type RateUse = { rate: RateDto; wanted: string | null; exact: boolean };

export type Conversion = { ok: true; value: number; rates: RateDto[]; uses: RateUse[] } | { ok: false; missing: string };

/**
 * The year whose rate converts a figure: a one-year figure's own year; for a multi-year figure, the year it was
 * stated in (its report date), else its first year, else its last.
 */
export function ratePeriodOf(f: { periodStart: number | null; periodEnd: number | null; reportedOn: string | null }): number | null {
  if (f.periodStart !== null && f.periodStart === f.periodEnd) return f.periodStart;
  if (f.reportedOn) return Number(f.reportedOn.slice(0, 4));
  return f.periodStart ?? f.periodEnd;
}

/** The rate for `currency` in `year` if stored, else the most recent stored period (the chart says which). */
export function pickRate(rates: RateDto[], currency: string, year: number | null): RateDto | null {
  const candidates = rates.filter((r) => r.currency === currency).sort((a, b) => b.period.localeCompare(a.period));
  if (candidates.length === 0) return null;
  return candidates.find((r) => year !== null && r.period === String(year)) ?? candidates[0];
}

function toUsd(amount: number, rate: RateDto): number {
  const r = Number(rate.rate);
  return rate.usdPerUnit ? amount * r : amount / r;
}

function fromUsd(amountUsd: number, rate: RateDto): number {
  const r = Number(rate.rate);
  return rate.usdPerUnit ? amountUsd / r : amountUsd * r;
}

export function convert(amount: number, from: string, to: string, rates: RateDto[], year: number | null): Conversion {
  if (from === to) return { ok: true, value: amount, rates: [], uses: [] };
  const used: RateDto[] = [];
  const uses = () => used.map((rate) => ({ rate, wanted: year === null ? null : String(year), exact: year !== null && rate.period === String(year) }));
  let usd = amount;
  if (from !== "USD") {
    const r = pickRate(rates, from, year);
    if (!r) return { ok: false, missing: from };
    usd = toUsd(amount, r);
    used.push(r);
  }
  if (to === "USD") return { ok: true, value: usd, rates: used, uses: uses() };
  const r = pickRate(rates, to, year);
  if (!r) return { ok: false, missing: to };
  used.push(r);
  return { ok: true, value: fromUsd(usd, r), rates: used, uses: uses() };
}

/** "1 USD = 7.0809 CNY (2023 avg., X1)" / "1 EUR = 1.0817 USD (2023 avg., X1)" */
export function describeRate(r: RateDto, average: (period: string) => string = (p) => `${p} avg.`): string {
  return r.usdPerUnit
    ? `1 ${r.currency} = ${r.rate} USD (${average(r.period)}, ${r.sourceKey})`
    : `1 USD = ${r.rate} ${r.currency} (${average(r.period)}, ${r.sourceKey})`;
}

export type RateUseLabels = {
  average: (period: string) => string;
  /** "no 2025 rate stored; the 2023 rate is used" */
  fallback: (wanted: string, used: string) => string;
  /** "the figure gives no year; the 2023 rate is used" */
  noYear: (used: string) => string;
};

const ENGLISH: RateUseLabels = {
  average: (p) => `${p} avg.`,
  fallback: (wanted, used) => `no ${wanted} rate stored; ${used} rate used`,
  noYear: (used) => `no year stated; ${used} rate used`,
};

/** A rate as used for one figure, saying when it is not the rate of the figure's own period. */
export function describeRateUse(u: RateUse, l: RateUseLabels = ENGLISH): string {
  const base = describeRate(u.rate, l.average);
  if (u.exact) return base;
  return `${base} — ${u.wanted === null ? l.noYear(u.rate.period) : l.fallback(u.wanted, u.rate.period)}`;
}
