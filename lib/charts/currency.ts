// Currency conversion with stored rates only. A rate is quoted either as currency units per US dollar
// (CNY, JPY, KRW) or as US dollars per unit (EUR, GBP), the way the source publishes it; nothing is rounded
// or inverted in storage.
export type RateDto = {
  currency: string;
  period: string; // e.g. "2023" (annual average)
  rate: string; // exact decimal as published
  usdPerUnit: boolean;
  sourceKey: string;
};

export type Conversion =
  | { ok: true; value: number; rates: RateDto[] }
  | { ok: false; missing: string };

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
  if (from === to) return { ok: true, value: amount, rates: [] };
  const used: RateDto[] = [];
  let usd = amount;
  if (from !== "USD") {
    const r = pickRate(rates, from, year);
    if (!r) return { ok: false, missing: from };
    usd = toUsd(amount, r);
    used.push(r);
  }
  if (to === "USD") return { ok: true, value: usd, rates: used };
  const r = pickRate(rates, to, year);
  if (!r) return { ok: false, missing: to };
  used.push(r);
  return { ok: true, value: fromUsd(usd, r), rates: used };
}

/** "1 USD = 7.0809 CNY (2023 avg., X1)" / "1 EUR = 1.0817 USD (2023 avg., X1)" */
export function describeRate(r: RateDto): string {
  return r.usdPerUnit
    ? `1 ${r.currency} = ${r.rate} USD (${r.period} avg., ${r.sourceKey})`
    : `1 USD = ${r.rate} ${r.currency} (${r.period} avg., ${r.sourceKey})`;
}
