import { describe, expect, it } from "vitest";
import { formatFieldValue, formattedChanges } from "@/lib/review/format-value";
import { plainDetail, summarizeAudit } from "@/lib/review/audit-summary";
import { figureValue, LIST_COLUMNS } from "@/lib/review/list-columns";

const figure = (o: Record<string, unknown> = {}) => ({
  slug: "x",
  amount: "80000000000",
  amountLow: null,
  amountHigh: null,
  currency: "USD",
  qualifier: "EXACT",
  valueText: null,
  periodLabel: "2025",
  kind: "ACTUAL",
  sourceKeys: ["R1", "R2"],
  isSeedArticle: false,
  ...o,
});

describe("formatted field values", () => {
  it("formats an amount in its figure's currency and unit, and leaves other fields as stored", () => {
    expect(formatFieldValue("investmentFigures", "amount", "80000000000", { currency: "USD" })).toBe("$80bn");
    expect(formatFieldValue("investmentFigures", "amountHigh", "10000000000000", { currency: "JPY" })).toBe("JP¥10trn");
    expect(formatFieldValue("investmentFigures", "amount", "5000000", { currency: "CHF" })).toBe("CHF 5M");
    expect(formatFieldValue("investmentFigures", "periodLabel", "2025")).toBe("2025");
    expect(formatFieldValue("sources", "amount", "80000000000")).toBe("80000000000");
    expect(formatFieldValue("investmentFigures", "sourceKeys", ["R1", "R2"])).toBe("R1, R2");
    expect(formatFieldValue("investmentFigures", "note", null)).toBe("—");
    expect(formatFieldValue("investmentFigures", "note", "")).toBe("—");
    expect(formatFieldValue("sources", "isSeedArticle", true)).toBe("yes");
  });

  it("lists only the fields that changed, formatted, and every filled field of a new record", () => {
    const before = figure();
    const after = figure({ amount: "100000000000", sourceKeys: ["R1", "R3"] });
    expect(formattedChanges("investmentFigures", before, after)).toEqual([
      { field: "amount", before: "$80bn", after: "$100bn" },
      { field: "sourceKeys", before: "R1, R2", after: "R1, R3" },
    ]);
    expect(formattedChanges("investmentFigures", before, { ...before })).toEqual([]);
    // null and "" are both empty: no change
    expect(formattedChanges("investmentFigures", figure({ note: null }), figure({ note: "" }))).toEqual([]);
    const created = formattedChanges("investmentFigures", null, figure());
    expect(created.map((c) => c.field)).toEqual(["slug", "amount", "currency", "qualifier", "periodLabel", "kind", "sourceKeys", "isSeedArticle"]);
    expect(created.find((c) => c.field === "amount")).toEqual({ field: "amount", before: "—", after: "$80bn" });
  });

  it("lists an amount whose currency changed although the number is the same", () => {
    const changes = formattedChanges("investmentFigures", figure(), figure({ currency: "EUR" }));
    expect(changes).toEqual([
      { field: "amount", before: "$80bn", after: "€80bn" },
      { field: "currency", before: "USD", after: "EUR" },
    ]);
  });
});

