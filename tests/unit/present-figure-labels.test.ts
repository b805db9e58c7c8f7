import { describe, expect, it } from "vitest";
import {
  FUNDING_ORDER,
  KIND_FILL,
  KIND_ORDER,
  fundingLabel,
  fundingOf,
  kindLabel,
  kindLegendLabel,
  kindText,
  localizeFigure,
  readableNote,
} from "@/lib/charts/figure-labels";
import { asOfLine, figuresAsOf, informationDate } from "@/lib/charts/as-of";
import { buildInitiativesChart } from "@/lib/charts/initiatives-state";
import { convert, describeRateUse, ratePeriodOf, type RateDto } from "@/lib/charts/currency";
import { formatFigure } from "@/lib/charts/money";
import { figureFactory } from "./figure-fixtures";

const fig = figureFactory({
  funding: null,
  measureZh: null,
  periodLabelZh: null,
  kindNoteZh: null,
  comparabilityNoteZh: null,
  noteZh: null,
  lastCheckedOn: null,
  updatedAt: "2026-12-04T10:00:00.000Z",
});

describe("kind and funding labels (shared by web, exports and slides)", () => {
  it("label every kind and funding in both languages, with no enum spelling", () => {
    for (const k of KIND_ORDER) {
      for (const locale of ["en", "zh"]) {
        expect(kindLabel(k, locale)).not.toMatch(/^[A-Z_]+$/);
        expect(kindLegendLabel(k, locale)).toContain(kindLabel(k, locale));
      }
    }
    for (const f of FUNDING_ORDER) expect(fundingLabel(f, "zh")).toMatch(/[\u4e00-\u9fff]/);
    expect(kindLabel("PLEDGE", "en")).toBe("Pledge");
    expect(kindLegendLabel("GUIDANCE", "en")).toBe("Guidance (hatched)");
    expect(kindLegendLabel("ACTUAL", "zh")).toBe("实际（实心）");
  });

  it("draws guidance, plans and pledges hatched and actuals solid", () => {
    expect(KIND_FILL.ACTUAL).toBe("solid");
    expect(KIND_FILL.GUIDANCE).toBe("hatch");
    expect(KIND_FILL.PLAN).toBe("hatch");
    expect(KIND_FILL.PLEDGE).toBe("hatch");
  });

  it("treats a private initiative as private money even when funding is not filled in, and null funding as not stated", () => {
    expect(fundingOf({ category: "PRIVATE_INITIATIVE", funding: null })).toBe("PRIVATE");
    expect(fundingOf({ category: "PUBLIC_INITIATIVE", funding: "PRIVATE" })).toBe("PRIVATE");
    expect(fundingOf({ category: "PUBLIC_INITIATIVE", funding: "MIXED" })).toBe("MIXED");
    expect(fundingOf({ category: "PUBLIC_INITIATIVE", funding: null })).toBe("UNSTATED");
  });

  it("writes the kind as its label plus the curator's detail, dropping restatements and 'nothing known' notes", () => {
    expect(kindText({ kind: "PLAN", kindNote: 'Plan; $100bn "immediately"' }, "en")).toBe('Plan — $100bn "immediately"');
    expect(kindText({ kind: "GUIDANCE", kindNote: "Guidance (Oct 2024)" }, "en")).toBe("Guidance — Oct 2024");
    expect(kindText({ kind: "PLEDGE", kindNote: "Pledges" }, "en")).toBe("Pledge");
    expect(kindText({ kind: "PLAN", kindNote: "– (the fact sheet gives no kind)" }, "en")).toBe("Plan");
    expect(kindText({ kind: "COMMITTED", kindNote: "Capitalised" }, "en")).toBe("Committed — Capitalised");
    expect(kindText({ kind: "PLAN", kindNote: null }, "zh")).toBe("计划");
    expect(readableNote("—")).toBeNull();
  });

  it("uses the Chinese fields on /zh where present and says which yen", () => {
    const f = fig({
      actorName: "Japan",
      actorNameZh: "日本",
      measure: "Public support",
      measureZh: "公共支持",
      periodLabel: "To FY2030",
      currency: "JPY",
      comparabilityNote: "aims to draw ¥50trn",
    });
    const zh = localizeFigure(f, "zh");
    expect(zh).toMatchObject({ actorName: "日本", measure: "公共支持", periodLabel: "To FY2030", comparabilityNote: "aims to draw JP¥50trn" });
    expect(localizeFigure(f, "en")).toMatchObject({ actorName: "Japan", measure: "Public support" });
    expect(localizeFigure(fig({ currency: "CNY", comparabilityNote: "¥344bn; CN¥1bn" }), "en").comparabilityNote).toBe("CN¥344bn; CN¥1bn");
    expect(formatFigure(fig({ amount: "60060000000", currency: "CNY" }), "en")).toBe("CN¥60.06bn");
  });
});

