import { describe, expect, it } from "vitest";
import { diffSlide, diffTables, keyWidth } from "@/lib/decks/diff";
import type { SlideData } from "@/lib/dto/decks";

const table = (rows: SlideData["table"]["rows"]): SlideData["table"] => ({ columns: ["Country", "Year", "Value", "Sources"], rows });
const data = (rows: SlideData["table"]["rows"]): SlideData => ({
  title: "t",
  unit: "US$ bn",
  chartType: "grouped-bar",
  categories: [],
  series: [],
  table: table(rows),
  sources: [],
  asOf: "2025-01-01",
});

describe("keyWidth", () => {
  it("uses the fewest leading columns that identify every row", () => {
    expect(
      keyWidth(
        [
          ["A", 1],
          ["B", 2],
        ],
        [["A", 3]],
      ),
    ).toBe(1);
    expect(
      keyWidth(
        [
          ["A", "2023", 1],
          ["A", "2024", 2],
        ],
        [["A", "2023", 1]],
      ),
    ).toBe(2);
    expect(
      keyWidth(
        [
          ["A", "x", 1],
          ["A", "x", 2],
        ],
        [],
      ),
    ).toBe(0);
  });
});

describe("diffTables", () => {
  const frozen = table([
    ["UK", "2024", 4.5, "R6"],
    ["US", "2024", 109.1, "R6"],
  ]);

  it("reports a changed value as old versus new for its row", () => {
    const live = table([
      ["UK", "2024", 5.5, "R6"],
      ["US", "2024", 109.1, "R6"],
    ]);
    expect(diffTables(frozen, live)).toEqual([{ row: "UK", column: "Value", before: 4.5, after: 5.5 }]);
    // Where the first column repeats (a company over years), the row is named by the first two.
    const byYear = (v: number) =>
      table([
        ["UK", "2023", 3.1, "R7"],
        ["UK", "2024", v, "R6"],
      ]);
    expect(diffTables(byYear(4.5), byYear(5.5))).toEqual([{ row: "UK · 2024", column: "Value", before: 4.5, after: 5.5 }]);
  });

  it("reports removed and added rows", () => {
    const live = table([
      ["US", "2024", 109.1, "R6"],
      ["CN", "2024", 9.3, "R6"],
    ]);
    expect(diffTables(frozen, live)).toEqual([
      { row: "UK", column: "Year, Value, Sources", before: "2024, 4.5, R6", after: null },
      { row: "CN", column: "Year, Value, Sources", before: null, after: "2024, 9.3, R6" },
    ]);
  });

  it("reports nothing for equal tables, and the columns when they changed", () => {
    expect(diffTables(frozen, table([...frozen.rows]))).toEqual([]);
    expect(diffTables(frozen, { columns: ["Country", "Value"], rows: [] })[0]).toMatchObject({ column: "–", after: "Country, Value" });
  });
});

describe("diffSlide", () => {
  it("is null while frozen and live data agree (or neither has data)", () => {
    expect(diffSlide(data([["UK", "2024", 4.5, "R6"]]), { ok: true, data: data([["UK", "2024", 4.5, "R6"]]) })).toBeNull();
    expect(diffSlide(null, { ok: false, problem: "no-data" })).toBeNull();
  });

  it("says when the live view no longer matches any data, or when it matches data it did not have when frozen", () => {
    expect(diffSlide(data([]), { ok: false, problem: "unknown-chart" })).toEqual({ changes: [], liveProblem: "unknown-chart", frozenEmpty: false });
    expect(diffSlide(null, { ok: true, data: data([]) })).toEqual({ changes: [], liveProblem: null, frozenEmpty: true });
  });
});
