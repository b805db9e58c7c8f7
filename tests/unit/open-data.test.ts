import { describe, expect, it } from "vitest";
import { changesBetween, fieldChanges, recordChanges, type RevisionInput } from "../../lib/queries/open-data/changes-diff";
import { decodeCursor, encodeCursor } from "../../lib/queries/open-data/cursor";
import { parseApiQuery } from "../../lib/validations/api";
import { parseChangesRange } from "../../lib/validations/changes-range";
import { openApiDocument } from "../../lib/validations/api-openapi";
import { SYSTEM_EMAIL as SEED_SYSTEM_EMAIL } from "../../seed/seed-rows";
import { SYSTEM_EMAIL } from "../../lib/queries/open-data/changes";

let seq = 0;
function rev(
  version: number,
  data: Record<string, unknown>,
  o: Partial<RevisionInput> & { publication?: string; deletedAt?: string | null } = {},
): RevisionInput {
  const { publication = "PUBLISHED", deletedAt = null, ...rest } = o;
  return {
    id: `r${++seq}`,
    entityType: "instruments",
    entityId: "i1",
    version,
    action: "update",
    createdAt: `2026-11-${String(version).padStart(2, "0")}T10:00:00.000Z`,
    actorName: "Ada Admin",
    bySystem: false,
    snapshot: { data, publication, deletedAt },
    ...rest,
  };
}

describe("published changes from revision snapshots", () => {
  it("compares consecutive published snapshots, skipping drafts and the seed's initial load", () => {
    const changes = recordChanges([
      rev(1, { status: "ADOPTED", titleEn: "Act" }, { action: "create", bySystem: true, actorName: "GovAtlas data" }),
      rev(2, { status: "ADOPTED", titleEn: "Act" }, { action: "draft" }), // an editor's draft: published values unchanged
      rev(3, { status: "IN_FORCE", titleEn: "Act" }, { action: "publish" }),
    ]);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: "changed", by: "Ada Admin", fields: [{ field: "status", before: "ADOPTED", after: "IN_FORCE" }] });
  });

  it("reports a record published after being a draft as added, a deletion as removed, and never a draft's values", () => {
    const changes = recordChanges([
      rev(1, { titleEn: "Secret draft" }, { action: "create", publication: "DRAFT" }),
      rev(2, { titleEn: "Public title" }, { action: "publish" }),
      rev(3, { titleEn: "Public title" }, { action: "delete", deletedAt: "2026-11-03T10:00:00.000Z" }),
    ]);
    expect(changes.map((c) => c.kind)).toEqual(["added", "removed"]);
    expect(JSON.stringify(changes)).not.toContain("Secret draft");
    expect(changes[0].fields).toEqual([{ field: "titleEn", before: null, after: "Public title" }]);
  });

  it("keeps only changes inside the period, newest first, while diffing against the state before it", () => {
    const all = [rev(1, { amount: "1" }, { action: "create", bySystem: true }), rev(5, { amount: "2" }), rev(9, { amount: "3" })];
    const changes = changesBetween(all, "2026-11-06T00:00:00.000Z", "2026-11-30T00:00:00.000Z");
    expect(changes).toHaveLength(1);
    expect(changes[0].fields).toEqual([{ field: "amount", before: "2", after: "3" }]);
  });

  it("never reports curator notes (internal shorthand no public page shows)", () => {
    const changes = recordChanges([
      rev(1, { status: "ADOPTED", confidenceNote: "H/M" }, { action: "create", bySystem: true }),
      rev(2, { status: "ADOPTED", confidenceNote: "H (as reported)" }),
      rev(3, { status: "IN_FORCE", confidenceNote: "M" }),
    ]);
    expect(changes).toHaveLength(1);
    expect(changes[0].fields).toEqual([{ field: "status", before: "ADOPTED", after: "IN_FORCE" }]);
    expect(JSON.stringify(changes)).not.toMatch(/H\/M|as reported/);
  });

  it("writes lists and empty values as text", () => {
    expect(fieldChanges({ sourceKeys: ["R1"], note: "" }, { sourceKeys: ["R1", "R2"], note: null })).toEqual([
      { field: "sourceKeys", before: "R1", after: "R1, R2" },
    ]);
  });

  it("writes amounts in the figure's currency and unit, as the review queue does", () => {
    const before = { amount: "80000000000", currency: "USD", title: "Capex" };
    const after = { amount: "100000000000", currency: "USD", title: "Capex" };
    expect(fieldChanges(before, after, "investmentFigures")).toEqual([{ field: "amount", before: "$80bn", after: "$100bn" }]);
  });

  it("names the seed's system user as the seed does", () => {
    expect(SYSTEM_EMAIL).toBe(SEED_SYSTEM_EMAIL);
  });
});