describe("as of: the data's own dates, never the write time", () => {
  it("takes the newest report date or period and the range of last checks", () => {
    const a = figuresAsOf([
      fig({ reportedOn: "2025-02-11", lastCheckedOn: "2026-12-01" }),
      fig({ periodStart: 2021, periodEnd: 2027, lastCheckedOn: "2026-12-04" }),
      fig({ reportedOn: "2024-11-11" }),
    ]);
    expect(a).toEqual({ newest: "2025-02-11", checkedFrom: "2026-12-01", checkedTo: "2026-12-04", notRecorded: 1, total: 3 });
    const labels = {
      newest: (d: string) => `Newest information: ${d}`,
      checked: (d: string) => `Last checked: ${d}`,
      notRecorded: "not recorded",
      partlyRecorded: (c: number, t: number) => `${c} of ${t} not recorded`,
      unknown: "not stated",
    };
    expect(asOfLine(a, labels)).toBe("Newest information: 2025-02-11 · Last checked: 2026-12-01–2026-12-04 (1 of 3 not recorded)");
    expect(asOfLine(figuresAsOf([fig({ reportedOn: "2025-05-12" })]), labels)).toBe("Newest information: 2025-05-12 · Last checked: not recorded");
    expect(asOfLine(figuresAsOf([fig({})]), labels)).toBe("Newest information: not stated · Last checked: not recorded");
    // updatedAt (2026-12-04 in every fixture) is never the answer.
    expect(informationDate(fig({ periodStart: 2024, periodEnd: 2024 }))).toBe("2024");
    // A programme's horizon end is not the date of the information.
    expect(informationDate(fig({ periodStart: 2021, periodEnd: 2027 }))).toBe("2021");
    expect(informationDate(fig({ periodEnd: 2030 }))).toBe("2030");
  });

  it("orders a later year above an earlier exact date", () => {
    expect(figuresAsOf([fig({ reportedOn: "2025-05-12" }), fig({ periodStart: 2026, periodEnd: 2026 })]).newest).toBe("2026");
    expect(figuresAsOf([fig({ periodStart: 2025, periodEnd: 2025 }), fig({ reportedOn: "2025-05-12" })]).newest).toBe("2025-05-12");
  });
});

describe("currency: the rate of the figure's own period, or say which one was used", () => {
  const rates: RateDto[] = [
    { currency: "EUR", period: "2023", rate: "1.0817", usdPerUnit: true, sourceKey: "X1" },
    { currency: "EUR", period: "2025", rate: "1.1300", usdPerUnit: true, sourceKey: "X2" },
  ];
  it("picks the figure's year", () => {
    expect(ratePeriodOf({ periodStart: 2024, periodEnd: 2024, reportedOn: "2025-01-01" })).toBe(2024);
    expect(ratePeriodOf({ periodStart: null, periodEnd: null, reportedOn: "2025-02-11" })).toBe(2025);
    expect(ratePeriodOf({ periodStart: 2021, periodEnd: 2027, reportedOn: null })).toBe(2021);
    const exact = convert(100, "EUR", "USD", rates, 2025);
    expect(exact.ok && exact.uses[0]).toMatchObject({ exact: true, wanted: "2025", rate: { period: "2025" } });
    expect(exact.ok && describeRateUse(exact.uses[0])).toBe("1 EUR = 1.1300 USD (2025 avg., X2)");
  });
  it("says when it fell back to another period", () => {
    const c = convert(100, "EUR", "USD", rates, 2024);
    expect(c.ok && describeRateUse(c.uses[0])).toBe("1 EUR = 1.1300 USD (2025 avg., X2) — no 2024 rate stored; 2025 rate used");
  });
});

describe("initiatives", () => {
  it("plot private programmes with their funding, never as public money", () => {
    const stargate = fig({ actorName: "Stargate", category: "PRIVATE_INITIATIVE", currency: "USD", amount: "500000000000", kind: "PLAN" });
    const investAI = fig({ actorName: "InvestAI", funding: "MIXED", amount: "200000000000" });
    const eu = fig({ actorName: "EU", funding: "PUBLIC", kind: "COMMITTED", amount: "10000000000" });
    const chart = buildInitiativesChart([stargate, investAI, eu, fig({ category: "CORPORATE_CAPEX" })], "original", [], "en");
    const bars = chart.groups.flatMap((g) => g.bars);
    expect(bars.map((b) => [b.label, b.funding, b.kind])).toEqual([
      ["InvestAI", "MIXED", "PLEDGE"],
      ["EU", "PUBLIC", "COMMITTED"],
      ["Stargate", "PRIVATE", "PLAN"],
    ]);
  });
});
