// Every input to a deck action or route, parsed strictly (unknown fields are rejected). Error messages are keys
// of the "decks.fieldErrors" catalog, so that the field messages are shown in the reader's language.
import { z } from "zod";
import { CHART_IDS, type ChartId, type ChartView } from "../dto/decks";
import { parseInvestmentFilters } from "./investment-filters";

export const LIMITS = { title: 200, audience: 200, takeaway: 300, notes: 5000, body: 5000, slides: 60, paramValue: 400 } as const;

/** The query parameters each chart understands (`page` is accepted from explorer links and ignored). */
export const VIEW_PARAMS: Record<ChartId, readonly string[]> = {
  capex: ["category", "kind", "actor", "from", "to", "currency", "page"],
  initiatives: ["category", "kind", "actor", "from", "to", "currency", "page", "group"],
  private: ["category", "kind", "actor", "from", "to", "currency", "page"],
  compare: ["j"],
  timeline: ["j", "type", "status", "from", "to"],
  // One jurisdiction's charts (its page): the code is required.
  "jurisdiction-levels": ["code"],
  "jurisdiction-figures": ["code"],
};

const TIMELINE_STATUSES = ["PROPOSED", "ADOPTED", "IN_FORCE", "REVOKED", "REJECTED"];
const CODE = /^[A-Za-z]{2,3}$/;
/** A jurisdiction's code: "EU", "INT", a US state "US-CA". */
export const JURISDICTION_CODE = /^[A-Za-z]{2,3}(-[A-Za-z]{2,3})?$/;
const list = (v: string) =>
  v
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

/** Problems with a view's parameters, as "param=value" strings; empty when the view is well-formed. */
export function viewParamProblems(view: ChartView): string[] {
  const allowed = VIEW_PARAMS[view.chart];
  const problems = Object.keys(view.params)
    .filter((k) => !allowed.includes(k))
    .map((k) => `${k} (unknown parameter)`);
  const p = view.params;
  if (view.chart === "compare") {
    const codes = list(p.j ?? "");
    if (p.j !== undefined && (codes.length < 2 || codes.length > 4 || !codes.every((c) => CODE.test(c)))) problems.push(`j=${p.j}`);
  } else if (view.chart === "jurisdiction-levels" || view.chart === "jurisdiction-figures") {
    if (!JURISDICTION_CODE.test(p.code ?? "")) problems.push(`code=${p.code ?? ""}`);
  } else if (view.chart === "timeline") {
    for (const key of ["from", "to"] as const) if (p[key] !== undefined && !/^\d{4}$/.test(p[key])) problems.push(`${key}=${p[key]}`);
    if (p.j !== undefined && !list(p.j).every((c) => CODE.test(c))) problems.push(`j=${p.j}`);
    if (p.status !== undefined && !list(p.status).every((s) => TIMELINE_STATUSES.includes(s.toUpperCase().replace(/-/g, "_"))))
      problems.push(`status=${p.status}`);
    if (p.type !== undefined && !list(p.type).every((t) => /^[a-z0-9-]+$/i.test(t))) problems.push(`type=${p.type}`);
  } else {
    const { notices } = parseInvestmentFilters(p);
    problems.push(...notices.map((n) => `${n.param}=${n.value}`));
    if (view.chart === "initiatives" && p.group !== undefined && !/^[A-Z]{3}$/.test(p.group)) problems.push(`group=${p.group}`);
  }
  return problems;
}

const paramValue = z
  .string()
  .max(LIMITS.paramValue, { error: "viewInvalid" })
  .regex(/^[\w,.\- ]*$/, { error: "viewInvalid" });

export const chartViewSchema = z
  .strictObject(
    {
      chart: z.enum(CHART_IDS, { error: "viewUnknownChart" }),
      params: z.record(z.string().max(20), paramValue).refine((p) => Object.keys(p).length <= 10, { error: "viewInvalid" }),
    },
    { error: "viewInvalid" },
  )
  .superRefine((view, ctx) => {
    if (viewParamProblems(view).length) ctx.addIssue({ code: "custom", message: "viewInvalid", path: ["params"] });
  });

const requiredText = (max: number, tooLong: string, required: string) =>
  z.string({ error: required }).trim().min(1, { error: required }).max(max, { error: tooLong });

/** Optional text: empty becomes null (so a cleared field clears the column). */
const optionalText = (max: number, tooLong: string) =>
  z
    .string({ error: "invalid" })
    .trim()
    .max(max, { error: tooLong })
    .optional()
    .transform((v) => (v ? v : null));

export const deckTitle = requiredText(LIMITS.title, "titleTooLong", "titleRequired");
const slideTitle = deckTitle;
const audience = optionalText(LIMITS.audience, "audienceTooLong");
const takeaway = optionalText(LIMITS.takeaway, "takeawayTooLong");
const notes = optionalText(LIMITS.notes, "notesTooLong");
const body = optionalText(LIMITS.body, "bodyTooLong");
const isoDate = z.iso.date();
const briefingOn = z
  .string({ error: "dateInvalid" })
  .trim()
  .refine((v) => v === "" || isoDate.safeParse(v).success, { error: "dateInvalid" })
  .optional()
  .transform((v) => (v ? v : null));

