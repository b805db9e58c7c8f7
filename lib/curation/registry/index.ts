// The curated entities' registry: one typed definition per entity (./<entity>.ts: Prisma model and includes, form ↔
// data mapping, natural key, form fields, list columns, CSV match key) next to its zod schema in
// lib/validations/curated.ts. The engine, the admin lists and forms, the CSV import/export, the history and the seed
// all read the entity from here. Pure (no "server-only"): the seed scripts and the client forms import it too.
//
// Adding a field to an entity: the column in prisma/schema.prisma (then `npm run db:new-migration <name>`, which
// regenerates the PostgreSQL schema and writes one migration per provider), the field in the entity's zod schema
// (lib/validations/curated.ts), and in its definition here: the form, and the name in `columns` (stored as the form
// holds it, e.g. instruments' "statusNoteZh") or `dates`; only a relation or a value stored differently needs a line in
// toInput and toData. The CSV columns, the history and review diffs, the revision snapshots, the import and the seed
// (seed/seed-plan.ts, by the same name) follow. A field name new to the catalogs also needs its label,
// curation.fields.<name>, in messages/en and messages/zh.
import type { EntityName } from "../../validations/curated";
import { assessments } from "./assessments";
import { events } from "./events";
import { exchangeRates } from "./exchange-rates";
import { flaggedClaims } from "./flagged-claims";
import { instruments } from "./instruments";
import { investmentFigures } from "./investment-figures";
import { jurisdictions } from "./jurisdictions";
import { milestones } from "./milestones";
import { sources } from "./sources";
import type { CuratedDelegate, EntityAdapter, ModelClient, WriteData } from "./types";

export const REGISTRY: { readonly [E in EntityName]: EntityAdapter<E> } = {
  jurisdictions,
  sources,
  instruments,
  milestones,
  assessments,
  investmentFigures,
  exchangeRates,
  events,
  flaggedClaims,
};

/** An entity's definition for code that handles any entity (its input is that entity's parsed form values). */
export const entityAdapter = (entity: EntityName): EntityAdapter => REGISTRY[entity];

/**
 * A findFirst `where` matching the row with the input's natural key (slug, code, key; currency + period), or null
 * for the entities that have none (assessments, milestones).
 */
export function naturalKeyWhere(entity: EntityName, input: Record<string, unknown>): Record<string, unknown> | null {
  const key = REGISTRY[entity].matchKey;
  return key.includes("id") ? null : Object.fromEntries(key.map((field) => [field, input[field]]));
}

/** The entity's Prisma model on a client or transaction, typed as what generic curation code may call on it. */
export const curatedDelegate = (client: ModelClient, entity: EntityName): CuratedDelegate => REGISTRY[entity].delegate(client);

export type { CuratedDelegate, EntityAdapter, ModelClient, References, StoredRow, WriteData } from "./types";
export { day, iso } from "./mapping";

/**
 * Creates a row of the entity. `data` is what the entity's own `toData` built (plus the engine's state columns);
 * Prisma's generated input type differs per model, so it is handed over as such here, in one place.
 */
export async function createRow(client: ModelClient, entity: EntityName, data: WriteData): Promise<{ id: string }> {
  return curatedDelegate(client, entity).create({ data: data as never, select: { id: true } });
}

/** Updates a row of the entity matched on { id, version } (see createRow for `data`). */
export async function updateRow(client: ModelClient, entity: EntityName, where: { id: string; version: number }, data: WriteData): Promise<void> {
  await curatedDelegate(client, entity).update({ where, data: data as never, select: { id: true } });
}

/** A row's pending draft (the form values an editor saved for review), or null. */
export function draftOf(row: { draft: unknown }): Record<string, unknown> | null {
  const d = row.draft;
  return typeof d === "object" && d !== null && !Array.isArray(d) ? (d as Record<string, unknown>) : null;
}

/**
 * A record's name from form values that were stored as JSON (a draft, a revision snapshot): they passed the entity's
 * schema when saved, so its label reads them as that entity's input.
 */
export const labelOf = (entity: EntityName, values: Record<string, unknown>): string => entityAdapter(entity).label(values as never);
