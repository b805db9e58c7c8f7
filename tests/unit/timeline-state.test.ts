import { describe, expect, it } from "vitest";
import {
  anchorDate,
  applyFilters,
  chartWidth,
  estimateTextWidth,
  filtersToQuery,
  GEOMETRY,
  itemDates,
  lanesFor,
  layoutTimeline,
  newestInfoDate,
  parentsOf,
  parseTimelineFilters,
  periodOf,
  summarize,
  timelineDomain,
  timeScale,
  toggle,
  typeKey,
  type PlacedItem,
  type TimelineFilters,
} from "@/lib/charts/timeline-state";
import { exportRows, shortTitle, timelineRows, type RowWords } from "@/components/timeline/timeline-rows";
import type { TimelineEvent, TimelineInstrument, TimelineItem } from "@/lib/dto/timeline";

function instrument(p: Partial<TimelineInstrument>): TimelineInstrument {
  return {
    kind: "instrument", slug: "i", jurisdictionCode: "EU", alsoJurisdictions: [], titleEn: "Instrument", titleZh: null,
    type: "Regulation", typeZh: null, status: "IN_FORCE", statusNote: null, statusNoteZh: null, adopted: { date: "2024-05-21", precision: "DAY" },
    effective: null, revokedOn: null, dateNote: null, dateNoteZh: null, confidence: "HIGH", confidenceNote: null, revokedBy: null,
    milestones: [], sources: [{ key: "R1", title: "Official Journal", url: "https://example.org/oj" }], ...p,
  };
}

function event(p: Partial<TimelineEvent>): TimelineEvent {
  return {
    kind: "event", slug: "e", jurisdictionCode: "US", alsoJurisdictions: [], titleEn: "Event", titleZh: null,
    date: { date: "2025-01-21", precision: "DAY" }, dateNote: null, dateNoteZh: null, confidence: "MEDIUM", confidenceNote: null,
    instrument: null, sources: [], ...p,
  };
}

const aiAct = instrument({
  slug: "eu-ai-act", titleEn: "AI Act, Reg. (EU) 2024/1689", effective: { date: "2024-08-01", precision: "DAY" },
  milestones: ["2024-03-13", "2025-02-02", "2027-08-02"].map((date) => ({ date, labelEn: date, labelZh: null, sources: [], superseded: null })),
});
const eo14148 = instrument({ slug: "us-eo-14148", jurisdictionCode: "US", titleEn: "EO 14148, Initial Rescissions", type: "Executive order", adopted: { date: "2025-01-20", precision: "DAY" } });
const eo14110 = instrument({
  slug: "us-eo-14110", jurisdictionCode: "US", titleEn: "EO 14110, Safe, Secure, and Trustworthy AI", type: "Executive order",
  status: "REVOKED", adopted: { date: "2023-10-30", precision: "DAY" }, effective: { date: "2023-10-30", precision: "DAY" },
  revokedOn: "2025-01-20", revokedBy: { slug: "us-eo-14148", jurisdictionCode: "US", titleEn: "EO 14148, Initial Rescissions", titleZh: "第14148号行政命令", adoptedOn: null },
});
const gdpr = instrument({ slug: "eu-gdpr", titleEn: "GDPR", adopted: { date: "2016-01-01", precision: "YEAR" }, effective: { date: "2018-01-01", precision: "YEAR" } });
const omnibus = instrument({
  slug: "eu-digital-omnibus-ai", status: "PROPOSED", adopted: null, type: "Amending proposal",
  milestones: [{ date: "2025-11-19", labelEn: "Proposal published", labelZh: "提案发布", sources: [], superseded: null }, { date: "2028-08-02", labelEn: "Backstop", labelZh: null, sources: [], superseded: null }],
});
const statement = instrument({ slug: "cn-fr-joint-statement-ai", jurisdictionCode: "CN", alsoJurisdictions: ["FR"], type: "Bilateral statement", status: "ADOPTED", adopted: { date: "2024-05-07", precision: "DAY" } });
const stargate = event({ slug: "2025-01-21-stargate-announced" });
const unBody = event({ slug: "2023-10-un-ai-advisory-body", jurisdictionCode: "INT", date: { date: "2023-10-01", precision: "MONTH" } });
const all: TimelineItem[] = [gdpr, eo14110, unBody, statement, aiAct, eo14148, stargate, omnibus];
const domain = timelineDomain(all, ["US", "EU", "CN", "FR", "INT", "XX"]);
const params = (q: string) => new URLSearchParams(q);

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

