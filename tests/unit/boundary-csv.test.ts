// Formula cells in every CSV the app writes (admin export, chart CSV): neutralised, readable, and importable back.
import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import { csvToRecords, recordsToCsv } from "@/lib/curation/csv";
import { exportRowsToCsv } from "@/lib/charts/export-rows";
import { toCsv, unescapeFormulaCell } from "@/lib/csv/write-csv";

const dangerous = ['=HYPERLINK("#x","open")', "+1+1", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1", "=1\n+2", "'=already quoted"];

describe("CSV formula injection", () => {
  it("prefixes every formula-like cell with ' so no spreadsheet runs it, and keeps the text readable", () => {
    const csv = toCsv(
      ["v"],
      dangerous.map((d) => [d]),
    );
    const cells = Papa.parse<string[]>(csv)
      .data.slice(1)
      .map((r) => r[0]);
    expect(cells).toEqual(dangerous.map((d) => `'${d}`));
    // Nothing left that begins with a formula character.
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("leaves ordinary text and numbers alone", () => {
    const csv = toCsv(["a", "b", "c"], [["Plain title", -5, "a = b"]]);
    expect(csv).toBe("a,b,c\r\nPlain title,-5,a = b");
  });

  it("the admin export imports back to exactly the values written", () => {
    const records = dangerous.map((title, i) => ({ key: `Q${i}`, title: title.trim() ? title : "x" }));
    const back = csvToRecords(recordsToCsv(records, ["key", "title"])).rows;
    expect(back.map((r) => r.title)).toEqual(records.map((r) => r.title.trim()));
  });

  it("the chart CSV neutralises labels too", () => {
    const csv = exportRowsToCsv([{ actor: "=cmd|' /C calc'!A0", amount: 1200, sources: "R6" }]);
    expect(csv.split("\n")[1]).toBe(`"'=cmd|' /C calc'!A0",1200,R6`);
  });

  it("only takes off a quote that the export added", () => {
    expect(unescapeFormulaCell("'=1")).toBe("=1");
    expect(unescapeFormulaCell("''=1")).toBe("'=1");
    expect(unescapeFormulaCell("'quoted")).toBe("'quoted");
  });
});
