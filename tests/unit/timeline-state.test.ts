import { describe, expect, it } from "vitest";
import {
  anchorDate,
  applyFilters,
  filtersToQuery,
  itemDates,
  lanesFor,
  layoutTimeline,
  newestInfoDate,
  parentsOf,
  parseTimelineFilters,
  periodOf,
  summarize,
  timelineDomain,
  toggle,
  typeKey,
  type TimelineFilters,
} from "@/lib/charts/timeline-state";
import { canonicalQuery } from "@/lib/charts/timeline/form-query";
import { aiAct, all, domain, eo14110, eo14148, instrument, omnibus, params, supersededMilestoneInstrument } from "./timeline-fixtures";

describe("item dates", () => {
  it("spans every date an instrument has, and anchors on adoption, else the first milestone", () => {
    expect(itemDates(aiAct)).toEqual(["2024-03-13", "2024-05-21", "2024-08-01", "2025-02-02", "2027-08-02"]);
    expect(anchorDate(aiAct)).toEqual({ date: "2024-05-21", precision: "DAY" });
    expect(anchorDate(omnibus)).toEqual({ date: "2025-11-19", precision: "DAY" });
    expect(itemDates(eo14110)).toEqual(["2023-10-30", "2023-10-30", "2025-01-20"]);
  });

  it("turns a partial date into the whole period it stands for", () => {
    expect(periodOf("2017-01-01", "YEAR")).toEqual({ start: "2017-01-01", end: "2018-01-01" });
    expect(periodOf("2023-12-01", "MONTH")).toEqual({ start: "2023-12-01", end: "2024-01-01" });
    expect(periodOf("2024-05-21", "DAY")).toEqual({ start: "2024-05-21", end: "2024-05-21" });
  });
});

describe("domain and URL filters", () => {
  it("derives lanes in the project's order, instrument types and the data's years", () => {
    expect(domain.jurisdictions).toEqual(["EU", "US", "CN", "FR", "INT", "XX"]);
    expect(domain.types.map((t) => t.key)).toEqual(["amending-proposal", "bilateral-statement", "executive-order", "regulation", "event"]);
    expect([domain.minYear, domain.maxYear]).toEqual([2016, 2028]);
    expect(typeKey("Departmental rules (CAC + 3)")).toBe("departmental-rules-cac-3");
  });

  it("reads valid values case-insensitively and writes them back canonically", () => {
    const { filters, notices } = parseTimelineFilters(params("j=eu,US&type=Executive-Order,event&status=in-force,revoked&from=2023&to=2026"), domain);
    expect(notices).toEqual([]);
    expect(filters).toEqual({ jurisdictions: ["EU", "US"], types: ["executive-order", "event"], statuses: ["IN_FORCE", "REVOKED"], from: 2023, to: 2026 });
    expect(filtersToQuery(filters, domain)).toBe("j=EU,US&type=executive-order,event&status=IN_FORCE,REVOKED&from=2023&to=2026");
    expect(filtersToQuery(parseTimelineFilters(params(""), domain).filters, domain)).toBe("");
  });

  it("ignores unknown values with a notice and keeps the known ones", () => {
    const { filters, notices } = parseTimelineFilters(params("j=EU,ZZ&status=LAPSED&type=haiku"), domain);
    expect(filters.jurisdictions).toEqual(["EU"]);
    expect(filters.statuses).toEqual([]);
    expect(filters.types).toEqual([]);
    expect(notices).toEqual([
      { param: "j", value: "ZZ", problem: "unknown" },
      { param: "type", value: "haiku", problem: "unknown" },
      { param: "status", value: "LAPSED", problem: "unknown" },
    ]);
  });

  it("resets non-years, clamps absurd years to the data and swaps a reversed range", () => {
    const bad = parseTimelineFilters(params("from=abc&to=99999"), domain);
    expect([bad.filters.from, bad.filters.to]).toEqual([2016, 2028]);
    expect(bad.notices.map((n) => n.problem)).toEqual(["not-a-year", "out-of-range"]);
    const clamped = parseTimelineFilters(params("from=1900&to=2020"), domain);
    expect([clamped.filters.from, clamped.filters.to]).toEqual([2016, 2020]);
    const reversed = parseTimelineFilters(params("from=2026&to=2023"), domain);
    expect([reversed.filters.from, reversed.filters.to]).toEqual([2023, 2026]);
    expect(reversed.notices).toEqual([{ param: "from", value: "2026 > 2023", problem: "reversed" }]);
  });

  it("refuses oversized lists instead of processing them", () => {
    const many = parseTimelineFilters(params(`j=${Array(60).fill("EU").join(",")}`), domain);
    expect(many.filters.jurisdictions).toEqual([]);
    expect(many.notices[0]).toMatchObject({ param: "j", problem: "too-many" });
    const long = parseTimelineFilters(params(`type=${"x".repeat(1000)}`), domain);
    expect(long.notices[0]).toMatchObject({ param: "type", problem: "too-long" });
  });

  it("treats 'every value selected' as no filter", () => {
    expect(parseTimelineFilters(params("status=PROPOSED,ADOPTED,IN_FORCE,REVOKED,REJECTED"), domain).filters.statuses).toEqual([]);
    expect(toggle([], ["A", "B", "C"], "B", false)).toEqual(["A", "C"]);
    expect(toggle(["A", "C"], ["A", "B", "C"], "B", true)).toEqual([]);
  });
});

