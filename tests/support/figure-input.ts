// The form values of a valid investment figure, as the curation engine and its HTTP API take them. Shared by the
// integration tests, the e2e API tests and the write benchmark (scripts/bench/write.ts), so that a field added to
// the figure form is added here once; it imports nothing, so a script can take it without pulling in test tooling.

const CAPEX_FIGURE = {
  actorName: "Test Co",
  actorType: "COMPANY",
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

/**
 * A company's 2024 actual capital expenditure in US dollars, cited to R6, with no jurisdiction; the caller names
 * the slug and what else differs (jurisdiction, actor, amount, …).
 */
export function capexFigureInput<T extends { slug: string }>(values: T): typeof CAPEX_FIGURE & T {
  return { ...CAPEX_FIGURE, ...values };
}

/** A record's linked source keys, sorted and comma-joined ("R11,R6"), to compare in one assertion. */
export const sourceKeyList = (sources: { key: string }[]) =>
  sources
    .map((s) => s.key)
    .sort()
    .join();
