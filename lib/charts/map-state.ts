// The world map's data: which shape shows which jurisdiction's coding on one governance dimension. Pure.
// - A country with its own jurisdiction row shows its own coding on the dimension.
// - An EU member shows the EU's coding ("via EU": the EU's rules apply there), unless it has its own row with its
//   own coding on this dimension; a member whose own row has no coding here also shows the EU's.
// - A US state with its own (sub-national) row shows its own coding, in the US inset; other states are not covered
//   at state level (the federal coding is the United States' shape on the world map).
// - International bodies and blocs other than the EU are listed beside the map, never drawn as countries.
// - Everything else is "not covered": nothing is guessed.
import { whereAlpha2, whereNumeric } from "iso-3166-1";
import type { GovernanceAssessmentDto, GovernanceDimensionDto, GovernanceJurisdictionDto } from "../dto/governance";
import { isSpectrum, levelColor } from "./compare-state";

/** The 27 member states (ISO 3166-1 alpha-2), since 1 February 2020. */
export const EU_MEMBERS = [
  "AT",
  "BE",
  "BG",
  "HR",
  "CY",
  "CZ",
  "DK",
  "EE",
  "FI",
  "FR",
  "DE",
  "GR",
  "HU",
  "IE",
  "IT",
  "LV",
  "LT",
  "LU",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SK",
  "SI",
  "ES",
  "SE",
] as const;

/** US states and DC: postal code → FIPS code (the ids of us-atlas's state shapes). */
export const US_STATE_FIPS: Record<string, string> = {
  AL: "01",
  AK: "02",
  AZ: "04",
  AR: "05",
  CA: "06",
  CO: "08",
  CT: "09",
  DE: "10",
  DC: "11",
  FL: "12",
  GA: "13",
  HI: "15",
  ID: "16",
  IL: "17",
  IN: "18",
  IA: "19",
  KS: "20",
  KY: "21",
  LA: "22",
  ME: "23",
  MD: "24",
  MA: "25",
  MI: "26",
  MN: "27",
  MS: "28",
  MO: "29",
  MT: "30",
  NE: "31",
  NV: "32",
  NH: "33",
  NJ: "34",
  NM: "35",
  NY: "36",
  NC: "37",
  ND: "38",
  OH: "39",
  OK: "40",
  OR: "41",
  PA: "42",
  RI: "44",
  SC: "45",
  SD: "46",
  TN: "47",
  TX: "48",
  UT: "49",
  VT: "50",
  VA: "51",
  WA: "53",
  WV: "54",
  WI: "55",
  WY: "56",
};

/** GovAtlas writes the United Kingdom as UK (as the EU does); ISO says GB. */
const ALPHA2_ALIASES: Record<string, string> = { UK: "GB", EL: "GR" };

/** The ISO numeric id (world-atlas's shape id) of a country jurisdiction's code; null when it is not a country code. */
export function countryShapeId(code: string): string | null {
  const alpha2 = ALPHA2_ALIASES[code.toUpperCase()] ?? code.toUpperCase();
  return /^[A-Z]{2}$/.test(alpha2) ? (whereAlpha2(alpha2)?.numeric ?? null) : null;
}

/** The ISO alpha-2 code of a world-atlas shape id, for naming countries that have no row. */
export const alpha2OfShape = (id: string): string | null => whereNumeric(id)?.alpha2 ?? null;

export type ShadeStatus = "coded" | "not-verified" | "not-coded" | "not-covered";

export type Shade = {
  status: ShadeStatus;
  /** The jurisdiction whose row the shape stands for (its own, or EU for a member without one); null: none. */
  code: string | null;
  /** Whose coding is shown: the shape's own row, or the EU's. */
  via: "own" | "eu" | null;
  assessment: GovernanceAssessmentDto | null;
  /** Fill colour; null for "not verified" (hatched) and shapes without a coding. */
  fill: string | null;
};

export type ListedBody = { jurisdiction: GovernanceJurisdictionDto; assessment: GovernanceAssessmentDto | null; status: ShadeStatus };

export type MapState = {
  dimension: GovernanceDimensionDto;
  /** world-atlas shape id → shade (every id given). */
  countries: Record<string, Shade>;
  /** us-atlas state id (FIPS) → shade (every id given). */
  states: Record<string, Shade>;
  /** International bodies and blocs other than the EU, beside the map. */
  listed: ListedBody[];
  /** Every jurisdiction row drawn (countries, the EU, US states), for the table: map order. */
  drawn: {
    jurisdiction: GovernanceJurisdictionDto;
    assessment: GovernanceAssessmentDto | null;
    status: ShadeStatus;
    shapes: string[];
    memberShapes: string[];
  }[];
};

