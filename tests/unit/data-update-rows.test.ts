// Every row of the fact sheet's "Update of 2026-12-04" (sections E and F) is in the seed with its source and grade,
// and the seed's public text is written for readers (no curator shorthand), in both languages.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { curatedSeed } from "../../seed/data/index";
import { update20261204, type UpdateRecord } from "../../seed/data/update-2026-12-04";
import { seedPlan } from "../../seed/seed-plan";
import { CURATED_SCHEMAS } from "../../lib/validations/curated";

const { sources, jurisdictions, assessments, instruments, investments, events, claims } = curatedSeed;
const factsheet = readFileSync(path.join(import.meta.dirname, "../fixtures/factsheet-update-2026-12-04.md"), "utf8");

/** The record a mapping entry names, with the sources and grade it carries in the seed. */
function find(r: UpdateRecord): { sources: string[]; confidence?: string; extra?: Record<string, unknown> } | undefined {
  switch (r.entity) {
    case "instruments":
      return instruments.find((i) => i.slug === r.slug);
    case "investments":
      return investments.find((i) => i.slug === r.slug);
    case "events":
      return events.find((i) => i.slug === r.slug);
    case "claims": {
      const c = claims.find((x) => x.slug === r.slug);
      return c && { sources: [c.source, ...c.evidence] };
    }
    case "milestones": {
      const m = instruments.find((i) => i.slug === r.instrument)?.milestones?.find((x) => x.date === r.date && x.labelEn === r.labelEn);
      return m && { sources: m.sources, extra: { superseded: Boolean(m.superseded) } };
    }
    case "assessments":
      return assessments.find((a) => a.jurisdiction === r.jurisdiction && a.dimension === r.dimension && (a.since ?? undefined) === r.since);
    case "sources": {
      const s = sources.find((x) => x.key === r.key);
      return s && { sources: [] };
    }
  }
}

describe("the update of 2026-12-04 in the seed", () => {
  it("maps every row of sections E and F of the fact sheet (read from the fact sheet itself)", () => {
    const rows = [...factsheet.matchAll(/^\| ([EF]\d+) \|/gm)].map((m) => m[1]);
    expect(rows).toHaveLength(40);
    expect(update20261204.map((r) => r.id)).toEqual(rows);
  });

  it("holds every row's records, each citing the row's sources with the row's grade", () => {
    for (const row of update20261204) {
      for (const record of row.records) {
        const found = find(record);
        expect(found, `${row.id}: ${JSON.stringify(record)}`).toBeDefined();
        for (const key of record.sources) expect(found!.sources, `${row.id} cites ${key}`).toContain(key);
        if ("confidence" in record && record.confidence) expect(found!.confidence, row.id).toBe(record.confidence);
        if (record.entity === "milestones") expect(found!.extra?.superseded, row.id).toBe(Boolean(record.superseded));
      }
    }
  });

  it("has every source U1–U41 with the fact sheet's URL, a publisher, and a date only where one is known", () => {
    const keys = [...factsheet.matchAll(/^- (U\d+) (\S+)/gm)];
    expect(keys).toHaveLength(41);
    for (const [, key, url] of keys) {
      const s = sources.find((x) => x.key === key);
      expect(s?.url, key).toBe(`https://${url}`);
      expect(s?.publisher.length, key).toBeGreaterThan(2);
      expect(s?.lastCheckedOn, key).toBe("2026-12-04");
    }
    // Dated where the page or the Federal Register gives the day (e.g. EO 14365 in the Federal Register of 16 Dec 2025).
    expect(sources.find((s) => s.key === "U9")?.publishedOn).toBe("2025-12-16");
    expect(sources.find((s) => s.key === "U10")?.publishedOn).toBeUndefined();
  });

  it("marks what the fact sheet does not confirm: low grades or a 'not confirmed' note", () => {
    const inst = (slug: string) => instruments.find((i) => i.slug === slug)!;
    expect(inst("us-tx-traiga")).toMatchObject({ confidence: "LOW", confidenceNote: expect.stringMatching(/Not confirmed/) });
    expect(inst("us-ca-sb53-frontier-ai-transparency").confidenceNote).toMatch(/not confirmed/);
    expect(inst("cn-15th-five-year-plan").confidenceNote).toMatch(/not confirmed/);
    expect(inst("eu-digital-omnibus-ai").statusNote).toMatch(/to be confirmed/);
    expect(inst("int-coe-framework-convention-ai").statusNote).toMatch(/not confirmed/);
    expect(inst("us-eo-advanced-ai-innovation-security")).toMatchObject({ confidence: "LOW", summaryEn: expect.stringMatching(/voluntary.*mandatory/) });
  });

  it("leaves the new jurisdictions' governance levels uncoded rather than guessed", () => {
    for (const code of ["US-CA", "US-CO", "US-NY", "US-TX", "IN"])
      expect(
        assessments.filter((a) => a.jurisdiction === code),
        code,
      ).toEqual([]);
  });
});

