import { describe, expect, it } from "vitest";
import { feature } from "topojson-client";
import world from "world-atlas/countries-110m.json";
import usStates from "us-atlas/states-10m.json";
import { buildMapState, countryShapeId, EU_MEMBERS, pickDimension, US_STATE_FIPS } from "@/lib/charts/map-state";
import { LEVEL_PALETTE } from "@/lib/charts/compare-state";
import type { GovernanceAssessmentDto, GovernanceDimensionDto, GovernanceJurisdictionDto } from "@/lib/dto/governance";
import type { TimelineInstrument } from "@/lib/dto/timeline";
import { instrument as timelineInstrument } from "./timeline-fixtures";
import { LAW_MODE, lawCodings, mainLaw } from "@/lib/charts/map-law";

const dim: GovernanceDimensionDto = {
  key: "legal_form",
  nameEn: "Legal form",
  nameZh: "法律形式",
  descriptionEn: "",
  descriptionZh: "",
  scale: [0, 1, 2, 3].map((level) => ({ level, en: `L${level}`, zh: `级${level}` })),
  maxLevel: 3,
};

function a(code: string, level: number | null, label = `${code} label`): GovernanceAssessmentDto {
  return {
    jurisdictionCode: code,
    dimensionKey: "legal_form",
    level,
    labelEn: label,
    labelZh: null,
    rationaleEn: `${code} why`,
    rationaleZh: null,
    asOf: "2026-01-01",
    since: null,
    lastChecked: "2026-01-01",
    confidence: "HIGH",
    sources: [],
    earlier: [],
  };
}

function j(
  code: string,
  kind: GovernanceJurisdictionDto["kind"],
  assessment: GovernanceAssessmentDto | null,
  parentCode: string | null = null,
): GovernanceJurisdictionDto {
  return { code, nameEn: `${code} name`, nameZh: `${code}名`, kind, parentCode, assessments: assessment ? { legal_form: assessment } : {} };
}

// The real shape ids, as the map page reads them.
type Topo = Parameters<typeof feature>[0];
const countryIds = (
  feature(world as unknown as Topo, (world as unknown as { objects: { countries: never } }).objects.countries) as unknown as { features: { id?: string }[] }
).features
  .map((f) => f.id)
  .filter((id): id is string => Boolean(id));
const stateIds = (
  feature(usStates as unknown as Topo, (usStates as unknown as { objects: { states: never } }).objects.states) as unknown as { features: { id: string }[] }
).features.map((f) => f.id);

// Shape ids looked up by the atlases' own names, so that no id is typed in by hand.
type Named = { id?: string; properties: { name: string } };
const atlasId = (geometries: Named[], name: string) => geometries.find((g) => g.properties.name === name)!.id!;
const country = (name: string) => atlasId((world as unknown as { objects: { countries: { geometries: Named[] } } }).objects.countries.geometries, name);
const usState = (name: string) => atlasId((usStates as unknown as { objects: { states: { geometries: Named[] } } }).objects.states.geometries, name);
const FRANCE = country("France");
const GERMANY = country("Germany");
const ITALY = country("Italy");
const USA = country("United States of America");
const UK = country("United Kingdom");
const BRAZIL = country("Brazil");
const CALIFORNIA = usState("California");
const OHIO = usState("Ohio");
const TEXAS = usState("Texas");

const jurisdictions = [
  j("EU", "BLOC", a("EU", 3, "Binding horizontal law")),
  j("US", "COUNTRY", a("US", 1)),
  j("UK", "COUNTRY", a("UK", 0)),
  j("FR", "COUNTRY", a("FR", 2, "French own")),
  j("DE", "COUNTRY", null), // a member with its own row but no coding on this dimension
  j("IN", "COUNTRY", a("IN", null)), // coded "not verified"
  j("US-CA", "SUBNATIONAL", a("US-CA", 2), "US"),
  j("US-TX", "SUBNATIONAL", null, "US"),
  j("INT", "INTERNATIONAL", a("INT", 0)),
];

