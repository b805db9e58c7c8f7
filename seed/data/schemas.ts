// The shapes of the seed tables kept as JSON (one schema a table), checked when the seed data is loaded. A row
// with an unknown field, a value outside its enum or a missing required field (a source, a title) stops the seed
// with the table and row named. The cross-row checks (references, dates, amounts) stay in findSeedProblems.
import { z } from "zod";
import { CONFIDENCE, DATE_PRECISION, INSTRUMENT_STATUSES, JURISDICTION_KINDS, SOURCE_KINDS } from "../../lib/curation/enums.ts";
import { DIMENSION_KEYS, JURISDICTION_CODES } from "./types.ts";
import type { AssessmentSeed, DimensionSeed, InstrumentSeed, JurisdictionSeed, MilestoneSeed, SourceSeed } from "./types.ts";
import type { InstrumentNotesZh } from "./instruments-zh.ts";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  .pipe(z.templateLiteral([z.number(), "-", z.number(), "-", z.number()]));
const text = z.string().min(1, "must not be empty");
const jurisdiction = z.enum(JURISDICTION_CODES);
const sources = z.array(text).min(1, "needs at least one source");
const graded = { confidence: z.enum(CONFIDENCE), confidenceNote: text.optional(), lastCheckedOn: isoDate.optional() };

export const sourceSchema = z.strictObject({
  key: text,
  title: text,
  titleZh: text.optional(),
  publisher: text,
  url: z.url().optional(),
  publishedOn: isoDate.optional(),
  dateNote: text.optional(),
  language: text,
  kind: z.enum(SOURCE_KINDS),
  isSeedArticle: z.boolean().optional(),
  note: text.optional(),
  lastCheckedOn: isoDate.optional(),
}) satisfies z.ZodType<SourceSeed>;

/** An R source as one array: key, title, publisher, URL without its scheme, kind, then language and note if any. */
export const externalSourceRowSchema = z.tuple([text, text, text, text, z.enum(SOURCE_KINDS), text.optional(), text.optional()]);

/** A U or V source: the same, then the date it was published (the note is null where a date follows no note). */
export const updateSourceRowSchema = z.tuple([text, text, text, text, z.enum(SOURCE_KINDS), text.optional(), text.nullable().optional(), isoDate.optional()]);

export const jurisdictionSchema = z.strictObject({
  code: jurisdiction,
  nameEn: text,
  nameZh: text,
  kind: z.enum(JURISDICTION_KINDS),
  parent: jurisdiction.optional(),
  blocs: z.string(),
  approachEn: text,
  approachZh: text,
  sources,
  ...graded,
}) satisfies z.ZodType<JurisdictionSeed>;

export const dimensionSchema = z.strictObject({
  key: z.enum(DIMENSION_KEYS),
  nameEn: text,
  nameZh: text,
  descriptionEn: text,
  descriptionZh: text,
  sortOrder: z.number().int(),
  scale: z.array(z.strictObject({ level: z.number().int(), en: text, zh: text })).min(1),
}) satisfies z.ZodType<DimensionSeed>;

const level = z.number().int().nullable();

/** One cell of a jurisdiction's assessments: level (null: not verified or not assessed), labels, rationale, as-of if it differs. */
const assessmentCell = z.tuple([level, text, text, text, text, isoDate.optional()]);

/** A jurisdiction's codings on every dimension, with the grade and sources they share. */
export const assessmentRowSchema = z.strictObject({
  code: jurisdiction,
  confidence: z.enum(CONFIDENCE),
  confidenceNote: text.optional(),
  sources,
  cells: z.record(z.enum(DIMENSION_KEYS), assessmentCell),
});

export const assessmentSchema = z.strictObject({
  jurisdiction,
  dimension: z.enum(DIMENSION_KEYS),
  level,
  labelEn: text,
  labelZh: text,
  rationaleEn: text,
  rationaleZh: text,
  asOf: isoDate,
  since: isoDate.optional(),
  sources,
  ...graded,
}) satisfies z.ZodType<AssessmentSeed>;

const milestoneSchema = z.strictObject({
  date: isoDate,
  labelEn: text,
  labelZh: text,
  superseded: z.strictObject({ on: isoDate, by: text, noteEn: text, noteZh: text }).optional(),
  sources,
  lastCheckedOn: isoDate.optional(),
}) satisfies z.ZodType<MilestoneSeed>;

export const instrumentSchema = z.strictObject({
  slug: text,
  jurisdiction,
  alsoJurisdictions: z.array(jurisdiction).optional(),
  titleEn: text,
  titleZh: text.optional(),
  type: text,
  typeZh: text.optional(),
  status: z.enum(INSTRUMENT_STATUSES),
  statusNote: text.optional(),
  statusNoteZh: text.optional(),
  adoptedOn: isoDate.optional(),
  adoptedPrecision: z.enum(DATE_PRECISION).optional(),
  effectiveOn: isoDate.optional(),
  effectivePrecision: z.enum(DATE_PRECISION).optional(),
  revokedOn: isoDate.optional(),
  revokedBy: text.optional(),
  dateNote: text.optional(),
  dateNoteZh: text.optional(),
  summaryEn: z.string(), // empty where the fact sheet gives no summary (int-unga-safe-secure-trustworthy-ai)
  summaryZh: text.optional(),
  sources,
  milestones: z.array(milestoneSchema).optional(),
  ...graded,
}) satisfies z.ZodType<InstrumentSeed>;

/** Chinese notes of one instrument, keyed by its slug in the table. */
export const instrumentNotesZhSchema = z.strictObject({
  typeZh: text,
  statusNoteZh: text.optional(),
  dateNoteZh: text.optional(),
}) satisfies z.ZodType<InstrumentNotesZh>;

/**
 * The rows of seed table `table` (a JSON array, or an object keyed by slug), each checked against `schema`; throws
 * one error naming the table and every malformed row (its position and natural key) with what is wrong.
 */
export function seedTable<T>(table: string, schema: z.ZodType<T>, rows: unknown[]): T[] {
  const problems = rows.flatMap((row, i) => rowProblems(schema, row, `row ${i + 1}${naturalKey(row)}`));
  if (problems.length > 0) throw new Error(`Seed table "${table}" is malformed:\n${problems.join("\n")}`);
  // The rows as written (a parsed copy would list the fields in the schema's order, not the table's).
  return rows as T[];
}

/** `seedTable` for a table keyed by slug (the Chinese notes): the same checks, the same object back. */
export function seedRecord<T>(table: string, schema: z.ZodType<T>, record: Record<string, unknown>): Record<string, T> {
  const problems = Object.entries(record).flatMap(([key, row]) => rowProblems(schema, row, `"${key}"`));
  if (problems.length > 0) throw new Error(`Seed table "${table}" is malformed:\n${problems.join("\n")}`);
  return record as Record<string, T>;
}

function rowProblems<T>(schema: z.ZodType<T>, row: unknown, where: string): string[] {
  const parsed = schema.safeParse(row);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => `  ${where}: ${issue.path.length > 0 ? `${issue.path.join(".")}: ` : ""}${issue.message}`);
}

function naturalKey(row: unknown): string {
  if (Array.isArray(row)) return typeof row[0] === "string" ? ` (${row[0]})` : "";
  if (typeof row !== "object" || row === null) return "";
  if ("slug" in row && typeof row.slug === "string") return ` (${row.slug})`;
  if ("key" in row && typeof row.key === "string") return ` (${row.key})`;
  if ("code" in row && typeof row.code === "string") return ` (${row.code})`;
  return "";
}
