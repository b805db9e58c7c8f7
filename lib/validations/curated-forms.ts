// Which fields each curation form shows, and how. Field labels come from the "curation.fields" messages; each
// select names the catalog entry that labels its options (the one the public pages already use, where they have
// one), so that a value reads the same in the form as on the site. tests/unit/form-labels.test.ts checks that
// every option of every form has a label in both languages.
import type { EntityName } from "./curated";

export type FieldKind =
  | { kind: "text" }
  | { kind: "textarea" }
  | { kind: "number" }
  | { kind: "decimal" }
  /** An amount in the figure's currency: typed with a unit (million, billion, …), stored in full units. */
  | { kind: "amount" }
  | { kind: "date" }
  /** When a curator last checked the record against its sources: a date with a "today" button. */
  | { kind: "lastChecked" }
  | { kind: "checkbox" }
  | { kind: "select"; options: readonly string[]; optional?: boolean; labels: OptionLabels }
  | { kind: "ref"; list: "jurisdictions" | "instruments" | "dimensions" | "figures" | "sources"; optional?: boolean }
  | { kind: "sources" };

export type FieldSpec = { name: string; required?: boolean; wide?: boolean } & FieldKind;

/** Where each select's option labels live in the message catalogs (key `${path}.${value}`). */
export const OPTION_LABELS = {
  confidence: "confidence",
  precision: "forms.options.precision",
  jurisdictionKind: "jurisdictions.kind",
  sourceKind: "sources.kind",
  instrumentStatus: "jurisdictions.status",
  actorType: "investment.actorTypes",
  category: "investment.categories",
  funding: "charts.figureLabels.funding",
  qualifier: "forms.options.qualifier",
  periodType: "forms.options.periodType",
  figureKind: "kinds",
} as const;
export type OptionLabels = (typeof OPTION_LABELS)[keyof typeof OPTION_LABELS];

const CONFIDENCE = ["HIGH", "MEDIUM", "LOW"] as const;
const PRECISION = ["DAY", "MONTH", "YEAR"] as const;
const t = (name: string, required = false): FieldSpec => ({ name, kind: "text", required });
const area = (name: string, required = false): FieldSpec => ({ name, kind: "textarea", required, wide: true });
const sel = (name: string, options: readonly string[], labels: OptionLabels, optional = false): FieldSpec => ({ name, kind: "select", options, labels, optional, required: !optional });
const ref = (name: string, list: Extract<FieldKind, { kind: "ref" }>["list"], optional = false): FieldSpec => ({ name, kind: "ref", list, optional, required: !optional });
const date = (name: string, required = false): FieldSpec => ({ name, kind: "date", required });
const sources = (name = "sourceKeys"): FieldSpec => ({ name, kind: "sources", wide: true, required: true });
const confidence = [sel("confidence", CONFIDENCE, OPTION_LABELS.confidence), t("confidenceNote")];
const checked: FieldSpec = { name: "lastCheckedOn", kind: "lastChecked" };
const amount = (name: string): FieldSpec => ({ name, kind: "amount", wide: true });
export const JURISDICTION_KINDS = ["COUNTRY", "SUBNATIONAL", "BLOC", "INTERNATIONAL"] as const;
export const INVESTMENT_CATEGORIES = ["CORPORATE_CAPEX", "PUBLIC_INITIATIVE", "PRIVATE_INITIATIVE", "PRIVATE_INVESTMENT_AGGREGATE", "CORPORATE_INVESTMENT_AGGREGATE"] as const;
export const FUNDING = ["PUBLIC", "PRIVATE", "MIXED"] as const;

