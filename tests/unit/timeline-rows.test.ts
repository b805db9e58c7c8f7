import { describe, expect, it } from "vitest";
import { layoutTimeline, timelineDomain } from "@/lib/charts/timeline-state";
import { exportRows, shortTitle, timelineRows } from "@/components/timeline/timeline-rows";
import { timelineDateFormat } from "@/components/timeline/timeline-dates";
import { eo14110, eo14148, gdpr, instrument, supersededMilestoneInstrument, unBody, wordsFor } from "./timeline-fixtures";

describe("rows and export", () => {
  const words = wordsFor("en");

  it("shows partial dates at their precision and labels the revocation", () => {
    const rows = timelineRows([gdpr, unBody, eo14110], "en", words);
    expect(rows.map((r) => r.date)).toEqual(["2016", "Oct 2023", "30 Oct 2023"]);
    expect(rows[0].dates).toBe("Adopted 2016 · Effective 2018");
    expect(rows[2].revokedBy).toBe("revoked by EO 14148 (20 Jan 2025)");
    expect(rows[2].href).toBe("/jurisdictions/us#instrument-us-eo-14110");
    expect(timelineRows([eo14110], "zh", wordsFor("zh"))[0].revokedBy).toBe("revoked by 第14148号行政命令 (2025年1月20日)");
    expect(rows[1].href).toBe("/jurisdictions/int#event-2023-10-un-ai-advisory-body");
  });

  it("shows an instrument's type, status note and date note in Chinese on /zh, in English where no Chinese exists", () => {
    const zhAct = instrument({
      slug: "eu-ai-act",
      type: "Regulation",
      typeZh: "条例",
      statusNote: "In force (phased)",
      statusNoteZh: "已生效（分阶段适用）",
      dateNote: "Effective 1 Aug 2024",
      dateNoteZh: "2024年8月1日生效",
    });
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

describe("superseded milestones", () => {
  const moved = supersededMilestoneInstrument();
  const words = wordsFor("en");

  it("keeps a superseded milestone, marked with when and by what, and never as current", () => {
    const [row] = timelineRows([moved], "en", words);
    expect(row.milestones).toHaveLength(2);
    expect(row.milestones[0]).toMatchObject({
      label: "High-risk rules apply",
      supersededOn: "2026-11-20",
      superseded: "Superseded on 20 Nov 2026 by Digital Omnibus on AI: Moved to 2027-12-02",
    });
    expect(row.milestones[1].superseded).toBeNull();
    const placed = layoutTimeline([moved], { lanes: ["EU"], keepEmptyLanes: false, from: 2024, to: 2028, width: 900, asOf: null, label: () => "AI Act" });
    expect(placed.items[0].ticks.map((t) => t.superseded)).toEqual([true, false]);
    expect(exportRows([row])[0].milestones).toContain("2026-08-02 High-risk rules apply [Superseded on 20 Nov 2026");
  });
});

describe("the page's one date format", () => {
  it("reads every date at its precision, day-month-year in English and 年月日 in Chinese", () => {
    const [en, zh] = [timelineDateFormat("en"), timelineDateFormat("zh")];
    expect([en("2025-01-20"), en("2023-10-01", "MONTH"), en("2017-01-01", "YEAR")]).toEqual(["20 Jan 2025", "Oct 2023", "2017"]);
    expect([zh("2025-01-20"), zh("2023-10-01", "MONTH"), zh("2017-01-01", "YEAR")]).toEqual(["2025年1月20日", "2023年10月", "2017年"]);
    // A date stored as UTC midnight never slips to the previous day, and what is not a date is left alone.
    expect(en("2024-01-01")).toBe("1 Jan 2024");
    expect([en("not recorded"), en("2024-13-40")]).toEqual(["not recorded", "2024-13-40"]);
    // September reads as on every other page ("Sep"), whatever abbreviation the ICU data of Node or the browser has.
    expect([en("2025-09-22"), en("2025-09-01", "MONTH")]).toEqual(["22 Sep 2025", "Sep 2025"]);
  });
});
