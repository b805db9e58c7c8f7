// What the seed and its data updates share: they write curated rows the way the curation forms do (same zod schema,
// same adapter from form values to database data, same revision snapshot), by a dedicated system user, so that a
// seeded row has a history that can be restored like any curator's edit.
import { randomBytes } from "node:crypto";
import type { Db, Tx } from "../lib/db-client";
import { hashPassword } from "../lib/auth/password";
import { ADAPTERS, type References } from "../lib/mutations/curated/adapters";
import { createRow, curatedDelegate } from "../lib/curation/registry";
import { CURATED_SCHEMAS, fieldErrors, type EntityName } from "../lib/validations/curated";

/** A unique-key violation: a concurrent start (or run) wrote the same row first. */
export const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === "P2002";

/** Runs a create unless a concurrent start already created the row: true when this call created it. */
export async function createUnlessTaken(create: () => Promise<unknown>): Promise<boolean> {
  try {
    await create();
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

export const SYSTEM_EMAIL = "system@govatlas.local";

/** The account the seed and data updates write as: inactive, so it can never sign in. */
export async function ensureSystemUser(db: Db): Promise<{ id: string; email: string }> {
  const found = await db.user.findUnique({ where: { email: SYSTEM_EMAIL }, select: { id: true, email: true } });
  if (found) return found;
  try {
    return await db.user.create({
      data: {
        email: SYSTEM_EMAIL,
        name: "GovAtlas data (seed and updates)",
        role: "VIEWER",
        active: false,
        passwordHash: await hashPassword(randomBytes(24).toString("base64url")),
      },
      select: { id: true, email: true },
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error; // created by a concurrent start
    return (await db.user.findUnique({ where: { email: SYSTEM_EMAIL }, select: { id: true, email: true } }))!;
  }
}

/** Resolves natural keys like the app's ReferenceChecker; the seed data are checked beforehand, so a miss is a bug. */
class SeedReferences implements References {
  readonly errors: Record<string, string> = {};
  constructor(private readonly tx: Tx) {}
  get ok() {
    return Object.keys(this.errors).length === 0;
  }
  async sources(field: string, keys: string[]) {
    const found = await this.tx.source.findMany({ where: { key: { in: keys }, deletedAt: null }, select: { key: true } });
    const missing = keys.filter((k) => !found.some((f) => f.key === k));
    if (missing.length) this.errors[field] ??= `unknown source ${missing.join(", ")}`;
    return keys.map((key) => ({ key }));
  }
  async jurisdiction(field: string, code: string) {
    const row = await this.tx.jurisdiction.findUnique({ where: { code }, select: { id: true } });
    if (!row) this.errors[field] ??= `unknown jurisdiction ${code}`;
    return row?.id ?? "";
  }
  async codes(field: string, csv: string) {
    const codes = csv.split(",").filter(Boolean);
    const found = codes.length ? await this.tx.jurisdiction.findMany({ where: { code: { in: codes } }, select: { code: true } }) : [];
    const missing = codes.filter((c) => !found.some((f) => f.code === c));
    if (missing.length) this.errors[field] ??= `unknown jurisdiction ${missing.join(", ")}`;
  }
  async instrument(field: string, slug: string | null) {
    if (!slug) return null;
    const row = await this.tx.instrument.findUnique({ where: { slug }, select: { id: true } });
    if (!row) this.errors[field] ??= `unknown instrument ${slug}`;
    return row?.id ?? null;
  }
  async figure(field: string, slug: string | null) {
    if (!slug) return null;
    const row = await this.tx.investmentFigure.findUnique({ where: { slug }, select: { id: true } });
    if (!row) this.errors[field] ??= `unknown investment figure ${slug}`;
    return row?.id ?? null;
  }
  async source(field: string, key: string) {
    const row = await this.tx.source.findUnique({ where: { key }, select: { id: true } });
    if (!row) this.errors[field] ??= `unknown source ${key}`;
    return row?.id ?? "";
  }
  async dimension(field: string, key: string) {
    const row = await this.tx.dimension.findUnique({ where: { key }, select: { id: true } });
    if (!row) this.errors[field] ??= `unknown dimension ${key}`;
    return row?.id ?? "";
  }
}

/** Form values → database data, exactly as a curator's save would write them. */
export async function dataFor(tx: Tx, entity: EntityName, input: Record<string, unknown>, mode: "create" | "update") {
  const refs = new SeedReferences(tx);
  const data = await ADAPTERS[entity].toData(input as never, refs, mode);
  if (!refs.ok) throw new Error(`seed ${entity} ${ADAPTERS[entity].label(input as never)}: ${Object.values(refs.errors).join("; ")}`);
  return data;
}

/** Validated, normalised form values (the schema's own transforms), with list fields in a stable order. */
export function canonical(entity: EntityName, raw: Record<string, unknown>, options: { lenient?: boolean } = {}): Record<string, unknown> {
  const parsed = CURATED_SCHEMAS[entity].safeParse(raw);
  // A stored row may predate a rule (e.g. an old claim without evidence): compare it as stored.
  if (!parsed.success && options.lenient) return sortKeys({ ...raw });
  if (!parsed.success) {
    throw new Error(
      `seed ${entity} ${JSON.stringify(raw).slice(0, 120)}: ${Object.entries(fieldErrors(parsed.error))
        .map(([field, message]) => `${field}: ${message}`)
        .join("; ")}`,
    );
  }
  return sortKeys({ ...(parsed.data as Record<string, unknown>) });
}

const DECIMALS = ["amount", "amountLow", "amountHigh", "rate"];

function sortKeys(out: Record<string, unknown>): Record<string, unknown> {
  // A stored Decimal reads back without trailing zeros ("1.2440" → "1.244"): compare the numbers, not their spelling.
  for (const k of DECIMALS) if (typeof out[k] === "string" && (out[k] as string).includes(".")) out[k] = (out[k] as string).replace(/\.?0+$/, "");
  for (const k of ["sourceKeys", "evidenceKeys"])
    if (Array.isArray(out[k])) out[k] = [...(out[k] as string[])].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/** The stored row in the form's shape, normalised like `canonical`, and its revision snapshot (as the engine writes it). */
export async function currentState(tx: Tx | Db, entity: EntityName, id: string) {
  const row = await curatedDelegate(tx, entity).findUnique({ where: { id }, include: ADAPTERS[entity].include });
  if (!row) throw new Error(`${entity} ${id} vanished`);
  const data = ADAPTERS[entity].toInput(row) as Record<string, unknown>;
  const snapshot = { data, publication: row.publication, deletedAt: row.deletedAt ? row.deletedAt.toISOString() : null, draft: row.draft ?? null };
  return { row, input: canonical(entity, data, { lenient: true }), snapshot };
}

/** A revision (full snapshot) and an audit row by the system user, in the caller's transaction. */
export async function recordSystemChange(
  tx: Tx,
  entity: EntityName,
  id: string,
  action: "create" | "update" | "delete",
  system: { id: string; email: string },
  detail: Record<string, unknown>,
) {
  const { row, snapshot } = await currentState(tx, entity, id);
  await tx.revision.create({
    data: { entityType: entity, entityId: id, version: row.version as number, action, snapshot: snapshot as never, actorId: system.id },
  });
  await tx.auditLog.create({
    data: {
      actorId: system.id,
      actorEmail: system.email,
      action: `${entity}.${action}`,
      entityType: entity,
      entityId: id,
      detail: { version: row.version, ...detail } as never,
    },
  });
}

/**
 * Creates the missing rows among `rows`, a batch per transaction (a fresh database takes a few seconds instead of
 * one commit per row); when a concurrent run created one of them meanwhile, that batch is retried row by row.
 * Returns how many rows were created, per entity.
 */
export async function createSeedRows(
  db: Db,
  rows: { entity: EntityName; input: Record<string, unknown>; exists: (tx: Tx) => Promise<boolean> }[],
  system: { id: string; email: string },
  batch = 40,
): Promise<Partial<Record<EntityName, number>>> {
  const created: Partial<Record<EntityName, number>> = {};
  const count = (e: EntityName) => (created[e] = (created[e] ?? 0) + 1);
  for (let i = 0; i < rows.length; i += batch) {
    const chunk = rows.slice(i, i + batch);
    try {
      const made = await db.$transaction(
        async (tx) => {
          const done: EntityName[] = [];
          for (const row of chunk) {
            if (await row.exists(tx)) continue;
            await insert(tx, row.entity, canonical(row.entity, row.input), system);
            done.push(row.entity);
          }
          return done;
        },
        { timeout: 60_000 },
      );
      made.forEach(count);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      for (const row of chunk) if (await createSeedRow(db, row.entity, row.input, system, row.exists)) count(row.entity);
    }
  }
  return created;
}

async function insert(tx: Tx, entity: EntityName, values: Record<string, unknown>, system: { id: string; email: string }) {
  const data = await dataFor(tx, entity, values, "create");
  const row = await createRow(tx, entity, { ...data, publication: "PUBLISHED" });
  await recordSystemChange(tx, entity, row.id, "create", system, { seed: true });
}

/** Creates a published row from seed values with its first revision; false when another run created it meanwhile. */
export async function createSeedRow(
  db: Db,
  entity: EntityName,
  input: Record<string, unknown>,
  system: { id: string; email: string },
  exists: (tx: Tx) => Promise<unknown>,
) {
  const values = canonical(entity, input);
  try {
    return await db.$transaction(async (tx) => {
      if (await exists(tx)) return false;
      await insert(tx, entity, values, system);
      return true;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return false; // unique key taken by a concurrent run
    throw error;
  }
}
