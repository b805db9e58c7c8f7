// The curated seed's headline investment figures as the fact sheet states them: what each number measures, whose
// money it is, its period, units and grade (the seed's other checks: seed-data.test.ts).
import { describe, expect, it } from "vitest";
import { curatedSeed } from "../../seed/data/index";
import type { InvestmentSeed } from "../../seed/data/types";

const { investments, claims } = curatedSeed;
const figure = (slug: string): InvestmentSeed => {
  const f = investments.find((x) => x.slug === slug);
  if (!f) throw new Error(`missing figure ${slug}`);
  return f;
};

describe("curated seed data: headline investment figures", () => {
  it("Amazon ~$75bn 2024 is total-capex guidance reported by S0, not AI spending", () => {
    const f = figure("amazon-capex-2024-guidance");
    expect(f).toMatchObject({ amount: "75000000000", currency: "USD", qualifier: "APPROX", kind: "GUIDANCE", periodStart: 2024 });
    expect(f.sources).toContain("S0");
    expect(f.measure).toMatch(/Total capex/);
    expect(claims.some((c) => c.investmentFigure === f.slug)).toBe(true);
  });

  it("Meta's \"AI spend up to $40bn\" is its $38–40bn total-capex guidance, with the seed's claim flagged (E2)", () => {
    expect(figure("meta-ai-spend-2024")).toMatchObject({
      amountLow: "38000000000",
      amountHigh: "40000000000",
      kind: "GUIDANCE",
      measure: "Total capex incl. finance-lease principal",
      reportedOn: "2024-10-30",
    });
    expect(figure("meta-ai-spend-2024").sources).toEqual(["U3", "S0"]);
    const claim = claims.find((c) => c.investmentFigure === "meta-ai-spend-2024");
    expect(claim).toMatchObject({ source: "S0", evidence: ["U3", "R19"] });
    expect(claim?.claimZh).toContain("400亿美元");
    expect(figure("big-tech-four-ai-spend-2024")).toMatchObject({
      amount: "200000000000",
      qualifier: "MORE_THAN",
      actorType: "COMPANY_GROUP",
      category: "CORPORATE_CAPEX",
      periodStart: 2024,
    });
  });

  it('never calls total capex "AI spend": only the FT\'s estimate, as reported, is an AI-spending measure', () => {
    const ai = investments.filter((f) => /\bAI spend/i.test(f.measure)).map((f) => f.slug);
    expect(ai).toEqual(["big-tech-four-ai-spend-2024"]);
    for (const f of investments.filter((x) => x.category === "CORPORATE_CAPEX" && x.slug !== "big-tech-four-ai-spend-2024")) {
      expect(f.measure, f.slug).toMatch(/capex|AI data-centre plan/);
    }
  });

  it("EU InvestAI is a €200bn pledge to mobilise; Stargate a $500bn plan over 4 years", () => {
    expect(figure("eu-investai")).toMatchObject({ amount: "200000000000", currency: "EUR", kind: "PLEDGE", category: "PUBLIC_INITIATIVE", funding: "MIXED" });
    expect(figure("stargate-jv")).toMatchObject({
      amount: "500000000000",
      currency: "USD",
      kind: "PLAN",
      periodLabel: "4 years",
      category: "PRIVATE_INITIATIVE",
      funding: "PRIVATE",
    });
  });

  it("never files private programmes as public money; every initiative says whose money it is", () => {
    for (const slug of [
      "stargate-jv",
      "stargate-expansion-2025",
      "uk-us-tech-prosperity-deal-2025",
      "france-ai-investment-pledges-2025",
      "uk-ai-investment-pledges-2025",
    ]) {
      expect(figure(slug), slug).toMatchObject({ category: "PRIVATE_INITIATIVE", funding: "PRIVATE" });
    }
    for (const slug of ["eu-investai", "kr-national-growth-fund", "kr-national-growth-fund-ai-2026"]) expect(figure(slug).funding, slug).toBe("MIXED");
    for (const f of investments.filter((x) => x.category === "PUBLIC_INITIATIVE" || x.category === "PRIVATE_INITIATIVE"))
      expect(f.funding, f.slug).toBeDefined();
    for (const f of investments.filter((x) => x.category === "PUBLIC_INITIATIVE")) expect(f.funding, f.slug).not.toBe("PRIVATE");
  });

  it("stores Microsoft's fiscal years as fiscal years and exact decimals in full units", () => {
    expect(figure("microsoft-capex-fy25")).toMatchObject({
      amount: "64600000000",
      periodType: "FISCAL_YEAR",
      periodStart: 2025,
      periodEnd: 2025,
      periodLabel: "FY25 (Jul 2024–Jun 2025)",
    });
    expect(figure("meta-capex-2024").amount).toBe("39230000000");
    expect(figure("cn-national-ai-industry-investment-fund")).toMatchObject({ amount: "60060000000", currency: "CNY" });
    expect(figure("japan-ai-chip-support-to-fy2030")).toMatchObject({ amount: "10000000000000", qualifier: "AT_LEAST", currency: "JPY" });
    expect(investments.filter((f) => f.periodType === "FISCAL_YEAR").every((f) => f.actorName === "Microsoft")).toBe(true);
  });

  it("has positive whole-unit amounts, ranges with low < high, and text instead of a number where none is given", () => {
    for (const f of investments) {
      for (const v of [f.amount, f.amountLow, f.amountHigh]) {
        if (v === undefined) continue;
        expect(v, f.slug).toMatch(/^[1-9]\d*$/);
      }
      if (f.amountLow !== undefined || f.amountHigh !== undefined) {
        expect(f.amount, f.slug).toBeUndefined();
        expect(BigInt(f.amountLow!) < BigInt(f.amountHigh!), f.slug).toBe(true);
      }
    }
    expect(figure("alphabet-capex-2026-guidance")).toMatchObject({ amountLow: "175000000000", amountHigh: "185000000000" });
    expect(figure("sa-humain-pif")).toMatchObject({ valueText: "n/a", confidence: "LOW" });
    expect(figure("sa-humain-pif").amount).toBeUndefined();
    expect(figure("us-cn-private-investment-share-2024")).toMatchObject({
      valueText: "40% of global",
      kind: "ESTIMATE",
      kindNote: "Claim of a source article (flagged)",
    });
    expect(figure("us-cn-private-investment-share-2024").amount).toBeUndefined();
  });

  it("grades mixed confidence as the lower grade, with a note readers understand", () => {
    expect(figure("stargate-jv")).toMatchObject({ confidence: "MEDIUM", confidenceNote: expect.stringMatching(/^Mixed: partly high .*partly medium/) });
  });

  it("Meta's 2023 capex is $28.10bn on the 2024–25 basis from the FY2023 10-K lines, not the made-up FS1 (E1)", () => {
    expect(figure("meta-capex-2023")).toMatchObject({
      amount: "28100000000",
      confidence: "MEDIUM",
      sources: ["U1", "U2"],
      measure: "Total capex incl. finance-lease principal",
    });
    expect(figure("meta-capex-2023").comparabilityNote).toMatch(/27\.045bn.*1\.058bn/);
  });
});