// Fields a reader sees on the public pages and exports.
const PUBLIC_TEXT: Record<string, string[]> = {
  jurisdictions: ["approachEn", "approachZh", "confidenceNote"],
  instruments: ["titleEn", "titleZh", "type", "typeZh", "statusNote", "statusNoteZh", "dateNote", "dateNoteZh", "summaryEn", "summaryZh", "confidenceNote"],
  milestones: ["labelEn", "labelZh", "supersededNoteEn", "supersededNoteZh"],
  assessments: ["labelEn", "labelZh", "rationaleEn", "rationaleZh", "confidenceNote"],
  investmentFigures: [
    "measure",
    "measureZh",
    "periodLabel",
    "periodLabelZh",
    "kindNote",
    "kindNoteZh",
    "comparabilityNote",
    "comparabilityNoteZh",
    "note",
    "noteZh",
    "confidenceNote",
  ],
  events: ["titleEn", "titleZh", "dateNote", "dateNoteZh", "confidenceNote"],
  flaggedClaims: ["correctionEn", "correctionZh"],
  sources: ["title", "publisher", "dateNote"],
};

const SHORTHAND: [RegExp, string][] = [
  [/\b[SRUVX]\d{1,2}\b/, "a source key"],
  [/\b[EF]\d{1,2}\b(?!\s*(?:bn|m))/, "a fact-sheet row id"],
  [/\([HML](?:[,/ ][^)]*)?\)/, "a grade code in brackets"],
  [/(^|[\s(])[HML]\/[HML]\b/, "a mixed grade code"],
  [/ · [HML]\b/, "a grade after a middle dot"],
  [/fact[- ]sheet|事实表/i, "the fact sheet (a curators' document)"],
  [/^[–-]( |$)/, "a dash standing for a missing value"],
  [/\bseed\b(?! article)|种子/i, '"seed" (curator jargon)'],
];

describe("public text in the seed is written for readers", () => {
  const plan = seedPlan(curatedSeed);
  it("has no curator shorthand (source keys, row ids, grade codes, dashes for missing values) in any public field", () => {
    const problems: string[] = [];
    for (const row of plan) {
      for (const field of PUBLIC_TEXT[row.entity] ?? []) {
        const value = row.input[field];
        if (typeof value !== "string") continue;
        for (const [re, what] of SHORTHAND) if (re.test(value)) problems.push(`${row.key} ${field}: ${what} in "${value}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('does not repeat the status in the status note (no "In force (In force (phased))")', () => {
    const labels: Record<string, string> = { PROPOSED: "Proposed", ADOPTED: "Adopted", IN_FORCE: "In force", REVOKED: "Revoked", REJECTED: "Rejected" };
    for (const i of instruments) if (i.statusNote) expect(i.statusNote.toLowerCase(), i.slug).not.toContain(labels[i.status].toLowerCase());
  });

  it("gives every figure's measure, period and notes in Chinese, and every other public English text a Chinese twin", () => {
    const han = /\p{Script=Han}/u;
    for (const f of investments) {
      expect(f.measureZh, f.slug).toMatch(han);
      expect(f.periodLabelZh, f.slug).toMatch(han);
      for (const [en, zh] of [
        ["kindNote", "kindNoteZh"],
        ["comparabilityNote", "comparabilityNoteZh"],
        ["note", "noteZh"],
      ] as const) {
        expect(Boolean(f[zh]), `${f.slug} ${zh}`).toBe(Boolean(f[en]));
        if (f[zh]) expect(f[zh], `${f.slug} ${zh}`).toMatch(han);
      }
    }
    for (const i of instruments) for (const m of i.milestones ?? []) expect(m.labelZh, `${i.slug}@${m.date}`).toMatch(han);
    for (const j of jurisdictions) expect(j.approachZh, j.code).toMatch(han);
  });

  it("is valid input for the curation forms' schemas, row by row", () => {
    for (const row of plan) {
      const parsed = CURATED_SCHEMAS[row.entity].safeParse(row.input);
      expect(parsed.success ? "" : JSON.stringify(parsed.error.issues), row.key).toBe("");
    }
  });
});
