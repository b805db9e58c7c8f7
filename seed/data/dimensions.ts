// The five comparison dimensions of section A, each with an ordinal coding of the fact-sheet cells, and the
// 10 × 5 assessments. rationaleEn is the fact-sheet cell verbatim; level is null where the cell says
// "Not verified" or "–" (never guessed). Sources and confidence come from the jurisdiction's row.
// The tables are JSON: dimensions.json (the dimensions and their scales), assessments.json (one record a
// jurisdiction, one cell a dimension: [level, labelEn, labelZh, rationaleEn, rationaleZh, asOf if it differs]) and
// assessments-dated.json (codings that changed, each from its own date); see seed/data/README.md.
import dimensionRows from "./dimensions.json" with { type: "json" };
import assessmentRows from "./assessments.json" with { type: "json" };
import datedAssessmentRows from "./assessments-dated.json" with { type: "json" };
import { CHECKED } from "./jurisdictions.ts";
import { assessmentRowSchema, assessmentSchema, dimensionSchema, seedTable } from "./schemas.ts";
import { DIMENSION_KEYS } from "./types.ts";
import type { AssessmentSeed, DimensionSeed, IsoDate } from "./types.ts";

export const dimensions: DimensionSeed[] = seedTable("dimensions.json", dimensionSchema, dimensionRows);

// Fact sheet E15: an assessment is "as of" the date it was last checked. Every coding below was re-read against the
// update of 2026-12-04 (the earlier "31 Dec 2025" was no date of the fact sheet's).
const AS_OF: IsoDate = CHECKED;

export const assessments: AssessmentSeed[] = seedTable("assessments.json", assessmentRowSchema, assessmentRows).flatMap((row) =>
  DIMENSION_KEYS.map((dimension): AssessmentSeed => {
    const [level, labelEn, labelZh, rationaleEn, rationaleZh, asOf = AS_OF] = row.cells[dimension];
    return {
      jurisdiction: row.code,
      dimension,
      level,
      labelEn,
      labelZh,
      rationaleEn,
      rationaleZh,
      asOf,
      confidence: row.confidence,
      ...(row.confidenceNote ? { confidenceNote: row.confidenceNote } : {}),
      sources: row.sources,
      lastCheckedOn: CHECKED,
    };
  }),
);

// Fact sheet E16: the EU's stance changed in 2026. The change is a new, dated coding; the earlier one stays readable.
assessments.push(...seedTable("assessments-dated.json", assessmentSchema, datedAssessmentRows));