describe("audit summaries", () => {
  const snap = (data: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    data,
    draft: null,
    publication: "PUBLISHED",
    deletedAt: null,
    ...extra,
  });

  it("says what an update changed, field by field", () => {
    const s = summarizeAudit({
      entity: "investmentFigures",
      action: "investmentFigures.update",
      detail: { version: 3 },
      revision: snap(figure({ amount: "100000000000" })),
      previous: snap(figure()),
    });
    expect(s).toEqual({ kind: "updated", changes: [{ field: "amount", before: "$80bn", after: "$100bn" }] });
  });

  it("compares a draft with what was there before, and a publish with the published values before", () => {
    const prev = snap(figure());
    const draft = snap(figure(), { draft: figure({ amount: "90000000000" }) });
    expect(summarizeAudit({ entity: "investmentFigures", action: "investmentFigures.draft", detail: {}, revision: draft, previous: prev })).toEqual({
      kind: "draftSaved",
      changes: [{ field: "amount", before: "$80bn", after: "$90bn" }],
    });
    const published = snap(figure({ amount: "90000000000" }));
    expect(
      summarizeAudit({
        entity: "investmentFigures",
        action: "investmentFigures.publish",
        detail: { appliedDraft: true },
        revision: published,
        previous: draft,
      }),
    ).toEqual({
      kind: "published",
      changes: [{ field: "amount", before: "$80bn", after: "$90bn" }],
    });
  });

  it("names the restored version and what the restore did", () => {
    const r = summarizeAudit({
      entity: "investmentFigures",
      action: "investmentFigures.restore",
      detail: { version: 5, fromVersion: 1, mode: "publish" },
      revision: snap(figure()),
      previous: snap(figure({ amount: "100000000000" })),
    });
    expect(r).toEqual({ kind: "restored", fromVersion: 1, mode: "publish", changes: [{ field: "amount", before: "$100bn", after: "$80bn" }] });
    const d = summarizeAudit({
      entity: "investmentFigures",
      action: "investmentFigures.restore-draft",
      detail: { version: 5, fromVersion: 2, mode: "draft" },
      revision: snap(figure({ amount: "100000000000" }), { draft: figure() }),
      previous: snap(figure({ amount: "100000000000" })),
    });
    expect(d).toMatchObject({ kind: "restored", fromVersion: 2, mode: "draft", changes: [{ field: "amount", before: "$100bn", after: "$80bn" }] });
  });

  it("summarises creates, deletes, discards and imports, and other entries as plain text", () => {
    expect(
      summarizeAudit({
        entity: "sources",
        action: "sources.create",
        detail: { published: true },
        revision: snap({ key: "R1" }, { publication: "DRAFT" }),
        previous: null,
      }),
    ).toEqual({ kind: "created", published: false, imported: false });
    expect(
      summarizeAudit({ entity: "investmentFigures", action: "investmentFigures.create", detail: { import: true }, revision: null, previous: null }),
    ).toEqual({ kind: "created", published: false, imported: true });
    expect(summarizeAudit({ entity: "sources", action: "sources.delete", detail: {}, revision: null, previous: null })).toEqual({ kind: "deleted" });
    expect(summarizeAudit({ entity: "sources", action: "sources.discard", detail: { unpublishedRecord: true }, revision: null, previous: null })).toEqual({
      kind: "discarded",
      unpublishedRecord: true,
    });
    expect(
      summarizeAudit({
        entity: "investmentFigures",
        action: "investmentFigures.import",
        detail: { rows: 2, published: false },
        revision: null,
        previous: null,
      }),
    ).toEqual({ kind: "imported", rows: 2, published: false });
    expect(summarizeAudit({ entity: "", action: "auth.signin.failure", detail: { reason: "unknown-account" }, revision: null, previous: null })).toEqual({
      kind: "other",
      text: "reason: unknown-account",
    });
    // Other areas' actions with the same verbs are not read as curation changes.
    expect(summarizeAudit({ entity: "User", action: "user.update", detail: { email: "a@b.c" }, revision: null, previous: null })).toEqual({
      kind: "other",
      text: "email: a@b.c",
    });
    expect(summarizeAudit({ entity: "Deck", action: "deck.create", detail: null, revision: null, previous: null })).toEqual({ kind: "other", text: "" });
    expect(plainDetail({ before: { active: true } })).toBe('before: {"active":true}');
    expect(plainDetail(null)).toBe("");
  });
});

describe("list value columns", () => {
  it("shows an investment figure's amount with currency and unit, its period and kind", () => {
    const cells = LIST_COLUMNS.investmentFigures.map((c) => c.cell(figure({ qualifier: "APPROX" })));
    expect(cells).toEqual([{ text: "~$80bn" }, { text: "2025" }, { enumOf: "kinds", value: "ACTUAL" }]);
    expect(figureValue(figure({ amount: null, amountLow: "175000000000", amountHigh: "185000000000" }))).toBe("$175–185bn");
    expect(figureValue(figure({ amount: null, currency: null, valueText: "40% of global" }))).toBe("40% of global");
  });

  it("has value columns for every curated entity", () => {
    for (const [entity, cols] of Object.entries(LIST_COLUMNS)) expect(cols.length, entity).toBeGreaterThan(0);
    expect(LIST_COLUMNS.exchangeRates.map((c) => c.cell({ currency: "EUR", rate: "0.9239", usdPerUnit: false, period: "2024", sourceKey: "R70" }))).toEqual([
      { text: "0.9239 EUR/USD" },
      { text: "2024" },
      { text: "R70" },
    ]);
  });
});