describe("layout", () => {
  const options = { lanes: ["EU", "US", "CN", "FR", "INT"], keepEmptyLanes: false, from: 2016, to: 2028, width: 1400, asOf: "2026-11-30", label: (i: TimelineItem) => i.titleEn };

  it("maps dates linearly onto whole years", () => {
    const x = timeScale(2020, 2021, 100, 300);
    expect(x("2020-01-01")).toBe(100);
    expect(x("2021-01-01")).toBeCloseTo(200, 0);
    expect(x("2022-01-01")).toBe(300);
    expect(chartWidth(300, 2016, 2028)).toBe(GEOMETRY.laneLabelWidth + 13 * GEOMETRY.minYearWidth + GEOMETRY.rightPad);
    expect(chartWidth(3000, 2016, 2028)).toBe(3000);
  });

  it("puts items in their jurisdiction's lane, drops empty lanes and never overlaps two items in a row", () => {
    const layout = layoutTimeline(all, options);
    expect(layout.lanes.map((l) => l.code)).toEqual(["EU", "US", "CN", "INT"]);
    const extent = (p: PlacedItem) => {
      const w = estimateTextWidth(p.label.text);
      const [l0, l1] = p.label.anchor === "start" ? [p.label.x, p.label.x + w] : [p.label.x - w, p.label.x];
      return [Math.min(l0, p.line?.x0 ?? l0), Math.max(l1, p.line?.x1 ?? l1)];
    };
    for (const p of layout.items)
      for (const q of layout.items) {
        if (p === q || p.lane !== q.lane || p.y !== q.y) continue;
        const [a, b] = [extent(p), extent(q)];
        expect(a[1] <= b[0] || b[1] <= a[0], `${p.item.slug} overlaps ${q.item.slug}`).toBe(true);
      }
    // EO 14110 (2023 → 2025) and EO 14148 (2025) overlap in time, so they sit in different rows.
    const [a, b] = ["us-eo-14110", "us-eo-14148"].map((s) => layout.items.find((p) => p.item.slug === s)!);
    expect(a.y).not.toBe(b.y);
    expect(layout.connectors).toEqual([{ from: "us-eo-14110", to: "us-eo-14148", x1: a.revokedX, y1: a.y, x2: b.markerX, y2: b.y }]);
    expect(layout.height).toBe(layout.lanes.at(-1)!.top + layout.lanes.at(-1)!.height + 8);
    expect(layout.asOfX).toBeGreaterThan(layout.plotLeft);
  });

  it("draws year-precision dates as bands over the whole year with the marks in their middle", () => {
    const layout = layoutTimeline([gdpr], options);
    const p = layout.items[0];
    const x = timeScale(2016, 2028, layout.plotLeft, layout.plotRight);
    expect(p.bands).toEqual([{ x0: x("2016-01-01"), x1: x("2017-01-01") }, { x0: x("2018-01-01"), x1: x("2019-01-01") }]);
    expect(p.markerX).toBeCloseTo((x("2016-01-01") + x("2017-01-01")) / 2, 6);
    expect(p.effectiveX).toBeCloseTo((x("2018-01-01") + x("2019-01-01")) / 2, 6);
    expect(p.line).toEqual({ x0: p.markerX, x1: p.effectiveX });
  });

  it("places an item in a further party's lane when its own lane is not shown, and keeps chosen empty lanes", () => {
    const layout = layoutTimeline([statement], { ...options, lanes: ["FR", "JP"], keepEmptyLanes: true });
    expect(layout.items[0].lane).toBe("FR");
    expect(layout.lanes.map((l) => l.code)).toEqual(["FR", "JP"]);
  });

  it("clips to the window: milestones outside it are not drawn, nor is a mark whose date is outside", () => {
    const layout = layoutTimeline([aiAct], { ...options, from: 2025, to: 2026 });
    const p = layout.items[0];
    expect(p.markerX).toBeNull();
    expect(p.ticks.map((t) => t.index)).toEqual([1]);
    expect(p.line!.x0).toBe(layout.plotLeft);
    expect(p.line!.x1).toBe(layout.plotRight);
  });

  it("estimates CJK labels wider than Latin ones", () => {
    expect(estimateTextWidth("人工智能")).toBeGreaterThan(estimateTextWidth("AI Act"));
  });
});

