import { describe, expect, it } from "vitest";
import { csvToRecords, recordsToCsv } from "@/lib/curation/csv";

describe("curation CSV", () => {
  it("round-trips records, joining source lists with semicolons and quoting commas", () => {
    const records = [{ slug: "a", actorName: "Four firms, combined", amount: "200000000000", sourceKeys: ["S0", "R17"], note: null }];
    const csv = recordsToCsv(records, ["slug", "actorName", "amount", "sourceKeys", "note"]);
    expect(csv.split("\r\n")[1]).toBe('a,"Four firms, combined",200000000000,S0;R17,');
    expect(csvToRecords(csv)).toEqual({
      rows: [{ slug: "a", actorName: "Four firms, combined", amount: "200000000000", sourceKeys: ["S0", "R17"], note: "" }],
      errors: [],
    });
  });
  it("reports a missing header and strips a byte-order mark", () => {
    expect(csvToRecords("").errors).toContain("The file has no header row.");
    expect(csvToRecords("\uFEFFslug\nx").rows).toEqual([{ slug: "x" }]);
  });
});
