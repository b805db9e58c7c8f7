import { describe, expect, it } from "vitest";
import { parseImportCsv, recordsToCsv } from "@/lib/curation/csv";
import { exportColumns, fieldColumns, importColumns, matchKeyOf } from "@/lib/curation/import-columns";
import { importChanges, sameValue } from "@/lib/curation/import-diff";
import { importMessage } from "@/lib/curation/import-messages";
import { CURATED_SCHEMAS, ENTITY_NAMES } from "@/lib/validations/curated";

describe("import columns", () => {
  it("export the columns the import reads, for every entity: every schema field, the version, then read-only columns", () => {
    for (const entity of ENTITY_NAMES) {
      const shape = Object.keys((CURATED_SCHEMAS[entity] as unknown as { shape: object }).shape);
      expect(
        fieldColumns(entity)
          .map((c) => c.name)
          .sort(),
      ).toEqual([...shape].sort());
      expect(exportColumns(entity).slice(0, importColumns(entity).length)).toEqual(importColumns(entity));
      expect(importColumns(entity).at(-1)).toBe("version");
      expect(exportColumns(entity).slice(-3)).toEqual(["publication", "pendingDraft", "updatedAt"]);
    }
    expect(importColumns("milestones")[0]).toBe("id");
    expect(importColumns("sources")).not.toContain("id");
  });
  it("know which cells are lists and which are yes/no", () => {
    const kinds = Object.fromEntries(fieldColumns("sources").map((c) => [c.name, c.kind]));
    expect([kinds.isSeedArticle, kinds.key, kinds.publishedOn]).toEqual(["boolean", "text", "text"]);
    expect(fieldColumns("flaggedClaims").find((c) => c.name === "evidenceKeys")!.kind).toBe("list");
    expect(fieldColumns("exchangeRates").find((c) => c.name === "usdPerUnit")!.kind).toBe("boolean");
  });
  it("build the match key from the key columns", () => {
    expect(matchKeyOf("exchangeRates", { currency: "EUR", period: "2024", rate: "1.08" })).toBe("EUR 2024");
    expect(matchKeyOf("jurisdictions", { code: " EU " })).toBe("EU");
  });
});

describe("parseImportCsv", () => {
  it("reads an exported file back: lists, spreadsheet booleans, formula cells, read-only columns ignored", () => {
    const text = recordsToCsv(
      [{ key: "R1", title: "=SUM(A1)", isSeedArticle: "TRUE", version: 3, publication: "DRAFT", updatedAt: "2026-01-01T00:00:00.000Z" }],
      ["key", "title", "isSeedArticle", "version", "publication", "updatedAt"],
    );
    const parsed = parseImportCsv("sources", `\uFEFF${text}`);
    expect(parsed.problems).toEqual([]);
    expect(parsed.ignored).toEqual(["publication", "updatedAt"]);
    expect(parsed.rows).toEqual([{ row: 1, cells: { key: "R1", title: "=SUM(A1)", isSeedArticle: true, version: "3" } }]);
    const figures = parseImportCsv("investmentFigures", "slug,sourceKeys\na,R6; R11\nb,");
    expect(figures.rows.map((r) => r.cells.sourceKeys)).toEqual([["R6", "R11"], []]);
  });
  it("names unknown columns and a missing match key, and refuses empty files", () => {
    const unknown = parseImportCsv("investmentFigures", "slug,actor,amount\na,b,1");
    expect(unknown.problems[0]).toMatchObject({ key: "unknownColumns", params: { columns: "actor" } });
    expect(importMessage(unknown.problems[0].key, "en", unknown.problems[0].params)).toMatch(
      /^Unknown column: actor\. This import reads the export's columns: slug, actorName/,
    );
    expect(importMessage(unknown.problems[0].key, "zh", unknown.problems[0].params)).toMatch(/^未知的列：actor。/);
    expect(parseImportCsv("exchangeRates", "currency,rate\nEUR,1").problems).toEqual([{ key: "missingKey", params: { columns: "period" } }]);
    expect(parseImportCsv("sources", "").problems).toEqual([{ key: "noHeader" }]);
    expect(parseImportCsv("sources", "key,title\n").problems).toEqual([{ key: "noRows" }]);
  });
  it("refuses more than 5,000 rows", () => {
    const text = `key,title\n${Array.from({ length: 5001 }, (_, i) => `K${i},t`).join("\n")}`;
    expect(parseImportCsv("sources", text).problems).toContainEqual({ key: "tooManyRows", params: { max: 5000 } });
  });
});

describe("import diff", () => {
  it("lists changed fields old → new and treats reordered lists and rewritten decimals as equal", () => {
    expect(sameValue(["R6", "R11"], ["R11", "R6"])).toBe(true);
    expect(sameValue("1.50", "1.5")).toBe(true);
    expect(sameValue("100", "1")).toBe(false);
    expect(sameValue("", null)).toBe(true);
    expect(sameValue(2024, "2024")).toBe(true);
    const changes = importChanges(
      ["slug", "amount", "note", "sourceKeys"],
      { slug: "a", amount: "100", note: null, sourceKeys: ["R6"] },
      { slug: "a", amount: "250", note: "New", sourceKeys: ["R6"] },
    );
    expect(changes).toEqual([
      { field: "amount", before: "100", after: "250" },
      { field: "note", before: null, after: "New" },
    ]);
  });
});
