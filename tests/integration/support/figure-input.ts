// The form values of a valid investment figure, as the curation engine and its HTTP API take them.

const CAPEX_FIGURE = {
  actorName: "Test Co",
  actorType: "COMPANY",
  jurisdictionCode: "US",
  category: "CORPORATE_CAPEX",
  measure: "Total capex",
  amount: "1000000",
  currency: "USD",
  periodType: "CALENDAR_YEAR",
  periodStart: 2024,
  periodEnd: 2024,
  periodLabel: "2024",
  kind: "ACTUAL",
  confidence: "MEDIUM",
  sourceKeys: ["R6"],
};

/** A company's 2024 actual capital expenditure in US dollars, cited to R6; the caller names the slug and what else differs. */
export function capexFigureInput<T extends { slug: string }>(values: T): typeof CAPEX_FIGURE & T {
  return { ...CAPEX_FIGURE, ...values };
}

/** A record's linked source keys, sorted and comma-joined ("R11,R6"), to compare in one assertion. */
export const sourceKeyList = (sources: { key: string }[]) =>
  sources
    .map((s) => s.key)
    .sort()
    .join();
