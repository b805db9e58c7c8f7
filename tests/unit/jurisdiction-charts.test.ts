import { describe, expect, it } from "vitest";
import { buildLevelStrip, dotSlots } from "@/components/jurisdictions/level-strip-state";
import { buildFigureTimeline, yearSpan } from "@/components/jurisdictions/figure-timeline-state";
import type { GovernanceAssessmentDto, GovernanceMatrixDto } from "@/lib/dto/governance";
import type { InvestmentFigureDto } from "@/lib/dto/investment";
import { ACTUAL_2024, figureFactory } from "./figure-fixtures";
import { assessment, dimension } from "./governance-fixtures";

const j = (code: string, assessments: Record<string, GovernanceAssessmentDto>) => ({
  code,
  nameEn: code,
  nameZh: code,
  kind: "COUNTRY" as const,
  parentCode: null,
  assessments,
});

const matrix: GovernanceMatrixDto = {
  dimensions: [dimension("legal", 3), dimension("risk", 2)],
  jurisdictions: [
    j("AA", { legal: assessment("AA", "legal", 2, ["R4", "R9"]), risk: assessment("AA", "risk", null) }),
    j("BB", { legal: assessment("BB", "legal", 3), risk: assessment("BB", "risk", 1) }),
    j("CC", { legal: assessment("CC", "legal", 2), risk: assessment("CC", "risk", null) }),
    j("DD", { legal: assessment("DD", "legal", 0) }),
  ],
  asOf: "2025-12-31",
  lastChecked: "2025-12-31",
};

describe("buildLevelStrip", () => {
  it("places the jurisdiction among the others' verified levels and counts higher, same and lower", () => {
    const [legal, risk] = buildLevelStrip(matrix, "AA");
    expect(legal).toMatchObject({ dimensionKey: "legal", level: 2, maxLevel: 3, higher: 1, same: 1, lower: 1, notVerified: [] });
    expect(legal.others).toEqual([
      { code: "BB", level: 3 },
      { code: "CC", level: 2 },
      { code: "DD", level: 0 },
    ]);
    expect(legal.sources.map((s) => s.key)).toEqual(["R4", "R9"]);
    // Not verified is neither a level nor compared; others without a verified level are named, not drawn.
    expect(risk).toMatchObject({ level: null, coded: true, higher: 0, same: 0, lower: 0, notVerified: ["CC"] });
    expect(risk.others).toEqual([{ code: "BB", level: 1 }]);
  });

  it("marks a dimension the jurisdiction has no coding on as uncoded", () => {
    const [, risk] = buildLevelStrip(matrix, "DD");
    expect(risk.coded).toBe(false);
    expect(risk.others).toEqual([{ code: "BB", level: 1 }]);
  });
});

describe("dotSlots", () => {
  it("puts dots at the same level side by side and wraps after the line length", () => {
    const others = ["A", "B", "C", "D", "E"].map((code) => ({ code, level: 1 })).concat([{ code: "F", level: 2 }]);
    const slots = dotSlots(others, 3);
    expect(slots.map((s) => [s.code, s.column, s.line, s.ofColumns])).toEqual([
      ["A", 0, 0, 3],
      ["B", 1, 0, 3],
      ["C", 2, 0, 3],
      ["D", 0, 1, 2],
      ["E", 1, 1, 2],
      ["F", 0, 0, 1],
    ]);
  });
});

const fundFigure = figureFactory({
  ...ACTUAL_2024,
  actorName: "Actor",
  jurisdictionCode: "AA",
  funding: null,
  measure: "Fund",
  updatedAt: "2025-01-01",
  sources: [],
});
const figure = (slug: string, over: Partial<InvestmentFigureDto>) => fundFigure({ id: slug, slug, ...over });

describe("buildFigureTimeline", () => {
  it("keeps each currency and measure its own series and never merges amounts", () => {
    const timeline = buildFigureTimeline([
      figure("eur-2024", {}),
      figure("eur-2025", { periodStart: 2025, periodEnd: 2025, kind: "PLEDGE" }),
      figure("usd-2024", { currency: "USD", amount: "5000000000" }),
      figure("other-measure", { measure: "Capex" }),
    ]);
    expect(timeline.currencies).toEqual(["EUR", "USD"]);
    expect(timeline.series.map((s) => [s.currency, s.measure, s.marks.map((m) => m.figure.slug)])).toEqual([
      ["EUR", "Capex", ["other-measure"]],
      ["EUR", "Fund", ["eur-2024", "eur-2025"]],
      ["USD", "Fund", ["usd-2024"]],
    ]);
    expect(timeline.years).toEqual({ from: 2024, to: 2025 });
  });

  it("spans multi-year periods, stacks overlapping marks and leaves undated figures out of the drawing", () => {
    const timeline = buildFigureTimeline([
      figure("span", { periodStart: 2021, periodEnd: 2027, kind: "COMMITTED" }),
      figure("inside", { periodStart: 2024, periodEnd: 2024 }),
      figure("end-only", { periodStart: null, periodEnd: 2030, measure: "Plan" }),
      figure("undated", { periodStart: null, periodEnd: null }),
    ]);
    const fund = timeline.series.find((s) => s.measure === "Fund")!;
    expect(fund.marks.map((m) => [m.figure.slug, m.from, m.to, m.stack])).toEqual([
      ["span", 2021, 2027, 0],
      ["inside", 2024, 2024, 1],
    ]);
    expect(fund.stacks).toBe(2);
    expect(timeline.years).toEqual({ from: 2021, to: 2030 });
    expect(timeline.undated.map((f) => f.slug)).toEqual(["undated"]);
  });

  it("keeps a year free after each mark in a lane when asked (narrow columns leave no room for the amount)", () => {
    const years = [2021, 2022, 2023].map((y) => figure(`y${y}`, { periodStart: y, periodEnd: y }));
    expect(buildFigureTimeline(years).series[0].marks.map((m) => m.stack)).toEqual([0, 0, 0]);
    expect(buildFigureTimeline(years, 1).series[0].marks.map((m) => m.stack)).toEqual([0, 1, 0]);
    expect(yearSpan(years)).toBe(3);
    expect(yearSpan([])).toBe(0);
  });

  it("has no years and no series when there are no figures", () => {
    expect(buildFigureTimeline([])).toEqual({ years: null, series: [], undated: [], currencies: [] });
  });

  it("tells public from private money by the stated funding, a private initiative counting as private", () => {
    const timeline = buildFigureTimeline([figure("pub", { funding: "PUBLIC" }), figure("priv", { category: "PRIVATE_INITIATIVE", measure: "Other" })]);
    expect(timeline.series.flatMap((s) => s.marks.map((m) => [m.figure.slug, m.funding]))).toEqual([
      ["pub", "PUBLIC"],
      ["priv", "PRIVATE"],
    ]);
  });
});
