// The curated seed data (seed/data) checked against the fact sheet: integrity, seed articles, assessments,
// instruments and claims (headline investment figures: seed-figures.test.ts).
import { describe, expect, it } from "vitest";
import { curatedSeed, findSeedProblems } from "../../seed/data/index";
import { exchangeRateSource, exchangeRates } from "../../seed/data/exchange-rates";

const { sources, jurisdictions, dimensions, assessments, instruments, investments, events, claims, experts } = curatedSeed;
const sourceKeys = new Set(sources.map((s) => s.key));
const instrument = (slug: string) => {
  const i = instruments.find((x) => x.slug === slug);
  if (!i) throw new Error(`missing instrument ${slug}`);
  return i;
};

describe("curated seed data: integrity", () => {
  it("gives every instrument its type and status note in Chinese, and every date note a Chinese twin", () => {
    for (const i of instruments) {
      expect(i.typeZh, i.slug).toMatch(/\p{Script=Han}/u);
      if (i.statusNote) expect(i.statusNoteZh, i.slug).toMatch(/\p{Script=Han}/u);
      expect(Boolean(i.dateNoteZh), i.slug).toBe(Boolean(i.dateNote));
    }
    for (const e of events) expect(Boolean(e.dateNoteZh), e.slug).toBe(Boolean(e.dateNote));
    // Dates and counts in a Chinese note are the English note's: every number of the one appears in the other.
    for (const i of instruments.filter((x) => x.dateNote)) {
      const numbers = (s: string) =>
        (s.match(/\d+/g) ?? [])
          .map(Number)
          .filter((n) => n > 31 || n === 0)
          .sort();
      expect(numbers(i.dateNoteZh!), i.slug).toEqual(numbers(i.dateNote!));
    }
  });

  it("has no broken references, duplicate keys, unsourced rows, bad dates or bad amounts", () => {
    expect(findSeedProblems(curatedSeed)).toEqual([]);
  });

  it("holds every source of the fact sheet's Source keys (S0–S4, R1–R70, U1–U41), V1 found for F24, and no placeholder", () => {
    const expected = [
      ...["S0", "S1", "S2", "S3", "S4"],
      ...Array.from({ length: 70 }, (_, i) => `R${i + 1}`),
      ...Array.from({ length: 41 }, (_, i) => `U${i + 1}`),
      "V1",
    ];
    expect([...sourceKeys].sort()).toEqual(expected.sort());
    expect(sources).toHaveLength(expected.length);
  });

  it("every figure, instrument, milestone, assessment, event and claim cites at least one existing source", () => {
    const rows: [string, string[]][] = [
      ...investments.map((f): [string, string[]] => [f.slug, f.sources]),
      ...instruments.map((i): [string, string[]] => [i.slug, i.sources]),
      ...instruments.flatMap((i) => (i.milestones ?? []).map((m): [string, string[]] => [`${i.slug}@${m.date}`, m.sources])),
      ...assessments.map((a): [string, string[]] => [`${a.jurisdiction}/${a.dimension}`, a.sources]),
      ...events.map((e): [string, string[]] => [e.slug, e.sources]),
      ...jurisdictions.map((j): [string, string[]] => [j.code, j.sources]),
      ...claims.map((c): [string, string[]] => [c.slug, [c.source, ...c.evidence]]),
      ...experts.map((x): [string, string[]] => [x.slug, [x.source]]),
    ];
    for (const [name, keys] of rows) {
      expect(keys.length, name).toBeGreaterThan(0);
      for (const key of keys) expect(sourceKeys.has(key), `${name} cites ${key}`).toBe(true);
    }
  });

  it("lists among a figure's sources every source its notes cite (R12–R14 counts as R12, R13, R14)", () => {
    for (const f of investments) {
      const text = [f.comparabilityNote, f.note, f.kindNote].filter(Boolean).join(" ");
      const cited = new Set<string>();
      for (const m of text.matchAll(/\b(R|S)(\d+)(?:–R(\d+))?/g)) {
        const end = m[3] ? Number(m[3]) : Number(m[2]);
        for (let n = Number(m[2]); n <= end; n++) cited.add(`${m[1]}${n}`);
      }
      for (const key of cited) expect(f.sources, `${f.slug} cites ${key} in its notes`).toContain(key);
    }
  });

  it("resolves every jurisdiction, instrument and figure reference", () => {
    const codes = new Set(jurisdictions.map((j) => j.code));
    const slugs = new Set(instruments.map((i) => i.slug));
    const figures = new Set(investments.map((f) => f.slug));
    for (const i of instruments) expect(codes.has(i.jurisdiction), i.slug).toBe(true);
    for (const f of investments) if (f.jurisdiction) expect(codes.has(f.jurisdiction), f.slug).toBe(true);
    for (const e of events) {
      expect(codes.has(e.jurisdiction), e.slug).toBe(true);
      if (e.instrument) expect(slugs.has(e.instrument), e.slug).toBe(true);
    }
    for (const c of claims) {
      if (c.instrument) expect(slugs.has(c.instrument), c.slug).toBe(true);
      if (c.investmentFigure) expect(figures.has(c.investmentFigure), c.slug).toBe(true);
    }
  });

  it("has the fact sheet's rows plus the update's: 15 jurisdictions, 46 instruments, 51 figures, 26 events, 4 expert views", () => {
    expect(jurisdictions.map((j) => j.code).sort()).toEqual([
      "AE",
      "CN",
      "EU",
      "FR",
      "IN",
      "INT",
      "JP",
      "KR",
      "SA",
      "UK",
      "US",
      "US-CA",
      "US-CO",
      "US-NY",
      "US-TX",
    ]);
    expect(instruments).toHaveLength(46);
    expect(investments).toHaveLength(51);
    expect(events).toHaveLength(26);
    expect(experts).toHaveLength(4);
  });

  it("puts the US states under the US as sub-national jurisdictions", () => {
    for (const code of ["US-CA", "US-CO", "US-NY", "US-TX"]) {
      expect(
        jurisdictions.find((j) => j.code === code),
        code,
      ).toMatchObject({ kind: "SUBNATIONAL", parent: "US" });
    }
    expect(
      jurisdictions
        .filter((j) => j.parent)
        .map((j) => j.code)
        .sort(),
    ).toEqual(["US-CA", "US-CO", "US-NY", "US-TX"]);
    expect(jurisdictions.find((j) => j.code === "IN")).toMatchObject({ kind: "COUNTRY" });
  });
});

