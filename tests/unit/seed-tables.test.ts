// The JSON seed tables are checked row by row when loaded: a malformed row stops the seed with a message that
// names the table, the row and what is wrong; sound rows come back exactly as written.
import { describe, expect, it } from "vitest";
import eu from "../../seed/data/instruments/eu.json" with { type: "json" };
import { assessmentRowSchema, dimensionSchema, instrumentNotesZhSchema, instrumentSchema, seedRecord, seedTable } from "../../seed/data/schemas";
import { dimensions, instruments } from "../../seed/data/index";

const [aiAct, second] = eu;

describe("seed tables", () => {
  it("returns sound rows as written, in order, fields in the table's order", () => {
    const rows = seedTable("instruments/eu.json", instrumentSchema, eu);
    expect(rows).toEqual(eu);
    expect(Object.keys(rows[0])).toEqual(Object.keys(aiAct));
    expect(instruments.slice(0, eu.length).map((i) => i.slug)).toEqual(eu.map((i) => i.slug));
    expect(dimensions.map((d) => d.key)).toEqual(["legal_form", "risk_based", "enforcement", "extraterritorial", "stance"]);
  });

  it("fails on a value outside its enum, naming the table, the row and the field", () => {
    const bad = { ...second, status: "IN_EFFECT" };
    expect(() => seedTable("instruments/eu.json", instrumentSchema, [aiAct, bad])).toThrow(
      `Seed table "instruments/eu.json" is malformed:\n  row 2 (${second.slug}): status: Invalid option: expected one of "PROPOSED"|"ADOPTED"|"IN_FORCE"|"REVOKED"|"REJECTED"`,
    );
  });

  it("fails on a row without a source, and on a milestone without one", () => {
    const { sources: _dropped, ...unsourced } = aiAct;
    expect(() => seedTable("instruments/eu.json", instrumentSchema, [unsourced])).toThrow(/row 1 \(eu-ai-act\): sources: Invalid input: expected array/);
    expect(() => seedTable("instruments/eu.json", instrumentSchema, [{ ...aiAct, sources: [] }])).toThrow(
      /row 1 \(eu-ai-act\): sources: needs at least one source/,
    );
    const milestones = [{ ...aiAct.milestones![0], sources: [] }];
    expect(() => seedTable("instruments/eu.json", instrumentSchema, [{ ...aiAct, milestones }])).toThrow(
      /row 1 \(eu-ai-act\): milestones\.0\.sources: needs at least one source/,
    );
  });

  it("fails on an unknown field, a bad date or a missing scale, and lists every malformed row", () => {
    expect(() =>
      seedTable("instruments/eu.json", instrumentSchema, [
        { ...aiAct, adoptedOn: "21 May 2024" },
        { ...second, statusNoteEn: "x" },
      ]),
    ).toThrow(/row 1 \(eu-ai-act\): adoptedOn: expected a date as YYYY-MM-DD\n {2}row 2 \(eu-gpai-code-of-practice\): Unrecognized key: "statusNoteEn"/);
    const { scale: _scale, ...noScale } = dimensions[0];
    expect(() => seedTable("dimensions.json", dimensionSchema, [noScale])).toThrow(
      /Seed table "dimensions.json" is malformed:\n {2}row 1 \(legal_form\): scale:/,
    );
  });

  it("fails on a jurisdiction whose assessments miss a dimension or hold a level that is not a number", () => {
    const eu = { code: "EU", confidence: "MEDIUM", sources: ["S2"], cells: { legal_form: [3, "a", "b", "c", "d"] } };
    expect(() => seedTable("assessments.json", assessmentRowSchema, [eu])).toThrow(/row 1 \(EU\): cells\.risk_based: Invalid input: expected tuple/);
    const text = {
      ...eu,
      cells: Object.fromEntries(["legal_form", "risk_based", "enforcement", "extraterritorial", "stance"].map((k) => [k, ["3", "a", "b", "c", "d"]])),
    };
    expect(() => seedTable("assessments.json", assessmentRowSchema, [text])).toThrow(/row 1 \(EU\): cells\.legal_form\.0: Invalid input: expected number/);
  });

  it("checks a table keyed by slug the same way, naming the key", () => {
    expect(seedRecord("instruments-zh.json", instrumentNotesZhSchema, { "eu-ai-act": { typeZh: "条例" } })).toEqual({ "eu-ai-act": { typeZh: "条例" } });
    expect(() => seedRecord("instruments-zh.json", instrumentNotesZhSchema, { "eu-ai-act": { statusNoteZh: "分阶段适用" } })).toThrow(
      /Seed table "instruments-zh.json" is malformed:\n {2}"eu-ai-act": typeZh: Invalid input: expected string/,
    );
  });
});