describe("rows and export", () => {
  const words: RowWords = {
    status: (s) => s.toLowerCase(), event: "event", adopted: (d) => `Adopted ${d}`, effective: (d) => `Effective ${d}`,
    revoked: (d) => `Revoked ${d}`, revokedBy: (t, d) => `revoked by ${t} (${d})`, confidence: (c) => c,
    superseded: (d, by) => `Superseded on ${d}${by ? ` by ${by}` : ""}`,
  };

  it("shows partial dates at their precision and labels the revocation", () => {
    const rows = timelineRows([gdpr, unBody, eo14110], "en", words);
    expect(rows.map((r) => r.date)).toEqual(["2016", "Oct 2023", "30 Oct 2023"]);
    expect(rows[0].dates).toBe("Adopted 2016 · Effective 2018");
    expect(rows[2].revokedBy).toBe("revoked by EO 14148 (20 Jan 2025)");
    expect(rows[2].href).toBe("/jurisdictions/us#instrument-us-eo-14110");
    expect(rows[1].href).toBe("/jurisdictions/int#event-2023-10-un-ai-advisory-body");
    expect(timelineRows([eo14110], "zh", words)[0].revokedBy).toBe("revoked by 第14148号行政命令 (2025年1月20日)");
  });

  it("shows an instrument's type, status note and date note in Chinese on /zh, in English where no Chinese exists", () => {
    const zhAct = instrument({ slug: "eu-ai-act", type: "Regulation", typeZh: "条例", statusNote: "In force (phased)", statusNoteZh: "已生效（分阶段适用）", dateNote: "Effective 1 Aug 2024", dateNoteZh: "2024年8月1日生效" });
    const [zh] = timelineRows([zhAct], "zh", words);
    expect([zh.type, zh.statusNote, zh.dateNote]).toEqual(["条例", "已生效（分阶段适用）", "2024年8月1日生效"]);
    expect(exportRows([zh])[0]).toMatchObject({ type: "条例", statusNote: "已生效（分阶段适用）", dateNote: "2024年8月1日生效" });
    const [en] = timelineRows([zhAct], "en", words);
    expect([en.type, en.statusNote, en.dateNote]).toEqual(["Regulation", "In force (phased)", "Effective 1 Aug 2024"]);
    const [fallback] = timelineRows([instrument({ type: "Treaty", statusNote: "Signed", dateNote: "Open for signature" })], "zh", words);
    expect([fallback.type, fallback.statusNote, fallback.dateNote]).toEqual(["Treaty", "Signed", "Open for signature"]);
    expect(timelineDomain([zhAct, eo14148], []).types.find((t) => t.key === "regulation")).toEqual({ key: "regulation", label: "Regulation", labelZh: "条例" });
  });

  it("exports exactly the rows, with precision-cut dates and full source citations", () => {
    const out = exportRows(timelineRows([gdpr, eo14110], "en", words));
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ date: "2016", adopted: "2016", effective: "2018", title: "GDPR", status: "IN_FORCE" });
    expect(out[1]).toMatchObject({ revoked: "2025-01-20", revokedBy: "us-eo-14148", sources: "R1 Official Journal <https://example.org/oj>" });
  });

  it("shortens titles at the first comma or parenthesis", () => {
    expect(shortTitle("AI Act, Reg. (EU) 2024/1689", "en")).toBe("AI Act");
    expect(shortTitle("Interim Measures for Generative AI Services and More", "en")).toBe("Interim Measures for…");
    expect(shortTitle("《生成式人工智能服务管理暂行办法》", "zh")).toBe("《生成式人工智能服务管理暂行办…");
    expect(shortTitle("第14148号行政命令《初步撤销有害的行政命令和行动》", "zh")).toBe("第14148号行政命令");
  });
});

