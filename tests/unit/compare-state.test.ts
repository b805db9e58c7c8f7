import { describe, expect, it } from "vitest";
import {
  buildComparison,
  byJurisdictionOrder,
  comparisonExportRows,
  comparisonSourceKeys,
  changedCodings,
  dimensionSummaries,
  isSpectrum,
  newestDate,
  SPECTRUM_PALETTE,
  splitHistory,
  levelColor,
  levelShare,
  LEVEL_PALETTE,
  localized,
  parseSelection,
  serializeSelection,
  toggleSelection,
} from "@/lib/charts/compare-state";
import type { GovernanceMatrixDto } from "@/lib/dto/governance";
import { assessment, dimension } from "./governance-fixtures";

const ALL = ["EU", "US", "CN", "UK", "FR", "JP", "KR", "SA", "AE", "INT"];

// legal (0–3) and risk (0–2): AA is fully coded, BB has a gap, CC is entirely unverified.
const matrix: GovernanceMatrixDto = {
  dimensions: [dimension("legal", 3), dimension("risk", 2)],
  jurisdictions: [
    {
      code: "AA",
      nameEn: "Alpha",
      nameZh: "甲",
      kind: "COUNTRY",
      parentCode: null,
      assessments: { legal: assessment("AA", "legal", 3, ["R10", "S2"]), risk: assessment("AA", "risk", 1) },
    },
    {
      code: "BB",
      nameEn: "Beta",
      nameZh: "乙",
      kind: "COUNTRY",
      parentCode: null,
      assessments: { legal: assessment("BB", "legal", 0, ["R2"]), risk: assessment("BB", "risk", null) },
    },
    { code: "CC", nameEn: "Gamma", nameZh: "丙", kind: "COUNTRY", parentCode: null, assessments: { legal: assessment("CC", "legal", null) } },
  ],
  asOf: "2025-12-31",
  lastChecked: "2025-12-31",
};

describe("parseSelection", () => {
  it("defaults to EU, US, CN without a notice when ?j= is absent or empty", () => {
    expect(parseSelection(null, ALL)).toEqual({ codes: ["EU", "US", "CN"], notices: [] });
    expect(parseSelection("  ", ALL)).toEqual({ codes: ["EU", "US", "CN"], notices: [] });
  });

  it("keeps valid codes in the given order, upper-cased, trimmed and de-duplicated", () => {
    expect(parseSelection(" uk,Fr ,UK,,jp", ALL)).toEqual({ codes: ["UK", "FR", "JP"], notices: [] });
  });

  it("drops unknown codes with a notice and keeps the rest when two or more remain", () => {
    expect(parseSelection("EU,XX,US,<script>", ALL)).toEqual({
      codes: ["EU", "US"],
      notices: [{ kind: "unknown", codes: ["XX", "<SCRIPT>"] }],
    });
  });

  it("keeps the first four of more than four, naming the dropped ones", () => {
    expect(parseSelection("KR,JP,FR,UK,CN,US", ALL)).toEqual({
      codes: ["KR", "JP", "FR", "UK"],
      notices: [{ kind: "tooMany", dropped: ["CN", "US"] }],
    });
  });

  it("falls back to the default with notices when fewer than two valid codes remain", () => {
    expect(parseSelection("XX,EU", ALL)).toEqual({
      codes: ["EU", "US", "CN"],
      notices: [
        { kind: "unknown", codes: ["XX"] },
        { kind: "tooFew", defaults: ["EU", "US", "CN"] },
      ],
    });
    expect(parseSelection("SA", ALL).notices).toEqual([{ kind: "tooFew", defaults: ["EU", "US", "CN"] }]);
  });

  it("only offers defaults that exist", () => {
    expect(parseSelection(null, ["US", "UK", "CN"]).codes).toEqual(["US", "CN"]);
  });
});

describe("toggleSelection and serializeSelection", () => {
  it("adds at the end and removes in place", () => {
    expect(toggleSelection(["EU", "US"], "CN")).toEqual(["EU", "US", "CN"]);
    expect(toggleSelection(["EU", "US", "CN"], "US")).toEqual(["EU", "CN"]);
  });

  it("refuses to go below two or above four", () => {
    expect(toggleSelection(["EU", "US"], "US")).toEqual(["EU", "US"]);
    expect(toggleSelection(["EU", "US", "CN", "UK"], "FR")).toEqual(["EU", "US", "CN", "UK"]);
  });

  it("writes codes comma-separated, and parsing reads them back", () => {
    const text = serializeSelection(["UK", "KR", "INT"]);
    expect(text).toBe("UK,KR,INT");
    expect(parseSelection(text, ALL).codes).toEqual(["UK", "KR", "INT"]);
  });
});

