// The two charts of a jurisdiction's page as slides: what a slide says (values, legend, caveat, sources, as-of),
// in both languages, and an unknown code. Resolved through the deck resolver with the data injected, so the
// catalogs' real strings and the slide transforms are what is checked.
import { describe, expect, it } from "vitest";
import { createViewResolver } from "@/lib/decks/resolve-view";
import { viewParamProblems } from "@/lib/validations/decks";
import { viewFromLink, viewHref } from "@/lib/decks/view-link";
import { paginateSlide } from "@/lib/decks/paginate";
import { translator } from "@/lib/decks/translate";
import type { GovernanceAssessmentDto, GovernanceMatrixDto } from "@/lib/dto/governance";
import type { InvestmentFigureDto } from "@/lib/dto/investment";
import type { JurisdictionPageDto } from "@/lib/dto/jurisdictions";
import type { SlideData } from "@/lib/dto/decks";
import { figureFactory } from "./figure-fixtures";

function coding(code: string, key: string, level: number | null, label: string, sources: string[] = []): GovernanceAssessmentDto {
  return {
    jurisdictionCode: code,
    dimensionKey: key,
    level,
    labelEn: label,
    labelZh: `${label}（中）`,
    rationaleEn: "",
    rationaleZh: null,
    asOf: "2025-12-31",
    confidence: "HIGH",
    since: null,
    lastChecked: "2026-11-30",
    earlier: [],
    sources: sources.map((k) => ({ key: k, title: `Title ${k}`, titleZh: `标题 ${k}`, publisher: "", url: null, isSeedArticle: k.startsWith("S") })),
  };
}

const dimension = (key: string, nameEn: string, nameZh: string, maxLevel: number) => ({
  key,
  nameEn,
  nameZh,
  descriptionEn: "",
  descriptionZh: "",
  scale: [],
  maxLevel,
});

const jurisdiction = (code: string, nameEn: string, nameZh: string, assessments: GovernanceAssessmentDto[]) => ({
  code,
  nameEn,
  nameZh,
  kind: "COUNTRY" as const,
  parentCode: null,
  assessments: Object.fromEntries(assessments.map((a) => [a.dimensionKey, a])),
});

const matrix: GovernanceMatrixDto = {
  asOf: "2025-12-31",
  lastChecked: "2026-11-30",
  dimensions: [
    dimension("legal", "Legal form", "法律形式", 4),
    dimension("stance", "Policy stance", "政策立场", 2),
    dimension("risk", "Risk tiers", "风险分级", 2),
  ],
  jurisdictions: [
    jurisdiction("EU", "European Union", "欧盟", [
      coding("EU", "legal", 3, "Binding law", ["R2", "S1"]),
      coding("EU", "stance", 2, "Precautionary"),
      coding("EU", "risk", 2, "Tiers"),
    ]),
    jurisdiction("US", "United States", "美国", [
      coding("US", "legal", 1, "Executive orders"),
      coding("US", "stance", 0, "Innovation-first"),
      coding("US", "risk", null, "–"),
    ]),
    jurisdiction("CN", "China", "中国", [coding("CN", "legal", 4, "Binding rules"), coding("CN", "stance", 1, "Mixed"), coding("CN", "risk", 1, "Some")]),
  ],
};

const figure = figureFactory({
  actorName: "European Commission",
  actorNameZh: "欧盟委员会",
  measure: "InvestAI",
  amount: "200000000000",
  periodStart: 2025,
  periodEnd: 2030,
  periodLabel: "2025–2030",
  funding: "PUBLIC",
  confidence: "MEDIUM",
  reportedOn: "2025-02-11",
  lastCheckedOn: "2026-12-04",
  sources: [{ key: "R7", title: "InvestAI press release", url: null, publisher: "EC", date: null }],
});

const figures = [
  figure({}),
  figure({
    actorName: "UK Government",
    actorNameZh: null,
    measure: "Compute",
    amount: "2000000000",
    currency: "GBP",
    kind: "ACTUAL",
    category: "PUBLIC_INITIATIVE",
    periodStart: 2024,
    periodEnd: 2024,
    periodLabel: "2024",
    sources: [{ key: "R3", title: "UK budget", url: null, publisher: "HMT", date: null }],
  }),
  figure({
    actorName: "Mistral",
    actorNameZh: null,
    measure: "Funding round",
    amount: "1700000000",
    currency: "EUR",
    kind: "ACTUAL",
    category: "PRIVATE_INITIATIVE",
    funding: "PRIVATE",
    periodStart: 2025,
    periodEnd: 2025,
    periodLabel: "2025",
  } as Partial<InvestmentFigureDto>),
];