describe("superseded milestones, today and sub-national lanes", () => {
  const ref = { slug: "eu-digital-omnibus", jurisdictionCode: "EU", titleEn: "Digital Omnibus on AI, Reg. (EU) 2026/1", titleZh: "数字综合法案", adoptedOn: null };
  const moved = instrument({
    slug: "eu-ai-act-moved", titleEn: "AI Act", effective: { date: "2024-08-01", precision: "DAY" },
    milestones: [
      { date: "2026-08-02", labelEn: "High-risk rules apply", labelZh: "高风险规则适用", sources: [], superseded: { on: "2026-11-20", by: ref, noteEn: "Moved to 2027-12-02", noteZh: "推迟至2027-12-02" } },
      { date: "2027-12-02", labelEn: "High-risk rules apply (as amended)", labelZh: null, sources: [], superseded: null },
    ],
  });
  const ca = instrument({ slug: "us-ca-sb53", jurisdictionCode: "US-CA", titleEn: "SB 53", adopted: { date: "2025-09-29", precision: "DAY" } });
  const tx = instrument({ slug: "us-tx-traiga", jurisdictionCode: "US-TX", titleEn: "TRAIGA", adopted: { date: "2025-06-22", precision: "DAY" } });
  const items = [moved, ca, tx, eo14148];
  const parents = parentsOf([{ code: "US", parentCode: null }, { code: "US-CA", parentCode: "US" }, { code: "US-TX", parentCode: "US" }, { code: "EU", parentCode: null }]);
  const d = timelineDomain(items, ["US-TX", "EU", "US-CA", "US"], parents);
  const words: RowWords = {
    status: (st) => st.toLowerCase(), event: "event", adopted: (x) => `Adopted ${x}`, effective: (x) => `Effective ${x}`,
    revoked: (x) => `Revoked ${x}`, revokedBy: (t, x) => `revoked by ${t} (${x})`, confidence: (c) => c,
    superseded: (x, by) => `Superseded on ${x}${by ? ` by ${by}` : ""}`,
  };

  it("keeps a superseded milestone, marked with when and by what, and never as current", () => {
    const [row] = timelineRows([moved], "en", words);
    expect(row.milestones).toHaveLength(2);
    expect(row.milestones[0]).toMatchObject({ label: "High-risk rules apply", supersededOn: "2026-11-20", superseded: "Superseded on 20 Nov 2026 by Digital Omnibus on AI: Moved to 2027-12-02" });
    expect(row.milestones[1].superseded).toBeNull();
    const placed = layoutTimeline([moved], { lanes: ["EU"], keepEmptyLanes: false, from: 2024, to: 2028, width: 900, asOf: null, label: () => "AI Act" });
    expect(placed.items[0].ticks.map((t) => t.superseded)).toEqual([true, false]);
    expect(exportRows([row])[0].milestones).toContain("2026-08-02 High-risk rules apply [Superseded on 20 Nov 2026");
  });

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
    expect(applyFilters(items, f, d.parents).map((i) => i.slug).sort()).toEqual(["us-ca-sb53", "us-eo-14148", "us-tx-traiga"]);
    const ca1 = parseTimelineFilters(new URLSearchParams("j=us-ca"), d).filters;
    expect(applyFilters(items, ca1, d.parents).map((i) => i.slug)).toEqual(["us-ca-sb53"]);
    // Every filtered item has a lane: nothing is dropped from the drawing.
    const layout = layoutTimeline(applyFilters(items, f, d.parents), { lanes: lanesFor(f.jurisdictions, d), keepEmptyLanes: true, from: 2024, to: 2028, width: 900, asOf: "2026-12-04", label: (i) => i.slug });
    expect(layout.items).toHaveLength(3);
    expect(layout.asOfX).not.toBeNull();
  });
});