describe("byJurisdictionOrder", () => {
  it("puts the ten seed jurisdictions in the fixed order and unknown ones last, alphabetically", () => {
    const shuffled = ["INT", "ZZ", "AE", "US", "AA", "EU", "KR", "CN", "SA", "UK", "JP", "FR"].map((code) => ({ code }));
    expect(shuffled.sort(byJurisdictionOrder).map((j) => j.code)).toEqual([...ALL, "AA", "ZZ"]);
  });
});

describe("sub-national jurisdictions", () => {
  it("follow their country in the order, so US states sit within the US", () => {
    const list = [{ code: "US-TX", parentCode: "US" }, { code: "CN" }, { code: "US" }, { code: "EU" }, { code: "US-CA", parentCode: "US" }];
    expect(list.sort(byJurisdictionOrder).map((j) => j.code)).toEqual(["EU", "US", "US-CA", "US-TX", "CN"]);
  });

  it("can be selected on their own", () => {
    expect(parseSelection("us-ca,US-TX", [...ALL, "US-CA", "US-TX"])).toEqual({ codes: ["US-CA", "US-TX"], notices: [] });
  });
});

describe("policy stance is a spectrum, not an amount", () => {
  it("is marked as a spectrum and coloured by hue at both ends, not dark = more", () => {
    expect(isSpectrum("stance")).toBe(true);
    expect(isSpectrum("legal_form")).toBe(false);
    expect(levelColor(0, 2, true)?.background).toBe(SPECTRUM_PALETTE[0]);
    expect(levelColor(2, 2, true)?.background).toBe(SPECTRUM_PALETTE[2]);
    expect(levelColor(2, 2, true)?.background).not.toBe(LEVEL_PALETTE[6]);
    expect(levelColor(null, 2, true)).toBeNull();
  });
});

describe("dated assessments", () => {
  const a = (since: string | null, asOf: string) => ({ since, asOf, id: `${since}` });
  it("takes the latest `since` as current and keeps the older codings, newest first", () => {
    const { current, earlier } = splitHistory([a("2026-01-01", "2026-06-30"), a(null, "2025-12-31"), a("2025-06-01", "2025-12-31")]);
    expect(current?.since).toBe("2026-01-01");
    expect(earlier.map((e) => e.since)).toEqual(["2025-06-01", null]);
  });
  it("treats a single coding as current with no history", () => {
    expect(splitHistory([a(null, "2025-12-31")])).toEqual({ current: a(null, "2025-12-31"), earlier: [] });
    expect(splitHistory([])).toEqual({ current: null, earlier: [] });
  });
  it("names changed codings among the compared cells", () => {
    const changed = { ...assessment("AA", "risk", 2), since: "2026-01-01", earlier: [assessment("AA", "risk", 1)] };
    const m = { ...matrix, jurisdictions: matrix.jurisdictions.map((j) => (j.code === "AA" ? { ...j, assessments: { ...j.assessments, risk: changed } } : j)) };
    expect(changedCodings(buildComparison(m, ["AA", "BB"]))).toEqual([{ code: "AA", dimensionKey: "risk", since: "2026-01-01" }]);
    expect(changedCodings(buildComparison(matrix, ["AA", "BB"]))).toEqual([]);
  });
  it("newestDate ignores nulls", () => {
    expect(newestDate([null, "2025-01-02", undefined, "2026-03-01", "2024-12-31"])).toBe("2026-03-01");
    expect(newestDate([null])).toBeNull();
  });
});

