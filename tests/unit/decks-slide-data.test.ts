import { describe, expect, it } from "vitest";
import { buildCapexChart } from "@/lib/charts/capex-state";
import { buildInitiativesChart } from "@/lib/charts/initiatives-state";
import { buildPrivateChart } from "@/lib/charts/private-investment-state";
import { buildComparison } from "@/lib/charts/compare-state";
import {
  capexSlideData,
  compareSlideData,
  initiativesSlideData,
  privateSlideData,
  sortSourceKeys,
  sourceLines,
  timelineSlideData,
} from "@/lib/decks/slide-data";
import type { InvestmentFigureDto } from "@/lib/dto/investment";
import type { GovernanceMatrixDto } from "@/lib/dto/governance";
import type { TimelineEvent } from "@/lib/dto/timeline";

let n = 0;
function fig(p: Partial<InvestmentFigureDto>): InvestmentFigureDto {
  n += 1;
  return {
    id: `f${n}`,
    slug: `f${n}`,
    actorName: "Alpha",
    actorNameZh: null,
    actorType: "COMPANY",
    jurisdictionCode: "US",
    category: "CORPORATE_CAPEX",
    measure: "Total capex",
    amount: "10000000000",
    amountLow: null,
    amountHigh: null,
    qualifier: "EXACT",
    valueText: null,
    currency: "USD",
    periodType: "CALENDAR_YEAR",
    periodStart: 2024,
    periodEnd: 2024,
    periodLabel: "2024",
    kind: "ACTUAL",
    kindNote: null,
    confidence: "MEDIUM",
    confidenceNote: null,
    comparabilityNote: null,
    note: null,
    reportedOn: null,
    updatedAt: "2025-01-01T00:00:00.000Z",
    sources: [{ key: "R1", title: "Report one", url: null, publisher: "p", date: null }],
    flaggedClaimSlugs: [],
    ...p,
  };
}
const src = (key: string) => [{ key, title: `Title ${key}`, url: null, publisher: "p", date: null }];
const titles = new Map([
  ["R1", "Report one"],
  ["R2", "Report two"],
  ["S0", "Seed article"],
]);
const kinds = { ACTUAL: "Actual", GUIDANCE: "Guidance", PLAN: "Plan", PLEDGE: "Pledge", COMMITTED: "Committed", ESTIMATE: "Estimate" };

describe("source lines", () => {
  it("puts seed articles first, then R-keys in numeric order, each with its title when known", () => {
    expect(sortSourceKeys(["R10", "R2", "S0", "R2"])).toEqual(["S0", "R2", "R10"]);
    expect(sourceLines(["R2", "R9"], titles)).toEqual(["R2 Report two", "R9"]);
  });
});

describe("capexSlideData", () => {
  const labels = {
    title: "Capex",
    subtitle: "US$ bn.",
    unit: "US$ bn",
    columns: { company: "Company", year: "Year", value: "Value", kind: "Kind", sources: "Sources" },
    kinds,
    company: (name: string) => (name === "Beta" ? "贝塔" : name),
    projected: (p: string) => `Not actuals: ${p}.`,
  };

  it("has one series per company over the years, the same numbers in chart and table, and names guidance", () => {
    const chart = buildCapexChart([
      fig({ actorName: "Alpha", periodStart: 2023, periodEnd: 2023, amount: "32300000000", sources: src("R2") }),
      fig({ actorName: "Beta", periodStart: 2023, periodEnd: 2023, amount: "52700000000" }),
      fig({ actorName: "Beta", periodStart: 2024, periodEnd: 2024, amount: "75000000000", kind: "GUIDANCE" }),
    ]);
    const data = capexSlideData(chart, titles, "2025-06-30", labels)!;
    expect(data.chartType).toBe("grouped-bar");
    expect(data.categories).toEqual(["2023", "2024"]);
    expect(data.series).toEqual([
      { name: "Alpha", values: [32.3, null] },
      { name: "贝塔", values: [52.7, 75] },
    ]);
    expect(data.table.rows).toEqual([
      ["Alpha", "2023", 32.3, "Actual", "R2"],
      ["贝塔", "2023", 52.7, "Actual", "R1"],
      ["贝塔", "2024", 75, "Guidance", "R1"],
    ]);
    const plotted = data.series
      .flatMap((s) => s.values)
      .filter((v) => v !== null)
      .sort();
    expect(data.table.rows.map((r) => r[2]).sort()).toEqual(plotted);
    expect(data.subtitle).toBe("US$ bn. Not actuals: 贝塔 2024.");
    expect(data.sources).toEqual(["R1 Report one", "R2 Report two"]);
    expect(data.asOf).toBe("2025-06-30");
  });

  it("returns null when no company figure is plotted (the view no longer matches any data)", () => {
    expect(capexSlideData(buildCapexChart([]), titles, "–", labels)).toBeNull();
  });
});

