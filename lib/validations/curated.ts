// One zod schema per curated entity, shared by the admin forms (client) and the mutations (server).
// Schemas are strict: unknown fields are rejected. Relations are given by natural keys (codes, slugs, keys).
import { z } from "zod";
import {
  ACTOR_TYPES,
  AMOUNT_QUALIFIERS,
  FIGURE_KINDS,
  INSTRUMENT_STATUSES,
  INVESTMENT_CATEGORIES,
  JURISDICTION_KINDS,
  PERIOD_TYPES,
  SOURCE_KINDS,
} from "../curation/enums";
import {
  blankable,
  codeList,
  confidence,
  currencyCode,
  decimalAmount,
  funding,
  isoDate,
  jurisdictionCode,
  lastCheckedDate,
  optionalDate,
  optionalDecimal,
  optionalText,
  optionalYear,
  precision,
  slug,
  sourceKey,
  sourceKeys,
  text,
} from "./curated-fields";
import type { MessageRef } from "../errors/app-error";
import { formErrorKey, formErrorText, issueRef, type ErrorLocale } from "../errors/field-messages";

export const jurisdictionSchema = z
  .strictObject({
    code: jurisdictionCode,
    nameEn: text(200),
    nameZh: text(200),
    kind: z.enum(JURISDICTION_KINDS),
    parentCode: blankable(jurisdictionCode),
    blocs: optionalText(300),
    approachEn: optionalText(5000),
    approachZh: optionalText(5000),
    confidence,
    confidenceNote: optionalText(200),
    lastCheckedOn: lastCheckedDate,
    sourceKeys: sourceKeys(1),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "SUBNATIONAL" && !v.parentCode) ctx.addIssue({ code: "custom", path: ["parentCode"], message: "subnationalParent" });
    if (v.parentCode && v.parentCode === v.code) ctx.addIssue({ code: "custom", path: ["parentCode"], message: "ownParent" });
  });

export const sourceSchema = z.strictObject({
  key: sourceKey,
  title: text(500),
  titleZh: optionalText(500),
  publisher: optionalText(200),
  url: blankable(z.url({ protocol: /^https?$/, error: "url" }).max(2000, "tooLong")),
  publishedOn: optionalDate,
  dateNote: optionalText(300),
  language: z
    .string()
    .trim()
    .regex(/^[a-z]{2}(-[A-Za-z]{2,4})?$/, "language"),
  kind: z.enum(SOURCE_KINDS),
  isSeedArticle: z.boolean().default(false),
  note: optionalText(2000),
  lastCheckedOn: lastCheckedDate,
});

const instrumentBase = z.strictObject({
  slug,
  jurisdictionCode,
  alsoJurisdictions: codeList,
  titleEn: text(500),
  titleZh: optionalText(500),
  type: text(100),
  typeZh: optionalText(100),
  status: z.enum(INSTRUMENT_STATUSES),
  statusNote: optionalText(300),
  statusNoteZh: optionalText(300),
  adoptedOn: optionalDate,
  adoptedPrecision: precision.default("DAY"),
  effectiveOn: optionalDate,
  effectivePrecision: precision.default("DAY"),
  revokedOn: optionalDate,
  revokedBySlug: blankable(slug),
  dateNote: optionalText(500),
  dateNoteZh: optionalText(500),
  summaryEn: optionalText(5000),
  summaryZh: optionalText(5000),
  confidence,
  confidenceNote: optionalText(200),
  lastCheckedOn: lastCheckedDate,
  sourceKeys: sourceKeys(1),
});

export const instrumentSchema = instrumentBase.superRefine((v, ctx) => {
  if (v.adoptedOn && v.effectiveOn && v.effectiveOn < v.adoptedOn) ctx.addIssue({ code: "custom", path: ["effectiveOn"], message: "beforeAdoption" });
  if (v.adoptedOn && v.revokedOn && v.revokedOn < v.adoptedOn) ctx.addIssue({ code: "custom", path: ["revokedOn"], message: "beforeAdoption" });
  if (v.status === "REVOKED" && !v.revokedOn) ctx.addIssue({ code: "custom", path: ["revokedOn"], message: "revokedNeedsDate" });
  if (v.status !== "REVOKED" && v.revokedOn) ctx.addIssue({ code: "custom", path: ["status"], message: "hasRevocation" });
  if (v.revokedBySlug === v.slug) ctx.addIssue({ code: "custom", path: ["revokedBySlug"], message: "revokeItself" });
});

