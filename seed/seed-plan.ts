// The curated seed as a list of rows in the curation forms' shape, each with how to find "the same row" in a
// database (its natural key), in an order where every reference already exists. The seeder creates the missing
// ones; the data updates (seed/updates/) bring untouched existing ones to these values.
import type { Tx } from "../lib/db-client";
import { curatedDelegate, naturalKeyWhere } from "../lib/curation/registry";
import { curatedShape, type EntityName } from "../lib/validations/curated";
import { assessmentKey, curatedSeed } from "./data/index";
import { exchangeRates, exchangeRateSource } from "./data/exchange-rates";
import type { CuratedSeed, IsoDate } from "./data/types";

export type PlannedRow = {
  entity: EntityName;
  /** A readable natural key, e.g. "instruments eu-ai-act". */
  key: string;
  input: Record<string, unknown>;
  /** The id of the existing row with this natural key (deleted ones included), or null. */
  find: (tx: Tx) => Promise<string | null>;
};

const day = (d: IsoDate | undefined) => (d ? new Date(`${d}T00:00:00.000Z`) : null);

/**
 * A seed row as its entity's form values, in the schema's order: each field from `named` (the fields the seed names
 * or shapes differently, e.g. `sources` → `sourceKeys`) or else from the seed's field of the same name, null where
 * the seed leaves it out.
 */
function formValues(entity: EntityName, seed: object, named: Record<string, unknown>): Record<string, unknown> {
  const same: Record<string, unknown> = { ...seed };
  return Object.fromEntries(Object.keys(curatedShape(entity)).map((field) => [field, field in named ? named[field] : (same[field] ?? null)]));
}

/** Finds the row with the input's natural key (slug, code, key; currency + period). */
const byNaturalKey =
  (entity: EntityName, input: Record<string, unknown>): PlannedRow["find"] =>
  async (tx) => {
    const where = naturalKeyWhere(entity, input);
    // Without a key every run would create the row again: an entity without one must pass its own `find`.
    if (!where) throw new Error(`${entity} has no natural key: pass the seed row's find`);
    return (await curatedDelegate(tx, entity).findFirst({ where, select: { id: true } }))?.id ?? null;
  };

export function seedPlan(data: CuratedSeed = curatedSeed, options: { exchangeRates?: boolean } = {}): PlannedRow[] {
  const rows: PlannedRow[] = [];
  const add = (entity: EntityName, key: string, seed: object, named: Record<string, unknown>, find?: PlannedRow["find"]) => {
    const input = formValues(entity, seed, named);
    rows.push({ entity, key: `${entity} ${key}`, input, find: find ?? byNaturalKey(entity, input) });
  };

  const sources = options.exchangeRates ? [...data.sources, exchangeRateSource] : data.sources;
  for (const s of sources) add("sources", s.key, s, { isSeedArticle: s.isSeedArticle ?? false });

  // Countries before their states.
  const jurisdictions = [...data.jurisdictions].sort((a, b) => Number(Boolean(a.parent)) - Number(Boolean(b.parent)));
  for (const j of jurisdictions) add("jurisdictions", j.code, j, { parentCode: j.parent ?? null, sourceKeys: j.sources });

  for (const a of data.assessments) {
    add("assessments", assessmentKey(a), a, { jurisdictionCode: a.jurisdiction, dimensionKey: a.dimension, sourceKeys: a.sources }, async (tx) => {
      const found = await tx.assessment.findFirst({
        where: { jurisdiction: { code: a.jurisdiction }, dimension: { key: a.dimension }, since: day(a.since) },
        orderBy: { createdAt: "asc" },
        select: { id: true },
      });
      return found?.id ?? null;
    });
  }

  // An instrument that revokes another is created first, so the revoked one can link to it.
  const instruments = [...data.instruments].sort((x, y) => Number(Boolean(x.revokedBy)) - Number(Boolean(y.revokedBy)));
  for (const i of instruments) {
    add("instruments", i.slug, i, {
      jurisdictionCode: i.jurisdiction,
      alsoJurisdictions: (i.alsoJurisdictions ?? []).join(","),
      adoptedPrecision: i.adoptedPrecision ?? "DAY",
      effectivePrecision: i.effectivePrecision ?? "DAY",
      revokedBySlug: i.revokedBy ?? null,
      sourceKeys: i.sources,
    });
  }

  // Milestones have no key of their own: instrument + date, and the English label where one instrument has two
  // milestones on a date (a superseded one and its replacement).
  for (const i of data.instruments) {
    const milestones = i.milestones ?? [];
    for (const m of milestones) {
      const shared = milestones.filter((o) => o.date === m.date).length > 1;
      const superseded = {
        supersededOn: m.superseded?.on ?? null,
        supersededBySlug: m.superseded?.by ?? null,
        supersededNoteEn: m.superseded?.noteEn ?? null,
        supersededNoteZh: m.superseded?.noteZh ?? null,
      };
      add(
        "milestones",
        `${i.slug}@${m.date}${shared ? `@${m.labelEn}` : ""}`,
        m,
        { instrumentSlug: i.slug, ...superseded, sourceKeys: m.sources },
        async (tx) => {
          const candidates = await tx.milestone.findMany({
            where: { instrument: { slug: i.slug }, date: day(m.date)! },
            orderBy: { createdAt: "asc" },
            select: { id: true, labelEn: true },
          });
          const sameLabel = candidates.find((c) => c.labelEn === m.labelEn);
          return sameLabel?.id ?? (shared ? null : (candidates[0]?.id ?? null));
        },
      );
    }
  }

  for (const f of data.investments) add("investmentFigures", f.slug, f, { jurisdictionCode: f.jurisdiction ?? null, sourceKeys: f.sources });

  for (const e of data.events) {
    add("events", e.slug, e, {
      jurisdictionCode: e.jurisdiction,
      alsoJurisdictions: (e.alsoJurisdictions ?? []).join(","),
      instrumentSlug: e.instrument ?? null,
      sourceKeys: e.sources,
    });
  }

  for (const c of data.claims) {
    add("flaggedClaims", c.slug, c, {
      sourceKey: c.source,
      instrumentSlug: c.instrument ?? null,
      investmentFigureSlug: c.investmentFigure ?? null,
      evidenceKeys: c.evidence,
    });
  }

  if (options.exchangeRates) for (const r of exchangeRates) add("exchangeRates", `${r.currency} ${r.period}`, r, { sourceKey: r.source });
  return rows;
}

/** Sources the previous seed had and this one dropped (fact-sheet row E1 drops the placeholder FS1). */
export const DROPPED_SOURCES = ["FS1"];