const page = (code: string, figs: InvestmentFigureDto[]) =>
  ({ jurisdiction: { code, nameEn: "European Union", nameZh: "欧盟" }, figures: figs }) as unknown as JurisdictionPageDto;

function resolver(locale: "en" | "zh", figs = figures) {
  return createViewResolver(locale, {
    matrix: async () => matrix,
    jurisdiction: async (code) => (code === "EU" ? page(code, figs) : null),
  });
}

async function slide(locale: "en" | "zh", chart: string, code: string, figs = figures): Promise<SlideData> {
  const r = await resolver(locale, figs)({ chart, params: { code } });
  if (!r.ok) throw new Error(`expected data, got ${r.problem}`);
  return r.data;
}

describe("jurisdiction-levels slide", () => {
  it("draws the jurisdiction's level and the others' highest and lowest real codings per dimension, as shares of each scale", async () => {
    const data = await slide("en", "jurisdiction-levels", "EU");
    expect(data.title).toBe("European Union: coded levels against the other jurisdictions");
    expect(data.chartType).toBe("bar");
    // Policy stance is a position, not an amount: not drawn, but in the table.
    expect(data.categories).toEqual(["Legal form", "Risk tiers"]);
    expect(data.series).toEqual([
      { name: "European Union", values: [75, 100] },
      // Legal: CN 4/4 and US 1/4; risk: only CN is verified (1/2), so highest and lowest are both CN.
      { name: "Highest level among the others", values: [100, 50] },
      { name: "Lowest level among the others", values: [25, 50] },
    ]);
    expect(data.legend?.map((l) => l.label)).toEqual(["European Union", "Highest level among the others", "Lowest level among the others"]);
    expect(data.table.columns).toEqual([
      "Dimension",
      "European Union: coded as",
      "Others higher",
      "Others the same",
      "Others lower",
      "Every other jurisdiction's level",
    ]);
    expect(data.table.rows).toEqual([
      ["Legal form", "Binding law — 3 of 4", 1, 0, 1, "US 1, CN 4"],
      ["Policy stance", "Precautionary — 2 of 2", 0, 0, 2, "US 0, CN 1"],
      ["Risk tiers", "Tiers — 2 of 2", 0, 0, 1, "CN 1; not verified: US"],
    ]);
    expect(data.caveat).toContain("never averaged");
    expect(data.caveat).toContain("not an average");
    // The slide carries its provenance: every source cited, the data's date and the last check.
    expect(data).toMatchObject({ sources: ["S1 Title S1", "R2 Title R2"], asOf: "2025-12-31", lastChecked: "2026-11-30" });
  });

  it("says the same in Chinese", async () => {
    const data = await slide("zh", "jurisdiction-levels", "EU");
    expect(data.title).toBe("欧盟：与其他司法辖区对比的编码等级");
    expect(data.categories).toEqual(["法律形式", "风险分级"]);
    expect(data.series.map((s) => s.name)).toEqual(["欧盟", "其他司法辖区中的最高等级", "其他司法辖区中的最低等级"]);
    expect(data.table.rows[0]).toEqual(["法律形式", "Binding law（中） — 3/4", 1, 0, 1, "US 1, CN 4"]);
    expect(data.caveat).toContain("从不取平均值");
    expect(data.sources).toEqual(["S1 标题 S1", "R2 标题 R2"]);
  });

  it("an unknown or malformed code is a problem, never an exception", async () => {
    expect(await resolver("en")({ chart: "jurisdiction-levels", params: { code: "ZZ" } })).toEqual({ ok: false, problem: "no-data" });
    expect(await resolver("en")({ chart: "jurisdiction-levels", params: { code: "not a code" } })).toEqual({ ok: false, problem: "invalid-view" });
    expect(await resolver("en")({ chart: "jurisdiction-levels", params: {} })).toEqual({ ok: false, problem: "invalid-view" });
    expect(viewParamProblems({ chart: "jurisdiction-figures", params: { code: "US-CA" } })).toEqual([]);
    expect(viewParamProblems({ chart: "jurisdiction-figures", params: { code: "EU", j: "US" } })).toEqual(["j (unknown parameter)"]);
  });
});