export const milestoneSchema = z
  .strictObject({
    instrumentSlug: slug,
    date: isoDate,
    labelEn: text(300),
    labelZh: optionalText(300),
    // A milestone moved by a later law stays, marked superseded (when, by which instrument, why).
    supersededOn: optionalDate,
    supersededBySlug: blankable(slug),
    supersededNoteEn: optionalText(1000),
    supersededNoteZh: optionalText(1000),
    lastCheckedOn: lastCheckedDate,
    sourceKeys: sourceKeys(0),
  })
  .superRefine((v, ctx) => {
    const superseded = Boolean(v.supersededOn || v.supersededBySlug || v.supersededNoteEn || v.supersededNoteZh);
    if (superseded && !v.supersededOn) ctx.addIssue({ code: "custom", path: ["supersededOn"], message: "supersededDate" });
    if (superseded && !v.supersededNoteEn) ctx.addIssue({ code: "custom", path: ["supersededNoteEn"], message: "supersededNote" });
  });

export const assessmentSchema = z.strictObject({
  jurisdictionCode,
  dimensionKey: z
    .string()
    .trim()
    .regex(/^[a-z_]{2,40}$/, "dimensionKey"),
  level: blankable(z.coerce.number().int("wholeNumber").min(0, "from").max(5, "upTo")),
  labelEn: text(200),
  labelZh: optionalText(200),
  rationaleEn: optionalText(5000),
  rationaleZh: optionalText(5000),
  asOf: isoDate,
  // When this coding took effect (empty: since coding began). A changed coding is a new, dated assessment.
  since: optionalDate,
  confidence,
  confidenceNote: optionalText(200),
  lastCheckedOn: lastCheckedDate,
  sourceKeys: sourceKeys(1),
});

const figureBase = z.strictObject({
  slug,
  actorName: text(200),
  actorNameZh: optionalText(200),
  actorType: z.enum(ACTOR_TYPES),
  jurisdictionCode: blankable(jurisdictionCode),
  category: z.enum(INVESTMENT_CATEGORIES),
  funding: blankable(funding),
  measure: text(200),
  measureZh: optionalText(200),
  amount: optionalDecimal,
  amountLow: optionalDecimal,
  amountHigh: optionalDecimal,
  qualifier: z.enum(AMOUNT_QUALIFIERS).default("EXACT"),
  valueText: optionalText(200),
  currency: blankable(currencyCode),
  periodType: z.enum(PERIOD_TYPES),
  periodStart: optionalYear,
  periodEnd: optionalYear,
  periodLabel: text(100),
  periodLabelZh: optionalText(100),
  kind: z.enum(FIGURE_KINDS),
  kindNote: optionalText(200),
  kindNoteZh: optionalText(200),
  confidence,
  confidenceNote: optionalText(200),
  comparabilityNote: optionalText(1000),
  comparabilityNoteZh: optionalText(1000),
  note: optionalText(2000),
  noteZh: optionalText(2000),
  reportedOn: optionalDate,
  lastCheckedOn: lastCheckedDate,
  sourceKeys: sourceKeys(1),
});

export const investmentFigureSchema = figureBase.superRefine((v, ctx) => {
  const hasRange = v.amountLow !== null || v.amountHigh !== null;
  if (v.amount !== null && hasRange) ctx.addIssue({ code: "custom", path: ["amount"], message: "amountOrRange" });
  if (hasRange && (v.amountLow === null || v.amountHigh === null))
    ctx.addIssue({ code: "custom", path: [v.amountLow === null ? "amountLow" : "amountHigh"], message: "rangeBoth" });
  if (v.amountLow !== null && v.amountHigh !== null && Number(v.amountLow) >= Number(v.amountHigh))
    ctx.addIssue({ code: "custom", path: ["amountHigh"], message: "rangeOrder" });
  if (v.amount === null && !hasRange && !v.valueText) ctx.addIssue({ code: "custom", path: ["amount"], message: "amountMissing" });
  if ((v.amount !== null || hasRange) && !v.currency) ctx.addIssue({ code: "custom", path: ["currency"], message: "amountCurrency" });
  if (v.periodStart !== null && v.periodEnd !== null && v.periodEnd < v.periodStart)
    ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "beforeStart" });
  if (v.periodType !== "MULTI_YEAR" && v.periodStart !== null && v.periodEnd !== null && v.periodStart !== v.periodEnd)
    ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "singleYear" });
  if (v.category === "PRIVATE_INITIATIVE" && v.funding === "PUBLIC") ctx.addIssue({ code: "custom", path: ["funding"], message: "privatePublic" });
});

