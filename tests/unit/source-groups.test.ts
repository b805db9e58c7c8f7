import { describe, expect, it } from "vitest";
import { groupSources, sourceJurisdictions } from "@/components/sources/source-groups";
import type { CitingRecord, SourceDto } from "@/lib/dto/sources";

const cite = (type: CitingRecord["type"], code: string | null): CitingRecord => ({
  type,
  id: `${type}-${code}`,
  labelEn: "x",
  labelZh: null,
  jurisdictionCode: code,
  href: null,
});

function source(key: string, kind: SourceDto["kind"], citedBy: CitingRecord[], isSeedArticle = false) {
  return { key, kind, citedBy, isSeedArticle };
}

const ORDER = ["EU", "US", "CN"];

describe("groupSources", () => {
  it("files seed articles first, then one group per jurisdiction in the index's order, then several, then none", () => {
    const groups = groupSources(
      [
        source("S0", "SEED_ARTICLE", [cite("figure", "US"), cite("figure", "CN")], true),
        source("R1", "OFFICIAL", [cite("instrument", "CN")]),
        source("R2", "PRESS", [cite("event", "US-CA"), cite("instrument", "US")]),
        source("R3", "OFFICIAL", [cite("figure", "US")]),
        source("R4", "RESEARCH", [cite("figure", "US"), cite("assessment", "EU")]),
        source("R5", "DATA", [cite("exchangeRate", null), cite("claimEvidence", null)]),
        source("R6", "OFFICIAL", [cite("instrument", "EU")]),
      ],
      ORDER,
    );
    expect(groups.map((g) => [g.id, g.count])).toEqual([
      ["sources-seed", 1],
      ["sources-eu", 1],
      ["sources-us", 2],
      ["sources-cn", 1],
      ["sources-several", 1],
      ["sources-other", 1],
    ]);
    // Inside a group, by kind (official before press), keeping the page's key order.
    const us = groups.find((g) => g.id === "sources-us")!;
    expect(us.kinds.map((k) => [k.kind, k.sources.map((s) => s.key)])).toEqual([
      ["OFFICIAL", ["R3"]],
      ["PRESS", ["R2"]],
    ]);
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(7);
  });

  it("folds a state into its country and ignores records without a jurisdiction", () => {
    expect(sourceJurisdictions(source("R1", "OFFICIAL", [cite("instrument", "US-CO"), cite("event", "US"), cite("claim", null)]), ORDER)).toEqual(["US"]);
  });
});