describe("map state", () => {
  const state = buildMapState({ jurisdictions, dimension: dim, countryIds, stateIds });

  it("maps GovAtlas codes to world-atlas shape ids (UK is GB)", () => {
    expect(countryShapeId("UK")).toBe(UK);
    expect(countryShapeId("US")).toBe(USA);
    expect(countryShapeId("EU")).toBeNull();
    expect(countryShapeId("INT")).toBeNull();
    // The atlas's own names lead to the ISO 3166 and FIPS numbers, checked here against the standards.
    expect(FRANCE).toBe("250");
    expect(CALIFORNIA).toBe("06");
  });

  it("a country with its own row shows its own coding and level colour", () => {
    expect(state.countries[USA]).toMatchObject({ status: "coded", code: "US", via: "own", fill: LEVEL_PALETTE[2] });
    expect(state.countries[UK]).toMatchObject({ status: "coded", code: "UK", via: "own", fill: LEVEL_PALETTE[0] });
    expect(state.countries[USA].assessment?.labelEn).toBe("US label");
  });

  it("EU members show the EU's coding unless their own row codes the dimension", () => {
    expect(state.countries[ITALY]).toMatchObject({ status: "coded", code: "EU", via: "eu", fill: LEVEL_PALETTE[6] });
    expect(state.countries[ITALY].assessment?.labelEn).toBe("Binding horizontal law");
    expect(state.countries[FRANCE]).toMatchObject({ code: "FR", via: "own" });
    expect(state.countries[FRANCE].assessment?.labelEn).toBe("French own");
    // Germany has a row but no coding here: the EU's rules (and coding) apply.
    expect(state.countries[GERMANY]).toMatchObject({ code: "EU", via: "eu" });
    const eu = state.drawn.find((d) => d.jurisdiction.code === "EU")!;
    expect(eu.memberShapes).toContain(ITALY);
    expect(eu.memberShapes).toContain(GERMANY);
    expect(eu.memberShapes).not.toContain(FRANCE);
    // Every member present in the 110m atlas is shaded (some micro-states, e.g. Malta, are not drawn at 110m).
    const drawnMembers = EU_MEMBERS.map(countryShapeId).filter((id) => id && countryIds.includes(id));
    expect(drawnMembers.length).toBeGreaterThan(20);
    for (const id of drawnMembers) expect(state.countries[id!].status).toBe("coded");
  });

  it("without an EU row, members without their own row are not covered", () => {
    const noEu = buildMapState({ jurisdictions: jurisdictions.filter((x) => x.code !== "EU"), dimension: dim, countryIds, stateIds });
    expect(noEu.countries[ITALY].status).toBe("not-covered");
    expect(noEu.countries[GERMANY]).toMatchObject({ status: "not-coded", code: "DE" });
  });

  it("a coding without a level is 'not verified', never a colour", () => {
    expect(state.countries["356"]).toMatchObject({ status: "not-verified", code: "IN", fill: null });
  });

  it("countries without a row are not covered", () => {
    expect(state.countries[BRAZIL]).toEqual({ status: "not-covered", code: null, via: null, assessment: null, fill: null });
    const covered = Object.values(state.countries).filter((s) => s.status !== "not-covered").length;
    expect(covered).toBeLessThan(40);
  });

  it("US states with their own rows show their own coding; others are not covered at state level", () => {
    expect(state.states[CALIFORNIA]).toMatchObject({ status: "coded", code: "US-CA", fill: LEVEL_PALETTE[4] });
    expect(state.states[TEXAS]).toMatchObject({ status: "not-coded", code: "US-TX", fill: null });
    expect(state.states[OHIO].status).toBe("not-covered");
    expect(Object.keys(US_STATE_FIPS)).toHaveLength(51);
  });

  it("international bodies are listed, not drawn; the table rows name every shape drawn", () => {
    expect(state.listed.map((l) => l.jurisdiction.code)).toEqual(["INT"]);
    expect(Object.values(state.countries).some((s) => s.code === "INT")).toBe(false);
    const codes = state.drawn.map((d) => d.jurisdiction.code);
    expect(codes).toEqual(["EU", "US", "UK", "FR", "DE", "IN", "US-CA", "US-TX"]);
    expect(state.drawn.find((d) => d.jurisdiction.code === "US-CA")!.shapes).toEqual([CALIFORNIA]);
    expect(state.drawn.find((d) => d.jurisdiction.code === "DE")!.shapes).toEqual([]);
  });

  it("picks the requested dimension, or the first with a notice", () => {
    const other = { ...dim, key: "enforcement" };
    expect(pickDimension([dim, other], "enforcement")).toEqual({ dimension: other, unknown: false });
    expect(pickDimension([dim, other], null)).toEqual({ dimension: dim, unknown: false });
    expect(pickDimension([dim, other], "nope")).toEqual({ dimension: dim, unknown: true });
  });
});

describe("main AI law mode", () => {
  const instrument = (slug: string, code: string, type: string, status: TimelineInstrument["status"], date: string): TimelineInstrument =>
    timelineInstrument({
      slug,
      jurisdictionCode: code,
      titleEn: slug,
      type,
      status,
      adopted: { date, precision: "DAY" },
      sources: [{ key: "R1", title: "T", url: null }],
    });
  const items = [
    instrument("eu-ai-act", "EU", "Regulation", "IN_FORCE", "2024-05-21"),
    instrument("eu-omnibus", "EU", "Regulation", "ADOPTED", "2026-06-29"),
    instrument("us-eo", "US", "Executive order", "IN_FORCE", "2025-01-23"),
    instrument("co-act", "US-CO", "State statute", "REVOKED", "2024-05-17"),
    instrument("co-bill", "US-CO", "Draft bill", "PROPOSED", "2026-02-01"),
  ];
  const w = (s: string) => ({ en: s, zh: `${s}中` });
  const words = {
    name: w("Law"),
    description: w("rule"),
    levels: [w("R"), w("P"), w("A"), w("F")],
    status: { PROPOSED: w("Proposed"), ADOPTED: w("Adopted"), IN_FORCE: w("In force"), REVOKED: w("Revoked"), REJECTED: w("Rejected") },
  };

  it("picks the law furthest along; executive orders are not laws", () => {
    expect(mainLaw("EU", items)?.slug).toBe("eu-ai-act");
    expect(mainLaw("US", items)).toBeNull();
    expect(mainLaw("US-CO", items)?.slug).toBe("co-bill");
  });

  it("draws the main laws like a dimension: no law recorded is 'not coded', never a level", () => {
    const law = lawCodings(jurisdictions, items, words);
    expect(law.dimension).toMatchObject({ key: LAW_MODE, maxLevel: 3 });
    const state = buildMapState({ jurisdictions: law.jurisdictions, dimension: law.dimension, countryIds, stateIds });
    expect(state.countries[ITALY]).toMatchObject({ status: "coded", code: "EU", via: "eu", fill: LEVEL_PALETTE[6] });
    expect(state.countries[ITALY].assessment?.labelEn).toBe("In force: eu-ai-act");
    expect(state.countries[USA]).toMatchObject({ status: "not-coded", code: "US", fill: null });
    expect(state.countries[BRAZIL].status).toBe("not-covered");
  });
});