const NOT_COVERED: Shade = { status: "not-covered", code: null, via: null, assessment: null, fill: null };

function statusOf(a: GovernanceAssessmentDto | null | undefined): ShadeStatus {
  if (!a) return "not-coded";
  return a.level === null ? "not-verified" : "coded";
}

function shade(j: GovernanceJurisdictionDto, dimension: GovernanceDimensionDto, via: "own" | "eu"): Shade {
  const a = j.assessments[dimension.key] ?? null;
  const color = a ? levelColor(a.level, dimension.maxLevel, isSpectrum(dimension.key)) : null;
  return { status: statusOf(a), code: j.code, via, assessment: a, fill: color?.background ?? null };
}

export function buildMapState(input: {
  jurisdictions: GovernanceJurisdictionDto[];
  dimension: GovernanceDimensionDto;
  countryIds: string[];
  stateIds: string[];
}): MapState {
  const { dimension } = input;
  const eu = input.jurisdictions.find((j) => j.code === "EU" && j.kind === "BLOC") ?? null;
  const euShapes = new Set(EU_MEMBERS.map((c) => countryShapeId(c)).filter((id): id is string => id !== null));
  const countryRows = new Map<string, GovernanceJurisdictionDto>();
  for (const j of input.jurisdictions) {
    if (j.kind !== "COUNTRY") continue;
    const id = countryShapeId(j.code);
    if (id) countryRows.set(id, j);
  }
  const stateRows = new Map<string, GovernanceJurisdictionDto>();
  for (const j of input.jurisdictions) {
    if (j.kind !== "SUBNATIONAL" || j.parentCode !== "US") continue;
    const fips = US_STATE_FIPS[j.code.replace(/^US-/, "")];
    if (fips) stateRows.set(fips, j);
  }

  const countries: Record<string, Shade> = {};
  for (const id of input.countryIds) {
    const own = countryRows.get(id);
    const euMember = euShapes.has(id) && eu !== null;
    if (own && (own.assessments[dimension.key] || !euMember)) countries[id] = shade(own, dimension, "own");
    else if (euMember) countries[id] = shade(eu!, dimension, "eu");
    else countries[id] = NOT_COVERED;
  }
  const states: Record<string, Shade> = {};
  for (const id of input.stateIds) {
    const own = stateRows.get(id);
    states[id] = own ? shade(own, dimension, "own") : NOT_COVERED;
  }

  const shapesOf = (code: string, map: Record<string, Shade>, via: "own" | "eu") =>
    Object.entries(map)
      .filter(([, s]) => s.code === code && s.via === via)
      .map(([id]) => id);
  const drawn: MapState["drawn"] = [];
  for (const j of input.jurisdictions) {
    const a = j.assessments[dimension.key] ?? null;
    if (j === eu) drawn.push({ jurisdiction: j, assessment: a, status: statusOf(a), shapes: [], memberShapes: shapesOf(j.code, countries, "eu") });
    else if (j.kind === "COUNTRY" && countryShapeId(j.code))
      drawn.push({ jurisdiction: j, assessment: a, status: statusOf(a), shapes: shapesOf(j.code, countries, "own"), memberShapes: [] });
    else if (j.kind === "SUBNATIONAL" && j.parentCode === "US" && US_STATE_FIPS[j.code.replace(/^US-/, "")])
      drawn.push({ jurisdiction: j, assessment: a, status: statusOf(a), shapes: shapesOf(j.code, states, "own"), memberShapes: [] });
  }
  const listed: ListedBody[] = input.jurisdictions
    .filter((j) => j.kind === "INTERNATIONAL" || (j.kind === "BLOC" && j !== eu))
    .map((j) => {
      const a = j.assessments[dimension.key] ?? null;
      return { jurisdiction: j, assessment: a, status: statusOf(a) };
    });
  return { dimension, countries, states, listed, drawn };
}

/** The dimension a `?d=` asks for; the first dimension when it names none (with `unknown` set). */
export function pickDimension(dimensions: GovernanceDimensionDto[], requested: string | null): { dimension: GovernanceDimensionDto | null; unknown: boolean } {
  if (!dimensions.length) return { dimension: null, unknown: requested !== null };
  if (requested === null || requested === "") return { dimension: dimensions[0], unknown: false };
  const found = dimensions.find((d) => d.key === requested);
  return { dimension: found ?? dimensions[0], unknown: !found };
}