describe("curated seed data: seed articles", () => {
  it("marks S0–S4 as Chinese seed articles with their Chinese titles", () => {
    const seeds = sources.filter((s) => s.isSeedArticle);
    expect(seeds.map((s) => s.key).sort()).toEqual(["S0", "S1", "S2", "S3", "S4"]);
    for (const s of seeds) {
      expect(s.kind).toBe("SEED_ARTICLE");
      expect(s.language).toBe("zh");
      expect(s.titleZh).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(sources.find((s) => s.key === "S0")?.publishedOn).toBe("2024-11-19");
    expect(sources.find((s) => s.key === "S2")?.publishedOn).toBeUndefined(); // no date header in the article
  });

  it("quotes the article in Chinese for every flagged claim and expert view", () => {
    for (const c of claims) expect(c.claimZh, c.slug).toMatch(/[\u4e00-\u9fff]/);
    for (const x of experts) expect(x.viewZh, x.slug).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("curated seed data: assessments", () => {
  it("codes every dimension of the ten original jurisdictions since coding began, and leaves the new ones uncoded", () => {
    expect(dimensions.map((d) => d.key)).toEqual(["legal_form", "risk_based", "enforcement", "extraterritorial", "stance"]);
    expect(assessments).toHaveLength(51);
    const original = ["AE", "CN", "EU", "FR", "INT", "JP", "KR", "SA", "UK", "US"];
    for (const j of jurisdictions) {
      for (const d of dimensions) {
        const base = assessments.filter((a) => a.jurisdiction === j.code && a.dimension === d.key && !a.since);
        expect(base, `${j.code}/${d.key}`).toHaveLength(original.includes(j.code) ? 1 : 0);
      }
    }
  });

  it("records the EU's 2026 change of stance as a new dated coding beside the old one (E16)", () => {
    const stance = assessments.filter((a) => a.jurisdiction === "EU" && a.dimension === "stance");
    expect(stance.map((a) => [a.since ?? null, a.level])).toEqual([
      [null, 2],
      ["2026-06-29", 1],
    ]);
    expect(stance[1].sources).toContain("U6");
    expect(stance[1].rationaleEn).toMatch(/Omnibus/);
    expect(stance[1].rationaleEn).toMatch(/InvestAI/);
  });

  it("codes each dimension on a documented 0..n scale and leaves unverified cells uncoded", () => {
    for (const d of dimensions) {
      expect(d.scale.map((s) => s.level)).toEqual(d.scale.map((_, i) => i));
      for (const s of d.scale) expect(s.en && s.zh, `${d.key} ${s.level}`).toBeTruthy();
    }
    for (const a of assessments) {
      const unverified = a.rationaleEn === "Not verified" || a.rationaleEn === "Not assessed";
      expect(a.level === null, `${a.jurisdiction}/${a.dimension}`).toBe(unverified);
    }
    expect(assessments.filter((a) => a.level === null)).toHaveLength(10); // SA, AE: 4 each; INT: 2
  });

  it("dates every assessment as of when it was last checked, 2026-12-04 (E15)", () => {
    for (const a of assessments) expect([a.asOf, a.lastCheckedOn], `${a.jurisdiction}/${a.dimension}`).toEqual(["2026-12-04", "2026-12-04"]);
  });
});

describe("curated seed data: instruments and claims", () => {
  it("the COPIED Act is only proposed (not passed) and S1's claim that it passed is flagged", () => {
    const act = instrument("us-copied-act");
    expect(act.status).toBe("PROPOSED");
    expect(act.adoptedOn).toBeUndefined();
    expect(act.effectiveOn).toBeUndefined();
    expect(act.milestones?.map((m) => m.date)).toEqual(["2024-07-11", "2025-04-09"]);
    const claim = claims.find((c) => c.instrument === "us-copied-act");
    expect(claim?.source).toBe("S1");
    expect(claim?.claimZh).toContain("美国国会通过");
  });

  it("flags every conflicting seed claim the fact sheet names", () => {
    const flagged = new Map(claims.map((c) => [c.slug, c]));
    expect(flagged.get("s2-us-china-40pct-private-investment")?.investmentFigure).toBe("us-cn-private-investment-share-2024");
    expect(flagged.get("s1-un-resolution-143-states")?.instrument).toBe("int-unga-ai-capacity-building");
    expect(flagged.get("s2-investai-200bn-gigafactories")?.investmentFigure).toBe("eu-investai");
    expect(flagged.get("s0-amazon-75bn-ai-spending")?.investmentFigure).toBe("amazon-capex-2024-guidance");
    expect(flagged.get("s2-gdpr-83pct-fines-us-firms")?.instrument).toBe("eu-gdpr");
    expect(flagged.has("s1-china-france-statement-date")).toBe(true);
    expect(flagged.get("s0-meta-40bn-ai-spending")?.investmentFigure).toBe("meta-ai-spend-2024");
    expect(flagged.get("s1-cnil-first-ai-recommendations-date")?.instrument).toBe("fr-cnil-ai-recommendations");
    expect(flagged.get("s1-cnil-first-ai-recommendations-date")?.claimZh).toContain("7月12日");
    for (const c of claims) expect(sources.find((s) => s.key === c.source)?.isSeedArticle, c.slug).toBe(true);
  });

  it("EO 14110 is revoked by EO 14148 on 20 Jan 2025", () => {
    expect(instrument("us-eo-14110")).toMatchObject({ status: "REVOKED", revokedOn: "2025-01-20", revokedBy: "us-eo-14148" });
  });

  it("the AI Act keeps its original high-risk dates as superseded by the adopted Digital Omnibus, beside the new dates (E5)", () => {
    const milestones = instrument("eu-ai-act").milestones ?? [];
    const current = milestones.filter((m) => !m.superseded).map((m) => m.date);
    expect(current).toEqual(
      expect.arrayContaining(["2024-08-01", "2025-02-02", "2025-08-02", "2026-08-02", "2026-12-02", "2027-08-02", "2027-12-02", "2028-08-02"]),
    );
    const old = milestones.filter((m) => m.superseded);
    expect(old.map((m) => [m.date, m.labelEn])).toEqual([
      ["2026-08-02", "Most rules apply, incl. Annex III high-risk"],
      ["2027-08-02", "Annex I high-risk rules apply"],
    ]);
    for (const m of old) {
      expect(m.superseded).toMatchObject({ on: "2026-06-29", by: "eu-digital-omnibus-ai" });
      expect(m.superseded!.noteEn).toMatch(/Digital Omnibus/);
      expect(m.superseded!.noteZh).toMatch(/数字综合法案/);
    }
    expect(instrument("eu-digital-omnibus-ai")).toMatchObject({ status: "ADOPTED", adoptedOn: "2026-06-29" });
    expect(instrument("eu-digital-omnibus-ai").titleEn).toMatch(/to be confirmed/);
  });
});

describe("exchange rates", () => {
  it("come only from their cited official source, as published, never from the fact sheet's data", () => {
    expect(Object.keys(curatedSeed)).not.toContain("exchangeRates");
    expect(exchangeRateSource).toMatchObject({ key: "X1", kind: "OFFICIAL", url: expect.stringMatching(/^https:\/\/www\.federalreserve\.gov\//) });
    for (const r of exchangeRates) {
      expect(r.source).toBe(exchangeRateSource.key);
      expect(Number(r.rate)).toBeGreaterThan(0);
      expect(r.rate).toMatch(/^\d+\.\d{4}$/); // four decimals, as the release prints them
    }
    // The Fed quotes the euro and the pound as US dollars per unit, the others per US dollar.
    expect(
      exchangeRates
        .filter((r) => r.usdPerUnit)
        .map((r) => r.currency)
        .sort(),
    ).toEqual(["EUR", "GBP"]);
  });
});