describe("privateSlideData", () => {
  it("draws countries by year, leaving a missing country-year empty (never zero)", () => {
    const aggregate = (actorName: string, code: string, year: number, amount: string) =>
      fig({
        actorName,
        jurisdictionCode: code,
        category: "PRIVATE_INVESTMENT_AGGREGATE",
        actorType: "MARKET_AGGREGATE",
        periodStart: year,
        periodEnd: year,
        amount,
      });
    const chart = buildPrivateChart([
      aggregate("US", "US", 2023, "67200000000"),
      aggregate("US", "US", 2024, "109100000000"),
      aggregate("UK", "UK", 2024, "4500000000"),
    ]);
    const data = privateSlideData(chart, titles, "2025-01-01", {
      title: "Private",
      subtitle: "s",
      unit: "US$ bn",
      columns: { country: "Country", year: "Year", value: "Value", sources: "Sources" },
      country: (c) => c,
    })!;
    expect(data.series).toEqual([
      { name: "US", values: [67.2, 109.1] },
      { name: "UK", values: [null, 4.5] },
    ]);
    expect(data.table.rows).toContainEqual(["UK", "2024", 4.5, "R1"]);
    expect(data.table.rows).toHaveLength(3);
  });
});

describe("initiativesSlideData", () => {
  it("draws one currency group as horizontal bars, largest first, with the stated figure in the table", () => {
    const chart = buildInitiativesChart(
      [
        fig({ actorName: "EU", category: "PUBLIC_INITIATIVE", currency: "EUR", amount: "200000000000", kind: "PLEDGE" }),
        fig({ actorName: "FR", category: "PUBLIC_INITIATIVE", currency: "EUR", amount: "109000000000", kind: "PLEDGE" }),
        fig({ actorName: "US", category: "PUBLIC_INITIATIVE", currency: "USD", amount: "500000000000", kind: "PLAN" }),
      ],
      "original",
      [],
    );
    const eur = chart.groups.find((g) => g.currency === "EUR");
    const data = initiativesSlideData(eur, titles, "2025-01-01", {
      title: "EUR",
      subtitle: "s",
      unit: "EUR bn",
      kinds,
      columns: { actor: "Actor", value: "Value", stated: "Stated", kind: "Kind", horizon: "Horizon", sources: "Sources" },
      caveat: (shown) => `Kinds shown: ${shown.join(", ")}.`,
    })!;
    expect(data.chartType).toBe("bar");
    // The kind is part of each bar's label, so it survives every output.
    expect(data.categories).toEqual(["EU · Pledge", "FR · Pledge"]);
    expect(data.caveat).toBe("Kinds shown: Pledge.");
    expect(data.series).toEqual([{ name: "EUR bn", values: [200, 109] }]);
    expect(data.table.rows[0]).toEqual(["EU", 200, "€200bn", "Pledge", "2024", "R1"]);
    expect(
      initiativesSlideData(undefined, titles, "–", {
        title: "",
        subtitle: "",
        unit: "",
        kinds,
        columns: { actor: "", value: "", stated: "", kind: "", horizon: "", sources: "" },
      }),
    ).toBeNull();
  });
});