export const FORM_FIELDS: Record<EntityName, FieldSpec[]> = {
  jurisdictions: [
    t("code", true), sel("kind", JURISDICTION_KINDS, OPTION_LABELS.jurisdictionKind), ref("parentCode", "jurisdictions", true), t("nameEn", true), t("nameZh", true), t("blocs"),
    area("approachEn"), area("approachZh"), ...confidence, checked, sources(),
  ],
  sources: [
    t("key", true), sel("kind", ["SEED_ARTICLE", "OFFICIAL", "PRESS", "LAW_FIRM", "RESEARCH", "DATA", "OTHER"], OPTION_LABELS.sourceKind), t("title", true), t("titleZh"),
    t("publisher"), t("url"), date("publishedOn"), t("dateNote"), t("language", true), { name: "isSeedArticle", kind: "checkbox" }, area("note"), checked,
  ],
  instruments: [
    t("slug", true), ref("jurisdictionCode", "jurisdictions"), t("titleEn", true), t("titleZh"), t("type", true), t("typeZh"),
    sel("status", ["PROPOSED", "ADOPTED", "IN_FORCE", "REVOKED", "REJECTED"], OPTION_LABELS.instrumentStatus), t("statusNote"), t("statusNoteZh"),
    date("adoptedOn"), sel("adoptedPrecision", PRECISION, OPTION_LABELS.precision), date("effectiveOn"), sel("effectivePrecision", PRECISION, OPTION_LABELS.precision), date("revokedOn"),
    ref("revokedBySlug", "instruments", true), t("alsoJurisdictions"), area("dateNote"), area("dateNoteZh"), area("summaryEn"), area("summaryZh"), ...confidence, checked, sources(),
  ],
  milestones: [
    ref("instrumentSlug", "instruments"), date("date", true), t("labelEn", true), t("labelZh"),
    date("supersededOn"), ref("supersededBySlug", "instruments", true), area("supersededNoteEn"), area("supersededNoteZh"), checked,
    { ...sources(), required: false },
  ],
  assessments: [
    ref("jurisdictionCode", "jurisdictions"), ref("dimensionKey", "dimensions"), { name: "level", kind: "number" }, date("since"), date("asOf", true),
    t("labelEn", true), t("labelZh"), area("rationaleEn"), area("rationaleZh"), ...confidence, checked, sources(),
  ],
  investmentFigures: [
    t("slug", true), t("actorName", true), t("actorNameZh"),
    sel("actorType", ["COMPANY", "COMPANY_GROUP", "GOVERNMENT", "BLOC", "JOINT_VENTURE", "STATE_FUND", "MARKET_AGGREGATE"], OPTION_LABELS.actorType),
    ref("jurisdictionCode", "jurisdictions", true),
    sel("category", INVESTMENT_CATEGORIES, OPTION_LABELS.category), sel("funding", FUNDING, OPTION_LABELS.funding, true), t("measure", true), t("measureZh"),
    amount("amount"), amount("amountLow"), amount("amountHigh"),
    sel("qualifier", ["EXACT", "APPROX", "UP_TO", "AT_LEAST", "MORE_THAN"], OPTION_LABELS.qualifier), t("valueText"), t("currency"),
    sel("periodType", ["CALENDAR_YEAR", "FISCAL_YEAR", "MULTI_YEAR"], OPTION_LABELS.periodType), { name: "periodStart", kind: "number" }, { name: "periodEnd", kind: "number" },
    t("periodLabel", true), t("periodLabelZh"), sel("kind", ["ACTUAL", "GUIDANCE", "PLAN", "PLEDGE", "COMMITTED", "ESTIMATE"], OPTION_LABELS.figureKind), t("kindNote"), t("kindNoteZh"),
    date("reportedOn"), ...confidence, area("comparabilityNote"), area("comparabilityNoteZh"), area("note"), area("noteZh"), checked, sources(),
  ],
  exchangeRates: [
    t("currency", true), t("period", true), { name: "rate", kind: "decimal", required: true }, { name: "usdPerUnit", kind: "checkbox" },
    date("asOf", true), ref("sourceKey", "sources"), area("note"), checked,
  ],
  events: [
    t("slug", true), date("date", true), sel("datePrecision", PRECISION, OPTION_LABELS.precision), t("dateNote"), t("dateNoteZh"), ref("jurisdictionCode", "jurisdictions"),
    t("alsoJurisdictions"), t("titleEn", true), t("titleZh"), ref("instrumentSlug", "instruments", true), ...confidence, checked, sources(),
  ],
  flaggedClaims: [
    t("slug", true), ref("sourceKey", "sources"), area("claimEn", true), area("claimZh"), area("correctionEn", true), area("correctionZh"),
    ref("instrumentSlug", "instruments", true), ref("investmentFigureSlug", "figures", true), checked, sources("evidenceKeys"),
  ],
};

/** Empty values for a new record (selects start on their first option). */
export function emptyValues(entity: EntityName): Record<string, unknown> {
  return Object.fromEntries(
    FORM_FIELDS[entity].map((f) => [
      f.name,
      f.kind === "sources" ? [] : f.kind === "checkbox" ? false : f.kind === "select" && !f.optional ? f.options[0] : "",
    ]),
  );
}
