import { describe, expect, it } from "vitest";
import { withSourceNotes } from "@/lib/charts/export-rows";

describe("export rows with source notes", () => {
  const notes = { R6: "R6 Stanford AI Index 2025 <https://hai.stanford.edu/ai-index>", R11: "R11 Alphabet 10-K 2024" };

  it("writes each row's source keys out in full, in the row's order", () => {
    const rows = [{ company: "Alphabet", amount: "52535000000", sources: "R11; R6" }];
    expect(withSourceNotes(rows, notes)).toEqual([
      { company: "Alphabet", amount: "52535000000", sources: "R11 Alphabet 10-K 2024; R6 Stanford AI Index 2025 <https://hai.stanford.edu/ai-index>" },
    ]);
  });

  it("keeps a key it has no note for, and an empty source list empty", () => {
    expect(withSourceNotes([{ sources: "X9" }, { sources: "" }, { sources: null }], notes)).toEqual([{ sources: "X9" }, { sources: "" }, { sources: "" }]);
  });

  it("leaves rows alone when the chart sends full source text itself", () => {
    const rows = [{ sources: "R6 already written out" }];
    expect(withSourceNotes(rows)).toBe(rows);
  });
});
