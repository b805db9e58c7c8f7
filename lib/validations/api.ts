// Query parameters of the read-only API (/api/v1/*): the explorer's URL filters (investment: category, kind,
// actor, from, to; compare/timeline: j, type, status, from, to), parsed strictly. Where the pages drop a bad value
// and show a notice, the API answers 400 with a message naming what it accepts, so a script never silently gets
// other rows than it asked for. The same schemas generate the OpenAPI document (z.toJSONSchema).
import { z } from "zod";
import { ACTOR_TYPES, CATEGORIES, KINDS, YEAR_MAX, YEAR_MIN } from "./investment-filters";
import { FUNDING, INSTRUMENT_STATUSES, JURISDICTION_KINDS, SOURCE_KINDS } from "../curation/enums";
import { JURISDICTION_CODE } from "./curated-fields";

export const API_SCHEMA_VERSION = "1.0";
export const API_DEFAULT_LIMIT = 100;
export const API_MAX_LIMIT = 500;
const MAX_PARAM_LENGTH = 400;
const MAX_LIST_VALUES = 40;

export const API_RESOURCES = ["figures", "instruments", "assessments", "events", "sources", "jurisdictions"] as const;
export type ApiResource = (typeof API_RESOURCES)[number];

/** A comma-separated list, upper-cased (status also accepts "in-force"), each value one of `values`. */
function enumList<T extends readonly [string, ...string[]]>(values: T, description: string) {
  return z
    .string()
    .max(MAX_PARAM_LENGTH)
    .transform((s) => [
      ...new Set(
        s
          .split(",")
          .map((v) => v.trim().toUpperCase().replace(/-/g, "_"))
          .filter(Boolean),
      ),
    ])
    .pipe(
      z
        .array(z.enum(values, { error: `One or more of: ${values.join(", ")}.` }))
        .min(1)
        .max(MAX_LIST_VALUES),
    )
    .meta({ description: `${description} Comma-separated, any of: ${values.join(", ")}.` });
}

const codeList = z
  .string()
  .max(MAX_PARAM_LENGTH)
  .transform((s) => [
    ...new Set(
      s
        .split(",")
        .map((v) => v.trim().toUpperCase())
        .filter(Boolean),
    ),
  ])
  .pipe(z.array(z.string().regex(JURISDICTION_CODE, "Jurisdiction codes such as EU, US, CN or US-CA.")).min(1).max(MAX_LIST_VALUES))
  .meta({ description: "Jurisdiction codes, comma-separated (e.g. EU,US,CN). A country includes its states (US includes US-CA).", example: "EU,US" });

const year = (which: "from" | "to") =>
  z
    .string()
    .regex(/^\d{4}$/, "A four-digit year.")
    .transform(Number)
    .pipe(z.number().int().min(YEAR_MIN, `A year from ${YEAR_MIN} to ${YEAR_MAX}.`).max(YEAR_MAX, `A year from ${YEAR_MIN} to ${YEAR_MAX}.`))
    .meta({ description: which === "from" ? "First year (inclusive)." : "Last year (inclusive).", example: which === "from" ? "2024" : "2026" });

/** Keys the list's query resolves itself against what is published (instrument types, dimension keys). */
const resolvedKeys = z.string().max(MAX_PARAM_LENGTH);

const common = {
  format: z.enum(["json", "csv"], { error: "json or csv." }).optional().meta({ description: "Response format; JSON when absent." }),
  limit: z
    .string()
    .regex(/^\d{1,4}$/, `A whole number from 1 to ${API_MAX_LIMIT}.`)
    .transform(Number)
    .pipe(z.number().int().min(1, `A whole number from 1 to ${API_MAX_LIMIT}.`).max(API_MAX_LIMIT, `A whole number from 1 to ${API_MAX_LIMIT}.`))
    .optional()
    .meta({ description: `Rows per page (default ${API_DEFAULT_LIMIT}, at most ${API_MAX_LIMIT}).` }),
  cursor: z
    .string()
    .max(300)
    .regex(/^[A-Za-z0-9_-]+$/, "The cursor must be copied unchanged from a `next` link.")
    .optional()
    .meta({ description: "Opaque cursor from the previous page's `next` link." }),
};

