// Which fields each curation form shows, and how. Labels come from the "curation.fields" messages.
import type { EntityName } from "./curated";

export type FieldKind =
  | { kind: "text" }
  | { kind: "textarea" }
  | { kind: "number" }
  | { kind: "decimal" }
  | { kind: "date" }
  | { kind: "checkbox" }
  | { kind: "select"; options: readonly string[]; optional?: boolean }
  | { kind: "ref"; list: "jurisdictions" | "instruments" | "dimensions" | "figures" | "sources"; optional?: boolean }
  | { kind: "sources" };

export type FieldSpec = { name: string; required?: boolean; wide?: boolean } & FieldKind;

const CONFIDENCE = ["HIGH", "MEDIUM", "LOW"] as const;
const PRECISION = ["DAY", "MONTH", "YEAR"] as const;
const t = (name: string, required = false): FieldSpec => ({ name, kind: "text", required });
const area = (name: string, required = false): FieldSpec => ({ name, kind: "textarea", required, wide: true });
const sel = (name: string, options: readonly string[], optional = false): FieldSpec => ({ name, kind: "select", options, optional, required: !optional });
const ref = (name: string, list: Extract<FieldKind, { kind: "ref" }>["list"], optional = false): FieldSpec => ({ name, kind: "ref", list, optional, required: !optional });
const date = (name: string, required = false): FieldSpec => ({ name, kind: "date", required });
const sources = (name = "sourceKeys"): FieldSpec => ({ name, kind: "sources", wide: true, required: true });
const confidence = [sel("confidence", CONFIDENCE), t("confidenceNote")];
const checked = date("lastCheckedOn");
export const JURISDICTION_KINDS = ["COUNTRY", "SUBNATIONAL", "BLOC", "INTERNATIONAL"] as const;
export const INVESTMENT_CATEGORIES = ["CORPORATE_CAPEX", "PUBLIC_INITIATIVE", "PRIVATE_INITIATIVE", "PRIVATE_INVESTMENT_AGGREGATE", "CORPORATE_INVESTMENT_AGGREGATE"] as const;
export const FUNDING = ["PUBLIC", "PRIVATE", "MIXED"] as const;

export const FORM_FIELDS: Record<EntityName, FieldSpec[]> = {
  jurisdictions: [
    t("code", true), sel("kind", JURISDICTION_KINDS), ref("parentCode", "jurisdictions", true), t("nameEn", true), t("nameZh", true), t("blocs"),
    area("approachEn"), area("approachZh"), ...confidence, checked, sources(),
  ],
  sources: [
    t("key", true), sel("kind", ["SEED_ARTICLE", "OFFICIAL", "PRESS", "LAW_FIRM", "RESEARCH", "DATA", "OTHER"]), t("title", true), t("titleZh"),
    t("publisher"), t("url"), date("publishedOn"), t("dateNote"), t("language", true), { name: "isSeedArticle", kind: "checkbox" }, area("note"), checked,
  ],
  instruments: [
    t("slug", true), ref("jurisdictionCode", "jurisdictions"), t("titleEn", true), t("titleZh"), t("type", true), t("typeZh"),
    sel("status", ["PROPOSED", "ADOPTED", "IN_FORCE", "REVOKED", "REJECTED"]), t("statusNote"), t("statusNoteZh"),
    date("adoptedOn"), sel("adoptedPrecision", PRECISION), date("effectiveOn"), sel("effectivePrecision", PRECISION), date("revokedOn"),
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
    sel("actorType", ["COMPANY", "COMPANY_GROUP", "GOVERNMENT", "BLOC", "JOINT_VENTURE", "STATE_FUND", "MARKET_AGGREGATE"]),
    ref("jurisdictionCode", "jurisdictions", true),
    sel("category", INVESTMENT_CATEGORIES), sel("funding", FUNDING, true), t("measure", true), t("measureZh"),
    { name: "amount", kind: "decimal" }, { name: "amountLow", kind: "decimal" }, { name: "amountHigh", kind: "decimal" },
    sel("qualifier", ["EXACT", "APPROX", "UP_TO", "AT_LEAST", "MORE_THAN"]), t("valueText"), t("currency"),
    sel("periodType", ["CALENDAR_YEAR", "FISCAL_YEAR", "MULTI_YEAR"]), { name: "periodStart", kind: "number" }, { name: "periodEnd", kind: "number" },
    t("periodLabel", true), t("periodLabelZh"), sel("kind", ["ACTUAL", "GUIDANCE", "PLAN", "PLEDGE", "COMMITTED", "ESTIMATE"]), t("kindNote"), t("kindNoteZh"),
    date("reportedOn"), ...confidence, area("comparabilityNote"), area("comparabilityNoteZh"), area("note"), area("noteZh"), checked, sources(),
  ],
  exchangeRates: [
    t("currency", true), t("period", true), { name: "rate", kind: "decimal", required: true }, { name: "usdPerUnit", kind: "checkbox" },
    date("asOf", true), ref("sourceKey", "sources"), area("note"), checked,
  ],
  events: [
    t("slug", true), date("date", true), sel("datePrecision", PRECISION), t("dateNote"), t("dateNoteZh"), ref("jurisdictionCode", "jurisdictions"),
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