describe("applyFilters", () => {
  const base: TimelineFilters = { jurisdictions: [], types: [], statuses: [], from: 2016, to: 2028 };
  it("matches a jurisdiction as the main or a further party", () => {
    expect(applyFilters(all, { ...base, jurisdictions: ["FR"] }).map((i) => i.slug)).toEqual(["cn-fr-joint-statement-ai"]);
  });
  it("applies the status filter to instruments only and the type filter to both", () => {
    const revoked = applyFilters(all, { ...base, statuses: ["REVOKED"] }).map((i) => i.slug);
    expect(revoked).toEqual(["us-eo-14110", "2023-10-un-ai-advisory-body", "2025-01-21-stargate-announced"]);
    expect(applyFilters(all, { ...base, types: ["event"] }).every((i) => i.kind === "event")).toBe(true);
  });
  it("keeps items whose span overlaps the years shown", () => {
    const slugs = applyFilters(all, { ...base, from: 2026, to: 2027 }).map((i) => i.slug);
    expect(slugs).toEqual(["eu-ai-act", "eu-digital-omnibus-ai"]);
  });
});

describe("summarize", () => {
  it("counts instruments, events and statuses, and the years shown", () => {
    const s = summarize(all, { from: 2016, to: 2028 });
    expect(s).toMatchObject({ instruments: 6, events: 2, fromYear: 2016, toYear: 2028 });
    expect(s.byStatus).toEqual({ PROPOSED: 1, ADOPTED: 1, IN_FORCE: 3, REVOKED: 1, REJECTED: 0 });
    expect(summarize(all, { from: 2023, to: 2025 })).toMatchObject({ fromYear: 2023, toYear: 2025 });
    expect(summarize([], { from: 2016, to: 2028 })).toMatchObject({ instruments: 0, fromYear: null });
  });
});

describe("the filter form's query", () => {
  const form = (q: string) => new URLSearchParams(q);
  const formDomain = { jurisdictions: domain.jurisdictions, types: domain.types.map((t) => t.key), minYear: domain.minYear, maxYear: domain.maxYear };
  it("writes what a plain form submits as the canonical query the page reads back", () => {
    // Every box ticked and the full year range: the plain URL.
    const everything = form(`${domain.jurisdictions.map((j) => `j=${j}`).join("&")}&from=2016&to=2028`);
    expect(canonicalQuery(everything, formDomain, null)).toBe("");
    const some = form("j=US&j=EU&status=REVOKED&from=2023&to=2028&type=executive-order");
    const query = canonicalQuery(some, formDomain, null);
    expect(query).toBe("j=EU,US&type=executive-order&status=REVOKED&from=2023");
    expect(parseTimelineFilters(params(query), domain)).toEqual({
      filters: { jurisdictions: ["EU", "US"], types: ["executive-order"], statuses: ["REVOKED"], from: 2023, to: 2028 },
      notices: [],
    });
  });
  it("moves the other end of a reversed year range along with the select that changed", () => {
    expect(canonicalQuery(form("from=2025&to=2020"), formDomain, "from")).toBe("from=2025&to=2025");
    expect(canonicalQuery(form("from=2025&to=2020"), formDomain, "to")).toBe("from=2020&to=2020");
    expect(canonicalQuery(form("from=1900&to=abc"), formDomain, null)).toBe("");
  });
});

describe("today and sub-national lanes", () => {
  const moved = supersededMilestoneInstrument();
  const ca = instrument({ slug: "us-ca-sb53", jurisdictionCode: "US-CA", titleEn: "SB 53", adopted: { date: "2025-09-29", precision: "DAY" } });
  const tx = instrument({ slug: "us-tx-traiga", jurisdictionCode: "US-TX", titleEn: "TRAIGA", adopted: { date: "2025-06-22", precision: "DAY" } });
  const items = [moved, ca, tx, eo14148];
  const parents = parentsOf([
    { code: "US", parentCode: null },
    { code: "US-CA", parentCode: "US" },
    { code: "US-TX", parentCode: "US" },
    { code: "EU", parentCode: null },
  ]);
  const d = timelineDomain(items, ["US-TX", "EU", "US-CA", "US"], parents);

  it("states the newest date that is not in the future as the data's date (scheduled dates are not 'as of')", () => {
    expect(newestInfoDate(items, "2026-12-04")).toBe("2026-11-20");
    expect(newestInfoDate(items, "2025-12-31")).toBe("2025-09-29");
    expect(newestInfoDate([], "2026-12-04")).toBeNull();
  });

  it("puts states right after their country and brings them along when the country is selected", () => {
    expect(d.jurisdictions).toEqual(["EU", "US", "US-CA", "US-TX"]);
    expect(lanesFor(["US"], d)).toEqual(["US", "US-CA", "US-TX"]);
    expect(lanesFor(["US-CA"], d)).toEqual(["US-CA"]);
    expect(lanesFor([], d)).toEqual(d.jurisdictions);
  });

  it("keeps the states' items when filtering on the US, and a state alone shows only its own", () => {
    const f = parseTimelineFilters(new URLSearchParams("j=US"), d).filters;
    expect(
      applyFilters(items, f, d.parents)
        .map((i) => i.slug)
        .sort(),
    ).toEqual(["us-ca-sb53", "us-eo-14148", "us-tx-traiga"]);
    const ca1 = parseTimelineFilters(new URLSearchParams("j=us-ca"), d).filters;
    expect(applyFilters(items, ca1, d.parents).map((i) => i.slug)).toEqual(["us-ca-sb53"]);
    // Every filtered item has a lane: nothing is dropped from the drawing.
    const layout = layoutTimeline(applyFilters(items, f, d.parents), {
      lanes: lanesFor(f.jurisdictions, d),
      keepEmptyLanes: true,
      from: 2024,
      to: 2028,
      width: 900,
      asOf: "2026-12-04",
      label: (i) => i.slug,
    });
    expect(layout.items).toHaveLength(3);
    expect(layout.asOfX).not.toBeNull();
  });
});