describe("jurisdiction-figures slide", () => {
  it("lists every figure in its own currency (never converted or summed), whose money in words, with sources", async () => {
    const data = await slide("en", "jurisdiction-figures", "EU");
    expect(data.title).toBe("European Union: investment figures over time");
    expect(data.chartType).toBe("table");
    expect(data.series).toEqual([]);
    expect(data.table.columns).toEqual(["Actor", "Measure", "Period", "Kind", "Whose money", "Amount (original currency)", "Sources"]);
    // Grouped by currency (EUR, then GBP), each amount as stated.
    expect(data.table.rows.map((r) => [r[0], r[4], r[5]])).toEqual([
      ["European Commission", "Public money", "€200bn"],
      ["Mistral", "Private money", "€1.7bn"],
      ["UK Government", "Public money", "£2bn"],
    ]);
    expect(data.table.rows[0][3]).toBe("Pledge");
    expect(data.caveat).toBe(
      "Amounts keep their original currency (EUR, GBP) and are never converted or added up across currencies, kinds or measures; pledges, plans and guidance are announcements, not money spent. Whose money: Public money: 2, Private money: 1.",
    );
    // No number on the slide is a total: nothing adds EUR 200bn and EUR 1.7bn.
    expect(JSON.stringify(data)).not.toContain("201.7");
    expect(data).toMatchObject({ sources: ["R3 UK budget", "R7 InvestAI press release"], asOf: "2025-02-11", lastChecked: "2026-12-04" });
  });

  it("says the same in Chinese, with the actors' Chinese names", async () => {
    const data = await slide("zh", "jurisdiction-figures", "EU");
    expect(data.title).toBe("欧盟：投资数据随时间变化");
    expect(data.table.columns[5]).toBe("金额（原始货币）");
    const commission = data.table.rows.find((r) => r[1] === "InvestAI")!;
    expect(commission[0]).toBe("欧盟委员会");
    expect(commission[4]).toBe("公共资金");
    expect(commission[5]).toBe("€2,000亿");
    expect(data.caveat).toContain("资金来源：公共资金：2 项、私人资金：1 项");
  });

  it("a jurisdiction without figures, or an unknown one, has no data", async () => {
    expect(await resolver("en", [])({ chart: "jurisdiction-figures", params: { code: "EU" } })).toEqual({ ok: false, problem: "no-data" });
    expect(await resolver("en")({ chart: "jurisdiction-figures", params: { code: "QQ" } })).toEqual({ ok: false, problem: "no-data" });
  });

  it("a long list continues over further slides, every row kept and each part saying which rows it shows", async () => {
    const many = Array.from({ length: 29 }, (_, i) =>
      figure({ measure: `M${String(i).padStart(2, "0")}`, periodStart: 2000 + i, periodEnd: 2000 + i, periodLabel: String(2000 + i) }),
    );
    const data = await slide("en", "jurisdiction-figures", "EU", many);
    const t = translator("en");
    const { slides } = paginateSlide(
      { id: "s1", kind: "CHART", title: "Figures", takeaway: null, notes: null, body: null, data, problem: null, frozen: false },
      t,
    );
    expect(slides).toHaveLength(3);
    expect(slides.flatMap((s) => s.data!.table.rows.map((r) => r[1]))).toEqual(many.map((f) => f.measure));
    expect(slides[2].data!.subtitle).toContain("Items 25–29 of 29.");
    expect(slides[1].title).toBe("Figures (2 of 3)");
  });
});

describe("links to the jurisdiction charts", () => {
  it("reads a jurisdiction page's address as the view, and opens the view on that page", () => {
    expect(viewFromLink("jurisdiction-figures", "https://govatlas.example/zh/jurisdictions/us-ca")).toEqual({
      ok: true,
      view: { chart: "jurisdiction-figures", params: { code: "US-CA" } },
    });
    expect(viewFromLink("jurisdiction-levels", "/en/compare?j=EU,US").ok).toBe(false);
    expect(viewFromLink("jurisdiction-levels", "").ok).toBe(false);
    expect(viewFromLink("jurisdiction-levels", "code=EU")).toEqual({ ok: true, view: { chart: "jurisdiction-levels", params: { code: "EU" } } });
    expect(viewFromLink("jurisdiction-levels", "code=E_U")).toEqual({ ok: false, reason: "code=E_U" });
    expect(viewHref({ chart: "jurisdiction-levels", params: { code: "EU" } })).toBe("/jurisdictions/eu#charts");
  });
});
