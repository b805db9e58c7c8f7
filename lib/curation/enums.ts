// The value lists of the curated enums, in one place: the zod schemas (forms, CSV import, API filters and
// responses), the form selects and the explorer filters all read them from here. They match the enums of
// prisma/schema.prisma (tests/unit/curation-registry.test.ts checks that they do).
export const CONFIDENCE = ["HIGH", "MEDIUM", "LOW"] as const;
export const DATE_PRECISION = ["DAY", "MONTH", "YEAR"] as const;
export const JURISDICTION_KINDS = ["COUNTRY", "SUBNATIONAL", "BLOC", "INTERNATIONAL"] as const;
export const SOURCE_KINDS = ["SEED_ARTICLE", "OFFICIAL", "PRESS", "LAW_FIRM", "RESEARCH", "DATA", "OTHER"] as const;
export const INSTRUMENT_STATUSES = ["PROPOSED", "ADOPTED", "IN_FORCE", "REVOKED", "REJECTED"] as const;
export const ACTOR_TYPES = ["COMPANY", "COMPANY_GROUP", "GOVERNMENT", "BLOC", "JOINT_VENTURE", "STATE_FUND", "MARKET_AGGREGATE"] as const;
export const INVESTMENT_CATEGORIES = [
  "CORPORATE_CAPEX",
  "PUBLIC_INITIATIVE",
  "PRIVATE_INITIATIVE",
  "PRIVATE_INVESTMENT_AGGREGATE",
  "CORPORATE_INVESTMENT_AGGREGATE",
] as const;
export const FUNDING = ["PUBLIC", "PRIVATE", "MIXED"] as const;
export const AMOUNT_QUALIFIERS = ["EXACT", "APPROX", "UP_TO", "AT_LEAST", "MORE_THAN"] as const;
export const PERIOD_TYPES = ["CALENDAR_YEAR", "FISCAL_YEAR", "MULTI_YEAR"] as const;
export const FIGURE_KINDS = ["ACTUAL", "GUIDANCE", "PLAN", "PLEDGE", "COMMITTED", "ESTIMATE"] as const;
