// The columns of the curation CSV, one list per entity: what the export writes is what the import reads back.
// Pure (no database), shared by the export, the import, the import page and the tests.
import type { z } from "zod";
import { curatedShape, ENTITY_NAMES, type EntityName } from "../validations/curated";
import { REGISTRY } from "./registry";

/**
 * How an imported row finds the record it updates. Entities with a natural key use it (the same key the forms
 * refuse to duplicate); milestones and assessments have none (several per instrument / dimension), so the
 * exported record `id` is the match key and an empty `id` creates a new record.
 */
export const MATCH_KEY: { readonly [E in EntityName]: readonly string[] } = {
  jurisdictions: REGISTRY.jurisdictions.matchKey,
  sources: REGISTRY.sources.matchKey,
  instruments: REGISTRY.instruments.matchKey,
  milestones: REGISTRY.milestones.matchKey,
  assessments: REGISTRY.assessments.matchKey,
  investmentFigures: REGISTRY.investmentFigures.matchKey,
  exchangeRates: REGISTRY.exchangeRates.matchKey,
  events: REGISTRY.events.matchKey,
  flaggedClaims: REGISTRY.flaggedClaims.matchKey,
};

export const matchesById = (entity: EntityName) => MATCH_KEY[entity][0] === "id";

/** Written by the export for the reader, ignored by the import (publishing follows the import's own rules). */
export const READ_ONLY_COLUMNS = ["publication", "pendingDraft", "updatedAt"] as const;

type ZodDef = { type: string; innerType?: z.ZodType; in?: z.ZodType; options?: z.ZodType[] };
const defOf = (t: z.ZodType) => (t as unknown as { _zod: { def: ZodDef } })._zod.def;

/** The type a field's value has before zod's wrappers (default, optional, transforms, blank-or-value unions). */
function baseType(schema: z.ZodType): string {
  let def = defOf(schema);
  for (let i = 0; i < 10; i++) {
    if (def.innerType) def = defOf(def.innerType);
    else if (def.type === "pipe" && def.in) def = defOf(def.in);
    else if (def.type === "union" && def.options) {
      const inner = def.options.map(defOf).find((d) => d.type !== "literal" && d.type !== "null");
      if (!inner) break;
      def = inner;
    } else break;
  }
  return def.type;
}

export type ColumnKind = "text" | "boolean" | "list";

/** The form's fields of an entity in the form's order, each with how its CSV cell is read. */
export function fieldColumns(entity: EntityName): { name: string; kind: ColumnKind }[] {
  const shape = curatedShape(entity);
  const formOrder = REGISTRY[entity].form.map((f) => f.name).filter((n) => n in shape);
  const names = [...formOrder, ...Object.keys(shape).filter((n) => !formOrder.includes(n))];
  return names.map((name) => {
    const type = baseType(shape[name]);
    return { name, kind: type === "boolean" ? "boolean" : type === "array" ? "list" : "text" };
  });
}

/** Columns the import reads: the match id where there is no natural key, the form's fields, the version. */
export function importColumns(entity: EntityName): string[] {
  return [...(matchesById(entity) ? ["id"] : []), ...fieldColumns(entity).map((c) => c.name), "version"];
}

/** Columns the export writes: the import's, then the read-only ones. */
export function exportColumns(entity: EntityName): string[] {
  return [...importColumns(entity), ...READ_ONLY_COLUMNS];
}

/** The match key of a row's values, e.g. "eu-ai-act" or "EUR 2024". */
export function matchKeyOf(entity: EntityName, values: Record<string, unknown>): string {
  return MATCH_KEY[entity].map((k) => String(values[k] ?? "").trim()).join(" ");
}

export const IMPORT_ENTITIES: readonly EntityName[] = ENTITY_NAMES;