describe("levelShare and levelColor", () => {
  it("normalises a level to its own scale and keeps not-verified as null, never 0", () => {
    expect(levelShare(3, 3)).toBe(1);
    expect(levelShare(1, 2)).toBe(0.5);
    expect(levelShare(0, 3)).toBe(0);
    expect(levelShare(null, 3)).toBeNull();
    expect(levelShare(2, null)).toBeNull();
    expect(levelShare(5, 3)).toBe(1);
  });

  it("maps the lowest and highest levels of any scale to the ends of the palette, darker for higher", () => {
    expect(levelColor(0, 3)?.background).toBe(LEVEL_PALETTE[0]);
    expect(levelColor(0, 2)?.background).toBe(LEVEL_PALETTE[0]);
    expect(levelColor(3, 3)?.background).toBe(LEVEL_PALETTE[6]);
    expect(levelColor(2, 2)?.background).toBe(LEVEL_PALETTE[6]);
    expect(levelColor(1, 2)?.background).toBe(LEVEL_PALETTE[3]);
    expect([0, 1, 2, 3].map((l) => LEVEL_PALETTE.indexOf(levelColor(l, 3)!.background as (typeof LEVEL_PALETTE)[number]))).toEqual([0, 2, 4, 6]);
  });

  it("uses white text only on the dark end and has no colour for not verified", () => {
    expect(levelColor(0, 3)?.text).toBe("#0f172a");
    expect(levelColor(3, 3)?.text).toBe("#ffffff");
    expect(levelColor(null, 3)).toBeNull();
  });
});

describe("buildComparison and its export", () => {
  it("gives one row per dimension with the selected jurisdictions in selection order", () => {
    const rows = buildComparison(matrix, ["BB", "AA"]);
    expect(rows.map((r) => r.dimension.key)).toEqual(["legal", "risk"]);
    expect(rows[0].cells.map((c) => [c.code, c.level, c.share])).toEqual([
      ["BB", 0, 0],
      ["AA", 3, 1],
    ]);
    expect(rows[1].cells.map((c) => [c.code, c.level, c.share])).toEqual([
      ["BB", null, null],
      ["AA", 1, 0.5],
    ]);
  });

  it("treats a dimension without any assessment as a gap and ignores unknown codes", () => {
    const rows = buildComparison(matrix, ["CC", "QQ"]);
    expect(rows[1].cells).toEqual([{ code: "CC", dimensionKey: "risk", level: null, maxLevel: 2, share: null, assessment: null }]);
  });

  it("exports exactly the compared cells with level null (not 0) for gaps, labels per locale and sources", () => {
    const rows = buildComparison(matrix, ["AA", "BB"]);
    const en = comparisonExportRows(rows, "Not verified", "en");
    expect(en).toHaveLength(4);
    expect(en[0]).toEqual({
      jurisdiction: "AA",
      dimension: "legal",
      level: 3,
      scaleMax: 3,
      label: "AA legal L3",
      confidence: "MEDIUM",
      asOf: "2025-12-31",
      since: null,
      sources: "R10 Title R10; S2 Title S2",
    });
    expect(en[3]).toMatchObject({ jurisdiction: "BB", dimension: "risk", level: null, scaleMax: 2, label: "Not verified" });
    expect(comparisonExportRows(rows, "未经核实", "zh")[0].label).toBe("AAlegal级3");
    expect(comparisonExportRows(buildComparison(matrix, ["CC", "AA"]), "未经核实", "zh")[2]).toMatchObject({ label: "未经核实", confidence: "", sources: "" });
  });

  it("describes levels per dimension and never averages across dimensions", () => {
    const summaries = dimensionSummaries(buildComparison(matrix, ["AA", "BB", "CC"]));
    expect(summaries).toEqual([
      {
        dimensionKey: "legal",
        spectrum: false,
        entries: [
          { code: "AA", level: 3, maxLevel: 3, labelEn: "AA legal L3", labelZh: "AAlegal级3" },
          { code: "BB", level: 0, maxLevel: 3, labelEn: "BB legal L0", labelZh: "BBlegal级0" },
        ],
        notVerified: ["CC"],
      },
      {
        dimensionKey: "risk",
        spectrum: false,
        entries: [{ code: "AA", level: 1, maxLevel: 2, labelEn: "AA risk L1", labelZh: "AArisk级1" }],
        notVerified: ["BB", "CC"],
      },
    ]);
    // No cross-dimension mean or ranking is offered any more.
    expect(Object.keys(summaries[0])).not.toContain("mean");
  });

  it("lists cited sources once, seed articles first, then numerically", () => {
    expect(comparisonSourceKeys(buildComparison(matrix, ["AA", "BB"]))).toEqual(["S2", "R1", "R2", "R10"]);
  });
});

describe("localized", () => {
  it("uses the Chinese field in zh when present, else English", () => {
    expect(localized("zh", "Legal form", "法律形式")).toBe("法律形式");
    expect(localized("zh", "Legal form", null)).toBe("Legal form");
    expect(localized("zh", "Legal form", "")).toBe("Legal form");
    expect(localized("en", "Legal form", "法律形式")).toBe("Legal form");
  });
});
