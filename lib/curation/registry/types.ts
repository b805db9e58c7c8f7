// The shape of one curated entity's definition (see ./index.ts): everything the engine, the admin lists and forms,
// the CSV import/export and the history need to know about the entity, typed against its Prisma model.
import type { Tx } from "../../db-client";
import { curatedShape, type EntityInput, type EntityName } from "../../validations/curated";
import type { FieldSpec } from "./fields";
import type { ListColumn } from "./list-cells";
import { day, iso } from "./mapping";

/** Resolves relations given by natural keys, collecting "unknown X" problems (ReferenceChecker in the app). */
export type References = {
  readonly errors: Record<string, string>;
  readonly ok: boolean;
  sources(field: string, keys: string[]): Promise<{ key: string }[]>;
  jurisdiction(field: string, code: string): Promise<string>;
  codes(field: string, csv: string): Promise<void>;
  instrument(field: string, slug: string | null): Promise<string | null>;
  figure(field: string, slug: string | null): Promise<string | null>;
  source(field: string, key: string): Promise<string>;
  dimension(field: string, key: string): Promise<string>;
};

/** The columns every curated model has (publication state, pending draft, optimistic-lock version, soft delete). */
export type StoredRow = Record<string, unknown> & {
  id: string;
  version: number;
  publication: string;
  deletedAt: Date | null;
  draft: unknown;
  updatedAt: Date;
};

/** Prisma data for a create or update, as an entity's `toData` builds it (plus the engine's state columns). */
export type WriteData = Record<string, unknown>;

/** What the engine, lists and import call on a curated model; every curated Prisma delegate satisfies it. */
export interface CuratedDelegate {
  findUnique(args: { where: { id: string }; include?: object }): PromiseLike<StoredRow | null>;
  findFirst(args: { where: object; select: { id: true } }): PromiseLike<{ id: string } | null>;
  findMany(args: { where?: object; include?: object; orderBy?: object; skip?: number; take?: number }): PromiseLike<StoredRow[]>;
  count(args: { where?: object }): PromiseLike<number>;
  // Each model has its own generated input type: writes go through createRow / updateRow (./index.ts).
  create(args: { data: never; select: { id: true } }): PromiseLike<{ id: string }>;
  update(args: { where: { id: string; version?: number }; data: never; select?: { id: true } }): PromiseLike<{ id: string }>;
}

/** A client or transaction: what a definition reads its model from. */
export type ModelClient = Pick<
  Tx,
  "jurisdiction" | "source" | "instrument" | "milestone" | "assessment" | "investmentFigure" | "exchangeRate" | "timelineEvent" | "flaggedClaim"
>;

export type EntityDefinition<E extends EntityName, Row> = {
  /** The Prisma model's name (the audit and revision tables store the entity name, not this). */
  model: keyof ModelClient;
  /** The model's delegate on a client or transaction (defineEntity derives it from `model`). */
  delegate: (client: ModelClient) => CuratedDelegate;
  /** What `toInput` needs loaded with the row. */
  include: object;
  /** The record's name in lists, history and audit. */
  label(input: EntityInput<E>): string;
  /** A stored row → the form's shape (also the revision snapshot and the CSV export). */
  toInput(row: Row): EntityInput<E>;
  /** The form's shape → Prisma data; unknown references are collected in `refs`. */
  toData(input: EntityInput<E>, refs: References, mode: "create" | "update"): Promise<WriteData>;
  /** Columns the admin list searches. */
  searchFields: string[];
  /** The natural key (duplicate checks, the seed, and how an imported CSV row finds its record), or ["id"] where there is none. */
  matchKey: readonly string[];
  /** The form's fields in order (labels: messages curation.fields.<name>). */
  form: FieldSpec[];
  /** The admin list's value columns (the label column comes first). */
  list: ListColumn[];
};

/** A definition with its row type erased, as the registry hands it to generic code. */
// Methods (not function-typed properties) so that one entity's definition is also an EntityAdapter<EntityName>.
export type EntityAdapter<E extends EntityName = EntityName> = EntityDefinition<E, StoredRow>;

type Input<E extends EntityName> = EntityInput<E>;
/** Fields the form and the table hold under one name with values of one type: copied as they are, both ways. */
type CopiedField<E extends EntityName, Row> = {
  [K in keyof Input<E> & keyof Row & string]: Row[K] extends Input<E>[K] ? K : never;
}[keyof Input<E> & keyof Row & string];
/** Date fields: a Date (or null) in the table, "YYYY-MM-DD" (or null) in the form. */
type DateField<E extends EntityName, Row> = {
  [K in keyof Input<E> & keyof Row & string]: Row[K] extends Date | null ? (string | null extends Input<E>[K] ? K : never) : never;
}[keyof Input<E> & keyof Row & string];

/**
 * What an entity's file writes: its plain fields once, in `columns` and `dates`, and for the other fields (relations by
 * natural key, defaults, decimals) `toInput` and `toData`.
 */
export type EntitySpec<E extends EntityName, Row, C extends string, D extends string> = Omit<EntityDefinition<E, Row>, "delegate" | "toInput"> & {
  columns: readonly C[];
  dates?: readonly D[];
  toInput(row: Row): Omit<Input<E>, C | D>;
};

const pick = (from: object, keys: readonly string[], map: (v: never) => unknown = (v) => v) =>
  Object.fromEntries(keys.map((k) => [k, map((from as Record<string, never>)[k])]));

/**
 * An entity's definition from its spec: the plain fields are copied and the dates converted by the spec's tables, the
 * rest by its own `toInput` / `toData`. `toInput` lists the form's values in the schema's order (the order the history
 * and review diffs show them in). The row type is erased once, here: a definition's `toInput` is only ever given
 * rows its own `delegate` and `include` read.
 */
export function defineEntity<E extends EntityName, Row, const C extends CopiedField<E, Row>, const D extends DateField<E, Row> = never>(
  entity: E,
  spec: EntitySpec<E, Row, C, D>,
): EntityAdapter<E> {
  const delegate = (client: ModelClient): CuratedDelegate => client[spec.model];
  const dates = spec.dates ?? [];
  const fields = Object.keys(curatedShape(entity));
  const toInput = (row: StoredRow) => {
    const values: Record<string, unknown> = { ...pick(row, spec.columns), ...pick(row, dates, iso), ...spec.toInput(row as unknown as Row) };
    // Every field of the schema is one of the three: the CopiedField / DateField types and `toInput`'s Omit check it.
    return Object.fromEntries(fields.map((f) => [f, values[f]])) as Input<E>;
  };
  const toData = async (input: Input<E>, refs: References, mode: "create" | "update") => ({
    ...pick(input, spec.columns),
    ...pick(input, dates, day),
    ...(await spec.toData(input, refs, mode)),
  });
  return { ...spec, delegate, toInput, toData };
}
