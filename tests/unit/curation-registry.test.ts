// The curation registry (lib/curation/registry): one definition per entity from which forms, lists and CSV columns
// are derived; the enum lists come from one place and match the database's enums; every seeded row of every entity
// passes its entity's own form schema (what a curator opening it would have to save).
import { describe, expect, it } from "vitest";
import * as prismaEnums from "@/lib/generated/prisma/enums";
import * as enums from "@/lib/curation/enums";
import { REGISTRY } from "@/lib/curation/registry";
import { CURATED_SCHEMAS, ENTITY_NAMES, fieldErrors } from "@/lib/validations/curated";
import { FORM_FIELDS } from "@/lib/validations/curated-forms";
import { LIST_COLUMNS } from "@/lib/review/list-columns";
import { fieldColumns, MATCH_KEY } from "@/lib/curation/import-columns";
import { seedPlan } from "@/seed/seed-plan";
import { messages } from "@/messages";

const shapeKeys = (entity: keyof typeof CURATED_SCHEMAS) =>
  Object.keys((CURATED_SCHEMAS[entity] as unknown as { shape: Record<string, unknown> }).shape).sort();

describe("curation registry", () => {
  it("has one definition for each of the nine entities, and the forms, lists and CSV keys are those definitions'", () => {
    expect(Object.keys(REGISTRY).sort()).toEqual([...ENTITY_NAMES].sort());
    expect(ENTITY_NAMES).toHaveLength(9);
    for (const entity of ENTITY_NAMES) {
      expect(FORM_FIELDS[entity], entity).toBe(REGISTRY[entity].form);
      expect(LIST_COLUMNS[entity], entity).toBe(REGISTRY[entity].list);
      expect(MATCH_KEY[entity], entity).toBe(REGISTRY[entity].matchKey);
    }
  });

  it("gives every schema field a form field and every form field a schema field (so a new field shows up in the form and the CSV)", () => {
    for (const entity of ENTITY_NAMES) {
      expect(REGISTRY[entity].form.map((f) => f.name).sort(), entity).toEqual(shapeKeys(entity));
      expect(
        fieldColumns(entity)
          .map((c) => c.name)
          .sort(),
        entity,
      ).toEqual(shapeKeys(entity));
    }
  });

  it("labels every form field in both languages (the form would otherwise show a missing-message key)", () => {
    for (const locale of ["en", "zh"] as const) {
      const labels: Record<string, unknown> = messages[locale].curation.fields;
      const unlabelled = ENTITY_NAMES.flatMap((entity) => REGISTRY[entity].form.map((f) => f.name)).filter((name) => typeof labels[name] !== "string");
      expect(unlabelled, locale).toEqual([]);
    }
  });

  it("lists each enum once, with exactly the database's values", () => {
    const pairs: [readonly string[], Record<string, string>][] = [
      [enums.CONFIDENCE, prismaEnums.Confidence],
      [enums.DATE_PRECISION, prismaEnums.DatePrecision],
      [enums.JURISDICTION_KINDS, prismaEnums.JurisdictionKind],
      [enums.SOURCE_KINDS, prismaEnums.SourceKind],
      [enums.INSTRUMENT_STATUSES, prismaEnums.InstrumentStatus],
      [enums.ACTOR_TYPES, prismaEnums.ActorType],
      [enums.INVESTMENT_CATEGORIES, prismaEnums.InvestmentCategory],
      [enums.FUNDING, prismaEnums.Funding],
      [enums.AMOUNT_QUALIFIERS, prismaEnums.AmountQualifier],
      [enums.PERIOD_TYPES, prismaEnums.PeriodType],
      [enums.FIGURE_KINDS, prismaEnums.FigureKind],
    ];
    for (const [ours, db] of pairs) expect([...ours].sort()).toEqual(Object.values(db).sort());
    // Every select of every form offers exactly one of these lists.
    const lists = pairs.map(([ours]) => ours);
    for (const entity of ENTITY_NAMES) {
      for (const f of REGISTRY[entity].form) if (f.kind === "select") expect(lists, `${entity}.${f.name}`).toContain(f.options);
    }
  });

  it("passes every seeded row of every entity through its entity's form schema", () => {
    const rows = seedPlan(undefined, { exchangeRates: true });
    const seen = new Set(rows.map((r) => r.entity));
    expect([...seen].sort()).toEqual([...ENTITY_NAMES].sort());
    const failures = rows.flatMap((r) => {
      const parsed = CURATED_SCHEMAS[r.entity].safeParse(r.input);
      return parsed.success ? [] : [`${r.key}: ${JSON.stringify(fieldErrors(parsed.error))}`];
    });
    expect(failures).toEqual([]);
    expect(rows.filter((r) => r.entity === "flaggedClaims").length).toBeGreaterThanOrEqual(10);
  });
});
