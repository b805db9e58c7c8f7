// What the read-only API answers, as zod schemas: the row types of lib/queries/open-data are inferred from them and
// the OpenAPI document is generated from them, so the documentation cannot drift from the responses. Rows are
// flat (one CSV column per field); lists (sources, codes) are arrays in JSON and written out in CSV. Curator notes
// (confidenceNote, a source's note: internal shorthand that no public page shows) are left out.
import { z } from "zod";
import { API_SCHEMA_VERSION, type ApiResource } from "./api";
import { AMOUNT_QUALIFIERS, CONFIDENCE, DATE_PRECISION, FIGURE_KINDS, FUNDING, INSTRUMENT_STATUSES, JURISDICTION_KINDS, PERIOD_TYPES } from "../curation/enums";

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta({ description: "YYYY-MM-DD" });
const nullableDate = date.nullable();
const text = z.string().nullable();
const confidence = z.enum(CONFIDENCE).meta({ description: "Curators' confidence grade." });
const precision = z.enum(DATE_PRECISION).meta({ description: "How much of the date is known: a YEAR date stored as 1 January means only the year." });
const lastCheckedOn = nullableDate.meta({ description: "When a curator last checked the record against its sources (null: not recorded)." });

export const sourceRefSchema = z
  .object({ key: z.string(), title: z.string(), publisher: z.string(), url: z.string().nullable(), date: nullableDate })
  .meta({ id: "SourceRef", description: "A source the value cites, written out." });
const sources = z.array(sourceRefSchema).meta({ description: "Published sources cited, by key." });
/** What a curated row ends with: its grade, its last check and its sources (a figure lists its grade with its notes). */
const evidence = { confidence, lastCheckedOn, sources };

export const figureRowSchema = z
  .object({
    slug: z.string(),
    actorName: z.string(),
    actorNameZh: text,
    actorType: z.string(),
    jurisdiction: z.string().nullable(),
    category: z.string(),
    funding: z.enum(FUNDING).nullable().meta({ description: "Whose money (null: not stated)." }),
    measure: z.string(),
    measureZh: text,
    amount: z
      .string()
      .nullable()
      .meta({ description: "Exact decimal in full units (not millions) of `unit`; null when the source gives a range or no number." }),
    amountLow: z.string().nullable(),
    amountHigh: z.string().nullable(),
    qualifier: z.enum(AMOUNT_QUALIFIERS),
    valueText: text.meta({ description: "A non-numeric value as stated (e.g. a share), when there is no amount." }),
    unit: z.string().nullable().meta({ description: "The currency the amounts are in (ISO 4217), null when the value is text only." }),
    currency: z.string().nullable(),
    periodType: z.enum(PERIOD_TYPES),
    periodStart: z.number().int().nullable(),
    periodEnd: z.number().int().nullable(),
    periodLabel: z.string(),
    kind: z.enum(FIGURE_KINDS),
    kindNote: text,
    confidence,
    comparabilityNote: text,
    note: text,
    reportedOn: nullableDate,
    lastCheckedOn,
    flaggedClaims: z.array(z.string()).meta({ description: "Slugs of flagged claims about this figure (see /sources)." }),
    sources,
  })
  .meta({ id: "Figure" });

export const instrumentRowSchema = z
  .object({
    slug: z.string(),
    jurisdiction: z.string(),
    alsoJurisdictions: z.array(z.string()),
    titleEn: z.string(),
    titleZh: text,
    type: z.string(),
    typeKey: z.string().meta({ description: "The type as used by the `type` filter." }),
    status: z.enum(INSTRUMENT_STATUSES),
    statusNote: text,
    adoptedOn: nullableDate,
    adoptedPrecision: precision,
    effectiveOn: nullableDate,
    effectivePrecision: precision,
    revokedOn: nullableDate,
    revokedBy: z.string().nullable().meta({ description: "Slug of the instrument that revoked it." }),
    dateNote: text,
    summaryEn: z.string(),
    ...evidence,
  })
  .meta({ id: "Instrument" });

export const assessmentRowSchema = z
  .object({
    id: z.string(),
    jurisdiction: z.string(),
    dimension: z.string(),
    level: z.number().int().nullable().meta({ description: "Coded level (null: not verified, never guessed)." }),
    unit: z.string().meta({ description: "What the level counts: 'level of N' on the dimension's scale." }),
    maxLevel: z.number().int().nullable(),
    labelEn: z.string(),
    labelZh: text,
    rationaleEn: z.string(),
    rationaleZh: text,
    asOf: date.meta({ description: "The date the coding describes." }),
    since: nullableDate.meta({ description: "When this coding took effect (null: since coding began)." }),
    current: z.boolean().meta({ description: "The coding in force (latest `since`) for its jurisdiction and dimension." }),
    ...evidence,
  })
  .meta({ id: "Assessment" });

export const eventRowSchema = z
  .object({
    slug: z.string(),
    jurisdiction: z.string(),
    alsoJurisdictions: z.array(z.string()),
    date,
    datePrecision: precision,
    dateNote: text,
    titleEn: z.string(),
    titleZh: text,
    instrument: z.string().nullable(),
    ...evidence,
  })
  .meta({ id: "Event" });

export const sourceRowSchema = z
  .object({
    key: z.string(),
    title: z.string(),
    titleZh: text,
    publisher: z.string(),
    url: z.string().nullable(),
    publishedOn: nullableDate,
    dateNote: text,
    language: z.string(),
    kind: z.string(),
    isSeedArticle: z.boolean(),
    lastCheckedOn,
  })
  .meta({ id: "Source" });

export const jurisdictionRowSchema = z
  .object({
    code: z.string(),
    nameEn: z.string(),
    nameZh: z.string(),
    kind: z.enum(JURISDICTION_KINDS),
    parent: z.string().nullable(),
    blocs: z.array(z.string()),
    approachEn: z.string(),
    approachZh: z.string(),
    ...evidence,
  })
  .meta({ id: "Jurisdiction" });

export const API_ROW_SCHEMAS = {
  figures: figureRowSchema,
  instruments: instrumentRowSchema,
  assessments: assessmentRowSchema,
  events: eventRowSchema,
  sources: sourceRowSchema,
  jurisdictions: jurisdictionRowSchema,
} as const;

export type ApiRow<R extends ApiResource> = z.output<(typeof API_ROW_SCHEMAS)[R]>;
export type SourceRefRow = z.output<typeof sourceRefSchema>;

export const asOfSchema = z.object({
  asOf: z.string().nullable().meta({
    description:
      "The newest date of the information the matching rows carry (a report, coding or publication date; a year when only a period is known). Not the time of the request.",
  }),
  lastChecked: z.object({
    from: nullableDate,
    to: nullableDate,
    notRecorded: z.number().int().meta({ description: "Matching rows whose last check is not recorded." }),
  }),
});

export const listEnvelope = (resource: ApiResource) =>
  asOfSchema
    .extend({
      schemaVersion: z.literal(API_SCHEMA_VERSION),
      resource: z.literal(resource),
      total: z.number().int().meta({ description: "Rows matching the filters, over all pages." }),
      count: z.number().int(),
      limit: z.number().int(),
      next: z.string().nullable().meta({ description: "URL of the next page (null on the last page)." }),
      data: z.array(API_ROW_SCHEMAS[resource]),
    })
    .meta({ id: `${resource[0].toUpperCase()}${resource.slice(1)}Page` });

export const apiErrorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string(), allowed: z.array(z.string()).optional() }) })
  .meta({ id: "Error" });