describe("API parameters", () => {
  it("refuses unknown parameters, listing the allowed ones", () => {
    const r = parseApiQuery("figures", new URLSearchParams("currency=USD"));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatchObject({ code: "unknown-parameter", param: "currency" });
      expect(r.error.allowed).toEqual(expect.arrayContaining(["category", "kind", "actor", "from", "to", "j", "limit", "cursor", "format"]));
    }
  });

  it("parses the explorer's filters strictly", () => {
    const ok = parseApiQuery("figures", new URLSearchParams("category=corporate_capex,PUBLIC_INITIATIVE&from=2024&to=2025&limit=10"));
    expect(ok).toEqual({ ok: true, query: { category: ["CORPORATE_CAPEX", "PUBLIC_INITIATIVE"], from: 2024, to: 2025, limit: 10 } });
    for (const bad of ["category=NOPE", "from=24", "from=2026&to=2024", "limit=0", "limit=501", "format=xml", "j=e u", "kind=ACTUAL&kind=PLAN"]) {
      const r = parseApiQuery("figures", new URLSearchParams(bad));
      expect(r.ok, bad).toBe(false);
    }
    expect(parseApiQuery("instruments", new URLSearchParams("status=in-force&j=us"))).toEqual({ ok: true, query: { status: ["IN_FORCE"], j: ["US"] } });
  });

  it("round-trips cursors and rejects foreign or tampered ones", () => {
    const c = encodeCursor("figures", "amazon-capex-2024");
    expect(decodeCursor("figures", c)).toBe("amazon-capex-2024");
    expect(decodeCursor("sources", c)).toBeNull();
    expect(decodeCursor("figures", "not-a-cursor")).toBeNull();
  });

  it("documents every resource and parameter in the OpenAPI document generated from the schemas", () => {
    const doc = openApiDocument("https://example.org/api/v1") as {
      openapi: string;
      paths: Record<string, { get: { parameters: { name: string }[] } }>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual(["/assessments", "/events", "/figures", "/instruments", "/jurisdictions", "/sources"]);
    expect(doc.paths["/figures"].get.parameters.map((p) => p.name)).toEqual(
      expect.arrayContaining(["category", "kind", "actor", "from", "to", "cursor", "limit", "format"]),
    );
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(["Figure", "SourceRef", "FiguresPage", "Error"]));
    expect(JSON.stringify(doc)).not.toContain("#/$defs/");
  });
});

describe("the changes page's period", () => {
  const decks = [{ id: "cldeck0000001", title: "Board briefing", frozenAt: "2026-11-20T09:30:00.000Z" }];
  it("defaults to the last 30 days", () => {
    expect(parseChangesRange({}, "2026-12-04", [])).toMatchObject({
      fromDay: "2026-11-04",
      toDay: "2026-12-04",
      start: "2026-11-04T00:00:00.000Z",
      end: "2026-12-05T00:00:00.000Z",
      notice: null,
    });
  });
  it("starts at a visible deck's freeze instant; an unknown deck falls back with a notice", () => {
    expect(parseChangesRange({ deck: "cldeck0000001" }, "2026-12-04", decks)).toMatchObject({ start: "2026-11-20T09:30:00.000Z", deck: decks[0] });
    expect(parseChangesRange({ deck: "cldeck0000001" }, "2026-12-04", [])).toMatchObject({ deck: null, notice: "unknownDeck" });
  });
  it("falls back on bad or reversed dates", () => {
    expect(parseChangesRange({ from: "2026-02-31" }, "2026-12-04", []).notice).toBe("invalidDates");
    expect(parseChangesRange({ from: "2026-12-01", to: "2026-11-01" }, "2026-12-04", []).notice).toBe("invalidDates");
    expect(parseChangesRange({ from: "2026-10-01", to: "2026-10-31" }, "2026-12-04", [])).toMatchObject({
      start: "2026-10-01T00:00:00.000Z",
      end: "2026-11-01T00:00:00.000Z",
    });
  });
});
