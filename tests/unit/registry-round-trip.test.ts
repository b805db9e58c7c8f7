// The registry's definitions map the form's values to Prisma data and a stored row back (defineEntity copies the
// listed columns, converts the dates, and lists the values in the schema's order, the order history diffs show).
// Every seeded row of every entity goes form → data → row → form and comes back unchanged, field for field (its
// source keys in reading order, R2 before R10).
import { describe, expect, it } from "vitest";
import { REGISTRY, type References, type StoredRow } from "@/lib/curation/registry";
import { CURATED_SCHEMAS, ENTITY_NAMES } from "@/lib/validations/curated";
import { seedPlan } from "@/seed/seed-plan";

/** Relations resolve to "<kind>:<natural key>", so that the fake row below can give the key back. */
const refs: References = {
  errors: {},
  ok: true,
  sources: async (_field, keys) => keys.map((key) => ({ key })),
  jurisdiction: async (_field, code) => `J:${code}`,
  codes: async () => {},
  instrument: async (_field, slug) => (slug ? `I:${slug}` : null),
  figure: async (_field, slug) => (slug ? `F:${slug}` : null),
  source: async (_field, key) => `S:${key}`,
  dimension: async (_field, key) => `D:${key}`,
};

const readingOrder = (values: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(values).map(([field, v]) => [
      field,
      Array.isArray(v) ? [...v].sort((a, b) => String(a).localeCompare(String(b), "en", { numeric: true })) : v,
    ]),
  );
const keyOf = (id: unknown) => (typeof id === "string" ? id.slice(2) : null);
const related = <K extends string>(id: unknown, name: K) => (keyOf(id) === null ? null : ({ [name]: keyOf(id) } as Record<K, string>));
const decimal = (v: unknown) => (v === null || v === undefined ? null : { toString: () => String(v) });

/** What Prisma would read back for `data` with the definition's includes (relations by their natural keys). */
function storedRow(data: Record<string, unknown>, input: Record<string, unknown>): StoredRow {
  const keys = (list: unknown) => (Array.isArray(list) ? list.map((key) => ({ key })) : []);
  return {
    ...data,
    id: "row",
    version: 1,
    publication: "PUBLISHED",
    deletedAt: null,
    draft: null,
    updatedAt: new Date(0),
    amount: decimal(data.amount),
    amountLow: decimal(data.amountLow),
    amountHigh: decimal(data.amountHigh),
    sources: keys(input.sourceKeys),
    evidence: keys(input.evidenceKeys),
    jurisdiction: related(data.jurisdictionId, "code"),
    parent: related(data.parentId, "code"),
    dimension: related(data.dimensionId, "key"),
    source: related(data.sourceId, "key"),
    instrument: related(data.instrumentId, "slug"),
    revokedBy: related(data.revokedById, "slug"),
    supersededBy: related(data.supersededById, "slug"),
    investmentFigure: related(data.investmentFigureId, "slug"),
  };
}

describe("registry definitions", () => {
  const plan = seedPlan(undefined, { exchangeRates: true });

  it.each(ENTITY_NAMES)("%s: every seeded row comes back from its stored form unchanged, in the schema's field order", async (entity) => {
    const rows = plan.filter((r) => r.entity === entity);
    expect(rows.length).toBeGreaterThan(0);
    const definition = REGISTRY[entity];
    const fields = Object.keys((CURATED_SCHEMAS[entity] as unknown as { shape: object }).shape);
    for (const row of rows) {
      const input = CURATED_SCHEMAS[entity].parse(row.input) as Record<string, unknown>;
      const data = await definition.toData(input as never, refs, "create");
      const back = definition.toInput(storedRow(data, input)) as Record<string, unknown>;
      expect(Object.keys(back), row.key).toEqual(fields);
      expect(back, row.key).toEqual(readingOrder(input));
    }
  });

  it("stores a listed date as a Date at UTC midnight and a listed column as given", async () => {
    const [row] = plan.filter((r) => r.key === "instruments eu-ai-act");
    const input = CURATED_SCHEMAS.instruments.parse(row.input);
    const data = await REGISTRY.instruments.toData(input, refs, "update");
    expect(data.adoptedOn).toEqual(new Date(`${input.adoptedOn}T00:00:00.000Z`));
    expect(data.titleEn).toBe(input.titleEn);
    expect(data.sources).toEqual({ set: input.sourceKeys.map((key) => ({ key })) });
  });
});