export const exchangeRateSchema = z.strictObject({
  currency: currencyCode.refine((c) => c !== "USD", "usdRate"),
  period: z
    .string()
    .trim()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "period"),
  rate: decimalAmount.refine((v) => Number(v) <= 1_000_000, "rateTooLarge"),
  usdPerUnit: z.boolean().default(false),
  asOf: isoDate,
  sourceKey,
  note: optionalText(1000),
  lastCheckedOn: lastCheckedDate,
});

export const eventSchema = z.strictObject({
  slug,
  date: isoDate,
  datePrecision: precision.default("DAY"),
  dateNote: optionalText(300),
  dateNoteZh: optionalText(300),
  jurisdictionCode,
  alsoJurisdictions: codeList,
  titleEn: text(500),
  titleZh: optionalText(500),
  instrumentSlug: blankable(slug),
  confidence,
  confidenceNote: optionalText(200),
  lastCheckedOn: lastCheckedDate,
  sourceKeys: sourceKeys(1),
});

export const flaggedClaimSchema = z
  .strictObject({
    slug,
    sourceKey,
    claimEn: text(2000),
    claimZh: optionalText(2000),
    correctionEn: text(2000),
    correctionZh: optionalText(2000),
    instrumentSlug: blankable(slug),
    investmentFigureSlug: blankable(slug),
    lastCheckedOn: lastCheckedDate,
    evidenceKeys: sourceKeys(1),
  })
  .superRefine((v, ctx) => {
    if (v.evidenceKeys.includes(v.sourceKey)) ctx.addIssue({ code: "custom", path: ["evidenceKeys"], message: "evidenceOther" });
  });

export const CURATED_SCHEMAS = {
  jurisdictions: jurisdictionSchema,
  sources: sourceSchema,
  instruments: instrumentSchema,
  milestones: milestoneSchema,
  assessments: assessmentSchema,
  investmentFigures: investmentFigureSchema,
  exchangeRates: exchangeRateSchema,
  events: eventSchema,
  flaggedClaims: flaggedClaimSchema,
} as const;

export type EntityName = keyof typeof CURATED_SCHEMAS;
export const ENTITY_NAMES = Object.keys(CURATED_SCHEMAS) as EntityName[];
export type EntityInput<E extends EntityName> = z.output<(typeof CURATED_SCHEMAS)[E]>;

/** An entity's fields in the schema's order, each with its zod type (the refinements sit on the object, not the fields). */
export const curatedShape = (entity: EntityName): Record<string, z.ZodType> =>
  (CURATED_SCHEMAS[entity] as unknown as { shape: Record<string, z.ZodType> }).shape;

/** zod issues → { field: message key of its first issue }, for showing errors next to each field. */
export function fieldErrorRefs(error: z.ZodError): Record<string, MessageRef> {
  const out: Record<string, MessageRef> = {};
  for (const issue of error.issues) {
    const key = issue.code === "unrecognized_keys" ? (issue.keys[0] ?? "_form") : String(issue.path[0] ?? "_form");
    out[key] ??= issue.code === "unrecognized_keys" ? { key: formErrorKey("unknownField"), values: { fields: issue.keys.join(", ") } } : issueRef(issue);
  }
  return out;
}

/** zod issues → { field: first message } in `locale` (English by default, e.g. for CSV import reports). */
export function fieldErrors(error: z.ZodError, locale: ErrorLocale = "en"): Record<string, string> {
  return Object.fromEntries(Object.entries(fieldErrorRefs(error)).map(([field, ref]) => [field, formErrorText(locale, ref)]));
}