/** Strict: a parameter not listed here is refused (the message lists those allowed). */
export const API_QUERY_SCHEMAS = {
  figures: z.strictObject({
    ...common,
    category: enumList(CATEGORIES, "Figure categories.").optional(),
    kind: enumList(KINDS, "Figure kinds (what the number is: an actual, a plan, a pledge…).").optional(),
    actor: enumList(ACTOR_TYPES, "Actor types.").optional(),
    funding: enumList(FUNDING, "Whose money (initiatives).").optional(),
    j: codeList.optional(),
    from: year("from").optional(),
    to: year("to").optional(),
  }),
  instruments: z.strictObject({
    ...common,
    j: codeList.optional(),
    type: resolvedKeys.optional().meta({ description: "Instrument types as the timeline's URL keys (e.g. regulation,executive-order), comma-separated." }),
    status: enumList(INSTRUMENT_STATUSES, "Instrument statuses.").optional(),
    from: year("from").optional(),
    to: year("to").optional(),
  }),
  assessments: z.strictObject({
    ...common,
    j: codeList.optional(),
    dimension: resolvedKeys
      .regex(/^[a-z0-9_-]+(,[a-z0-9_-]+)*$/i, "Dimension keys, comma-separated.")
      .optional()
      .meta({ description: "Dimension keys (see the compare page), comma-separated." }),
    current: z
      .enum(["true", "false"], { error: "true or false." })
      .optional()
      .meta({ description: "true: only the coding in force per jurisdiction and dimension; false or absent: every dated coding." }),
  }),
  events: z.strictObject({ ...common, j: codeList.optional(), from: year("from").optional(), to: year("to").optional() }),
  sources: z.strictObject({ ...common, kind: enumList(SOURCE_KINDS, "Source kinds.").optional(), j: codeList.optional() }),
  jurisdictions: z.strictObject({ ...common, kind: enumList(JURISDICTION_KINDS, "Jurisdiction kinds.").optional() }),
} as const;

/** A real query per resource (the e2e test runs each of them against the API). */
export const API_EXAMPLES: Record<ApiResource, string> = {
  figures: "category=CORPORATE_CAPEX&from=2024&limit=5",
  instruments: "j=EU&status=IN_FORCE",
  assessments: "j=EU,US,CN&current=true",
  events: "j=US&from=2025",
  sources: "kind=OFFICIAL&format=csv",
  jurisdictions: "kind=SUBNATIONAL",
};

export type ApiQuery<R extends ApiResource> = z.output<(typeof API_QUERY_SCHEMAS)[R]>;

export type ApiParamError = { code: "unknown-parameter" | "repeated-parameter" | "invalid-parameter"; param: string; detail?: string; allowed: string[] };

export const allowedParams = (resource: ApiResource) => Object.keys(API_QUERY_SCHEMAS[resource].shape).sort();

/** URL search params → the resource's filters, or the first problem (unknown, repeated or invalid parameter). */
export function parseApiQuery<R extends ApiResource>(
  resource: R,
  params: URLSearchParams,
): { ok: true; query: ApiQuery<R> } | { ok: false; error: ApiParamError } {
  const allowed = allowedParams(resource);
  const raw: Record<string, string> = {};
  for (const [name, value] of params) {
    if (!allowed.includes(name)) return { ok: false, error: { code: "unknown-parameter", param: name.slice(0, 40), allowed } };
    if (name in raw) return { ok: false, error: { code: "repeated-parameter", param: name, allowed } };
    raw[name] = value;
  }
  const parsed = API_QUERY_SCHEMAS[resource].safeParse(raw);
  if (parsed.success) {
    const query = parsed.data as ApiQuery<R> & { from?: number; to?: number };
    if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
      return { ok: false, error: { code: "invalid-parameter", param: "from", detail: `from (${query.from}) is after to (${query.to}).`, allowed } };
    }
    return { ok: true, query };
  }
  const issue = parsed.error.issues[0];
  return { ok: false, error: { code: "invalid-parameter", param: String(issue.path[0] ?? ""), detail: issue.message, allowed } };
}
