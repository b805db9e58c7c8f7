// Synthetic investment figures shared by the chart, table and label unit tests (the DTO's shape, not the seed's data).
import type { RateDto } from "@/lib/charts/currency";
import type { InvestmentFigureDto } from "@/lib/dto/investment";

type FigureFields = Omit<InvestmentFigureDto, "id" | "slug">;

/** One exact multi-year EUR government pledge with one source: what each test file's figures start from. */
const BASE: FigureFields = {
  actorName: "X",
  actorNameZh: null,
  actorType: "GOVERNMENT",
  jurisdictionCode: "EU",
  category: "PUBLIC_INITIATIVE",
  measure: "m",
  amount: "1000000000",
  amountLow: null,
  amountHigh: null,
  qualifier: "EXACT",
  valueText: null,
  currency: "EUR",
  periodType: "MULTI_YEAR",
  periodStart: null,
  periodEnd: null,
  periodLabel: "Multi-year",
  kind: "PLEDGE",
  kindNote: null,
  confidence: "HIGH",
  confidenceNote: null,
  comparabilityNote: null,
  note: null,
  reportedOn: null,
  updatedAt: "2025-01-01T00:00:00.000Z",
  sources: [{ key: "R4", title: "t", url: null, publisher: "p", date: null }],
  flaggedClaimSlugs: [],
};

/** An actual amount for calendar year 2024. */
export const ACTUAL_2024 = {
  periodType: "CALENDAR_YEAR",
  periodStart: 2024,
  periodEnd: 2024,
  periodLabel: "2024",
  kind: "ACTUAL",
} satisfies Partial<FigureFields>;

/** A company's capital expenditure in US dollars. */
export const COMPANY_CAPEX_USD = { actorType: "COMPANY", category: "CORPORATE_CAPEX", currency: "USD" } satisfies Partial<FigureFields>;

/** Alpha's 2024 actual capital expenditure of $10 billion (US, medium confidence): the capex tests' base figure. */
export const ALPHA_CAPEX_2024 = {
  ...COMPANY_CAPEX_USD,
  ...ACTUAL_2024,
  actorName: "Alpha",
  jurisdictionCode: "US",
  measure: "Total capex",
  amount: "10000000000",
  confidence: "MEDIUM",
} satisfies Partial<FigureFields>;

/**
 * A figure builder for one test file: `defaults` replace the base fields for that file's theme, each call's
 * overrides replace those, and each figure gets its own id and slug (f1, f2, …) unless the overrides name them.
 */
export function figureFactory(defaults: Partial<InvestmentFigureDto> = {}): (overrides?: Partial<InvestmentFigureDto>) => InvestmentFigureDto {
  let n = 0;
  return (overrides = {}) => {
    n += 1;
    return { id: `f${n}`, slug: `f${n}`, ...BASE, ...defaults, ...overrides };
  };
}

/** Stored 2023 average rates: EUR quoted in USD per unit, CNY in units per USD. */
export const RATES_2023: RateDto[] = [
  { currency: "EUR", period: "2023", rate: "1.0817", usdPerUnit: true, sourceKey: "X1" },
  { currency: "CNY", period: "2023", rate: "7.0809", usdPerUnit: false, sourceKey: "X1" },
];