describe("compareSlideData", () => {
  const matrix: GovernanceMatrixDto = {
    asOf: "2025-12-31",
    lastChecked: "2026-11-30",
    dimensions: [
      { key: "legal", nameEn: "Legal", nameZh: "法律", descriptionEn: "", descriptionZh: "", scale: [], maxLevel: 4 },
      { key: "risk", nameEn: "Risk", nameZh: "风险", descriptionEn: "", descriptionZh: "", scale: [], maxLevel: 2 },
    ],
    jurisdictions: ["EU", "US"].map((code) => ({
      code,
      nameEn: code,
      nameZh: code,
      kind: "COUNTRY" as const,
      parentCode: null,
      assessments: {
        legal: {
          jurisdictionCode: code,
          dimensionKey: "legal",
          level: code === "EU" ? 4 : 1,
          labelEn: `${code} legal`,
          labelZh: null,
          rationaleEn: "",
          rationaleZh: null,
          asOf: "2025-12-31",
          confidence: "HIGH" as const,
          since: null,
          lastChecked: "2025-12-31",
          earlier: [],
          sources: [{ key: "R2", title: "Report two", titleZh: null, publisher: "", url: null, isSeedArticle: false }],
        },
        ...(code === "EU"
          ? {
              risk: {
                jurisdictionCode: code,
                dimensionKey: "risk",
                level: 2,
                labelEn: "tiers",
                labelZh: null,
                rationaleEn: "",
                rationaleZh: null,
                asOf: "2025-12-31",
                confidence: "HIGH" as const,
                since: null,
                lastChecked: "2025-12-31",
                earlier: [],
                sources: [],
              },
            }
          : {}),
      },
    })),
  };
  const labels = {
    title: "Compare",
    subtitle: "s",
    unit: "%",
    dimension: "Dimension",
    notVerified: "not verified",
    names: { EU: "European Union", US: "United States" },
    dimensionName: (k: string) => k.toUpperCase(),
    cellLabel: (en: string) => en,
    caveat: "Compare within a dimension.",
    changed: (n: string, d: string, y: string) => `${n} ${d} changed ${y}`,
    lastChecked: "2026-11-30",
    colors: ["#111111", "#222222"],
  };

  it("draws the web view's horizontal bars (never a radar), keeps a missing coding as null, and labels it in the table", () => {
    const data = compareSlideData(buildComparison(matrix, ["EU", "US"]), ["EU", "US"], "2025-12-31", labels)!;
    expect(data.chartType).toBe("bar");
    expect(data.caveat).toBe("Compare within a dimension.");
    expect(data.lastChecked).toBe("2026-11-30");
    expect(data.legend).toEqual([
      { label: "European Union", color: "#111111" },
      { label: "United States", color: "#222222" },
    ]);
    expect(data.categories).toEqual(["LEGAL", "RISK"]);
    expect(data.series).toEqual([
      { name: "European Union", values: [100, 100] },
      { name: "United States", values: [25, null] },
    ]);
    expect(data.table.columns).toEqual(["Dimension", "European Union", "United States"]);
    expect(data.table.rows[0]).toEqual(["LEGAL", "EU legal — 4/4", "US legal — 1/4"]);
    expect(data.table.rows[1][2]).toBe("not verified");
    expect(data.sources).toEqual(["R2 Report two"]);
  });

  it("keeps policy stance out of the bars (a position, not an amount) but in the table, and notes changed codings", () => {
    const stance = { key: "stance", nameEn: "Stance", nameZh: "取向", descriptionEn: "", descriptionZh: "", scale: [], maxLevel: 2 };
    const eu = matrix.jurisdictions[0];
    const older = { ...eu.assessments.legal, dimensionKey: "stance", level: 2, labelEn: "Precautionary" };
    const withStance: GovernanceMatrixDto = {
      ...matrix,
      dimensions: [...matrix.dimensions, stance],
      jurisdictions: [
        { ...eu, assessments: { ...eu.assessments, stance: { ...older, level: 1, labelEn: "Balanced", since: "2026-01-01", earlier: [older] } } },
        matrix.jurisdictions[1],
      ],
    };
    const data = compareSlideData(buildComparison(withStance, ["EU", "US"]), ["EU", "US"], "2025-12-31", labels)!;
    expect(data.categories).toEqual(["LEGAL", "RISK"]);
    expect(data.series[0].values).toHaveLength(2);
    expect(data.table.rows.map((r) => r[0])).toEqual(["LEGAL", "RISK", "STANCE"]);
    expect(data.table.rows[2][1]).toBe("Balanced — 1/2");
    expect(data.caveat).toContain("European Union STANCE changed 2026");
  });

  it("returns null when nothing in the selection is coded", () => {
    expect(compareSlideData(buildComparison({ ...matrix, jurisdictions: [] }, ["EU", "US"]), ["EU", "US"], "–", labels)).toBeNull();
  });
});

describe("timelineSlideData", () => {
  const event = (i: number, code = "EU"): TimelineEvent => ({
    kind: "event",
    slug: `e${i}`,
    jurisdictionCode: code,
    alsoJurisdictions: i === 0 ? ["US"] : [],
    titleEn: `Event ${i}`,
    titleZh: null,
    date: { date: `20${10 + (i % 15)}-01-01`, precision: "YEAR" },
    dateNote: null,
    dateNoteZh: null,
    confidence: "HIGH",
    confidenceNote: null,
    instrument: null,
    sources: [{ key: "R1", title: "Report one", url: null }],
  });
  const labels = {
    title: "Timeline",
    subtitle: (total: number) => `all ${total}`,
    columns: { date: "Date", jurisdiction: "Jurisdiction", title: "Title", type: "Type", status: "Status" },
    event: "Event",
    status: {},
    itemTitle: (i: { titleEn: string }) => i.titleEn,
    shortTitle: (i: { titleEn: string }) => i.titleEn,
    date: (i: TimelineEvent | { kind: string }) => ("date" in i ? i.date.date.slice(0, 4) : "–"),
    superseded: () => null,
    laneLabel: (c: string) => `Lane ${c}`,
    lanes: ["EU", "US", "US-CA"],
    from: 2010,
    to: 2026,
    today: "2026-12-04",
    lastChecked: "2026-11-30",
    caveat: "c",
    legend: [{ label: "Event", color: "#6d28d9" }],
  };

  it("is the swimlane drawing with every item (none dropped), each also a table row", () => {
    const items = [...Array.from({ length: 25 }, (_, i) => event(i)), event(30, "US-CA")];
    const data = timelineSlideData(items, "2025-01-01", labels as never)!;
    expect(data.chartType).toBe("timeline");
    expect(data.timeline!.items).toHaveLength(26);
    expect(data.table.rows).toHaveLength(26);
    expect(data.table.rows[0]).toEqual(["2010", "EU, US", "Event 0", "Event", "–"]);
    expect(data.timeline!.lanes).toEqual([
      { code: "EU", label: "Lane EU" },
      { code: "US-CA", label: "Lane US-CA" },
    ]);
    expect(data.timeline!.items.at(-1)).toMatchObject({ lane: "US-CA", mark: "EVENT", label: "Event 30" });
    expect(data.timeline!.today).toBe("2026-12-04");
    expect(data.subtitle).toBe("all 26");
    expect(timelineSlideData([], "–", labels as never)).toBeNull();
  });
});
