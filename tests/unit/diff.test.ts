import { describe, expect, it } from "vitest";
import { diffRecords, displayValue } from "@/lib/curation/diff";

describe("diffRecords", () => {
  it("lists only the fields that changed, with before and after", () => {
    expect(diffRecords({ amount: "1", note: null, sourceKeys: ["R1"] }, { amount: "2", note: null, sourceKeys: ["R1", "R2"] })).toEqual([
      { field: "amount", before: "1", after: "2" },
      { field: "sourceKeys", before: ["R1"], after: ["R1", "R2"] },
    ]);
  });
  it("treats a first version as all fields new and null/undefined as equal", () => {
    expect(diffRecords(null, { a: 1 })).toEqual([{ field: "a", before: null, after: 1 }]);
    expect(diffRecords({ a: null }, { a: undefined })).toEqual([]);
  });
  it("displays empty values as a dash and lists as text", () => {
    expect([displayValue(""), displayValue(null), displayValue([]), displayValue(["R1", "R2"]), displayValue(true)]).toEqual(["—", "—", "—", "R1, R2", "yes"]);
  });
});