export const deckIdSchema = z.string({ error: "idInvalid" }).regex(/^[a-z0-9]{10,40}$/, { error: "idInvalid" });
const version = z.number({ error: "versionInvalid" }).int({ error: "versionInvalid" }).min(1, { error: "versionInvalid" });
const deckRef = { deckId: deckIdSchema, version };
const slideRef = { ...deckRef, slideId: deckIdSchema };

export const createDeckSchema = z.strictObject({ title: deckTitle, audience, briefingOn });
export const updateDeckSchema = z.strictObject({ ...deckRef, title: deckTitle, audience, briefingOn });
export const deckVersionSchema = z.strictObject(deckRef);
export const slideRefSchema = z.strictObject(slideRef);
export const moveSlideSchema = z.strictObject({ ...slideRef, direction: z.enum(["up", "down"], { error: "directionInvalid" }) });
export const updateSlideSchema = z.strictObject({ ...slideRef, title: slideTitle, takeaway, notes, body });
export const addTextSlideSchema = z.strictObject({ ...deckRef, title: slideTitle, body, takeaway, notes });
export const addViewSlideSchema = z.strictObject({
  ...deckRef,
  kind: z.enum(["CHART", "TABLE"], { error: "kindInvalid" }),
  /** Empty: the chart's own title. */
  title: optionalText(LIMITS.title, "titleTooLong"),
  takeaway,
  view: chartViewSchema,
});

/** "Add to briefing": to an existing deck (at the version the dialog saw) or to a new deck. */
export const addToBriefingSchema = z.strictObject({
  view: chartViewSchema,
  title: slideTitle,
  target: z.union([z.strictObject({ deckId: deckIdSchema, version }), z.strictObject({ newDeckTitle: deckTitle })], { error: "targetInvalid" }),
});

export const exportQuerySchema = z.strictObject({ locale: z.enum(["en", "zh"]).default("en") });

export type CreateDeckInput = z.infer<typeof createDeckSchema>;
export type UpdateDeckInput = z.infer<typeof updateDeckSchema>;
export type UpdateSlideInput = z.infer<typeof updateSlideSchema>;
export type AddViewSlideInput = z.infer<typeof addViewSlideSchema>;
export type AddToBriefingInput = z.infer<typeof addToBriefingSchema>;

/** Field → message key (the first issue per field); nested paths are joined with dots ("target.newDeckTitle"). */
export function fieldErrorKeys(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.map(String).join(".") : "form";
    // Union failures carry the nested field's issues: report the specific one (e.g. a too-long new deck title).
    if (issue.code === "invalid_union" && "errors" in issue) {
      const nested = (issue.errors as z.core.$ZodIssue[][]).flat().find((i) => i.code !== "unrecognized_keys");
      if (nested) {
        out[[field, ...nested.path.map(String)].join(".")] ??= messageKey(nested.message);
        continue;
      }
    }
    out[field] ??= issue.code === "unrecognized_keys" ? "unknownField" : messageKey(issue.message);
  }
  return out;
}

const KNOWN_KEYS = new Set([
  "titleRequired",
  "titleTooLong",
  "audienceTooLong",
  "takeawayTooLong",
  "notesTooLong",
  "bodyTooLong",
  "dateInvalid",
  "idInvalid",
  "versionInvalid",
  "directionInvalid",
  "kindInvalid",
  "viewInvalid",
  "viewUnknownChart",
  "targetInvalid",
  "unknownField",
]);
const messageKey = (message: string) => (KNOWN_KEYS.has(message) ? message : "invalid");

// Stored JSON (frozen data) is read defensively: a malformed value counts as "no data", never a crash.
const cell = z.union([z.string(), z.number(), z.null()]);
export const slideDataSchema = z.object({
  title: z.string(),
  subtitle: z.string().optional(),
  unit: z.string(),
  chartType: z.enum(["bar", "grouped-bar", "radar", "table", "timeline", "sources"]),
  categories: z.array(z.string()),
  series: z.array(z.object({ name: z.string(), values: z.array(z.number().nullable()) })),
  table: z.object({ columns: z.array(z.string()), rows: z.array(z.array(cell)) }),
  sources: z.array(z.string()),
  asOf: z.string(),
  lastChecked: z.string().optional(),
  caveat: z.string().optional(),
  legend: z.array(z.object({ label: z.string(), color: z.string() })).optional(),
  part: z.object({ index: z.number().int(), total: z.number().int() }).optional(),
  timeline: z
    .object({
      from: z.number().int(),
      to: z.number().int(),
      today: z.string(),
      lanes: z.array(z.object({ code: z.string(), label: z.string() })),
      items: z.array(z.object({ lane: z.string(), date: z.string(), label: z.string(), mark: z.string(), superseded: z.array(z.string()) })),
    })
    .optional(),
});
export const frozenSlideDataSchema = z.object({ en: slideDataSchema.nullable(), zh: slideDataSchema.nullable() });
