// Governance slides: the comparison and the timeline (investment slides: decks-slide-data.test.ts).
import { describe, expect, it } from "vitest";
import { buildComparison } from "@/lib/charts/compare-state";
import { compareSlideData, timelineSlideData } from "@/lib/decks/slide-data";
import type { GovernanceAssessmentDto, GovernanceMatrixDto } from "@/lib/dto/governance";
import type { TimelineEvent } from "@/lib/dto/timeline";
import { assessment } from "./governance-fixtures";

/** The shared coding (as of and checked at the end of 2025, no history) with this test's label and sources. */
const coding = (code: string, key: string, level: number, labelEn: string, sources: GovernanceAssessmentDto["sources"]): GovernanceAssessmentDto => ({
  ...assessment(code, key, level, []),
  labelEn,
  sources,
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
        legal: coding(code, "legal", code === "EU" ? 4 : 1, `${code} legal`, [
          { key: "R2", title: "Report two", titleZh: null, publisher: "", url: null, isSeedArticle: false },
        ]),
        ...(code === "EU" ? { risk: coding(code, "risk", 2, "tiers", []) } : {}),
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
