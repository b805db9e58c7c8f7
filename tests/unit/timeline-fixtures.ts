// Synthetic timeline items shared by the timeline unit tests (the seed's shapes, not its data).
import type { DateLocale } from "@/lib/format/dates";
import { timelineDomain } from "@/lib/charts/timeline-state";
import { timelineDateFormat } from "@/components/timeline/timeline-dates";
import type { RowWords } from "@/components/timeline/timeline-rows";
import type { TimelineEvent, TimelineInstrument, TimelineItem } from "@/lib/dto/timeline";

export function instrument(p: Partial<TimelineInstrument>): TimelineInstrument {
  return {
    kind: "instrument",
    slug: "i",
    jurisdictionCode: "EU",
    alsoJurisdictions: [],
    titleEn: "Instrument",
    titleZh: null,
    type: "Regulation",
    typeZh: null,
    status: "IN_FORCE",
    statusNote: null,
    statusNoteZh: null,
    adopted: { date: "2024-05-21", precision: "DAY" },
    effective: null,
    revokedOn: null,
    dateNote: null,
    dateNoteZh: null,
    confidence: "HIGH",
    confidenceNote: null,
    revokedBy: null,
    milestones: [],
    sources: [{ key: "R1", title: "Official Journal", url: "https://example.org/oj" }],
    ...p,
  };
}

export function event(p: Partial<TimelineEvent>): TimelineEvent {
  return {
    kind: "event",
    slug: "e",
    jurisdictionCode: "US",
    alsoJurisdictions: [],
    titleEn: "Event",
    titleZh: null,
    date: { date: "2025-01-21", precision: "DAY" },
    dateNote: null,
    dateNoteZh: null,
    confidence: "MEDIUM",
    confidenceNote: null,
    instrument: null,
    sources: [],
    ...p,
  };
}

export const aiAct = instrument({
  slug: "eu-ai-act",
  titleEn: "AI Act, Reg. (EU) 2024/1689",
  effective: { date: "2024-08-01", precision: "DAY" },
  milestones: ["2024-03-13", "2025-02-02", "2027-08-02"].map((date) => ({ date, labelEn: date, labelZh: null, sources: [], superseded: null })),
});
export const eo14148 = instrument({
  slug: "us-eo-14148",
  jurisdictionCode: "US",
  titleEn: "EO 14148, Initial Rescissions",
  type: "Executive order",
  adopted: { date: "2025-01-20", precision: "DAY" },
});
export const eo14110 = instrument({
  slug: "us-eo-14110",
  jurisdictionCode: "US",
  titleEn: "EO 14110, Safe, Secure, and Trustworthy AI",
  type: "Executive order",
  status: "REVOKED",
  adopted: { date: "2023-10-30", precision: "DAY" },
  effective: { date: "2023-10-30", precision: "DAY" },
  revokedOn: "2025-01-20",
  revokedBy: { slug: "us-eo-14148", jurisdictionCode: "US", titleEn: "EO 14148, Initial Rescissions", titleZh: "第14148号行政命令", adoptedOn: null },
});
export const gdpr = instrument({
  slug: "eu-gdpr",
  titleEn: "GDPR",
  adopted: { date: "2016-01-01", precision: "YEAR" },
  effective: { date: "2018-01-01", precision: "YEAR" },
});
export const omnibus = instrument({
  slug: "eu-digital-omnibus-ai",
  status: "PROPOSED",
  adopted: null,
  type: "Amending proposal",
  milestones: [
    { date: "2025-11-19", labelEn: "Proposal published", labelZh: "提案发布", sources: [], superseded: null },
    { date: "2028-08-02", labelEn: "Backstop", labelZh: null, sources: [], superseded: null },
  ],
});
export const statement = instrument({
  slug: "cn-fr-joint-statement-ai",
  jurisdictionCode: "CN",
  alsoJurisdictions: ["FR"],
  type: "Bilateral statement",
  status: "ADOPTED",
  adopted: { date: "2024-05-07", precision: "DAY" },
});
export const stargate = event({ slug: "2025-01-21-stargate-announced" });
export const unBody = event({ slug: "2023-10-un-ai-advisory-body", jurisdictionCode: "INT", date: { date: "2023-10-01", precision: "MONTH" } });
export const all: TimelineItem[] = [gdpr, eo14110, unBody, statement, aiAct, eo14148, stargate, omnibus];
export const domain = timelineDomain(all, ["US", "EU", "CN", "FR", "INT", "XX"]);
export const params = (q: string) => new URLSearchParams(q);

/** Row words in plain English (the catalogs are not under test here), with the page's date format for `locale`. */
export const wordsFor = (locale: DateLocale): RowWords => ({
  date: timelineDateFormat(locale),
  status: (s) => s.toLowerCase(),
  event: "event",
  adopted: (d) => `Adopted ${d}`,
  effective: (d) => `Effective ${d}`,
  revoked: (d) => `Revoked ${d}`,
  revokedBy: (t, d) => `revoked by ${t} (${d})`,
  confidence: (c) => c,
  superseded: (d, by) => `Superseded on ${d}${by ? ` by ${by}` : ""}`,
});

/** An instrument whose 2026-08-02 milestone another instrument superseded (moved to 2027-12-02), with the milestone that replaced it. */
export function supersededMilestoneInstrument(): TimelineInstrument {
  const ref = {
    slug: "eu-digital-omnibus",
    jurisdictionCode: "EU",
    titleEn: "Digital Omnibus on AI, Reg. (EU) 2026/1",
    titleZh: "数字综合法案",
    adoptedOn: null,
  };
  return instrument({
    slug: "eu-ai-act-moved",
    titleEn: "AI Act",
    effective: { date: "2024-08-01", precision: "DAY" },
    milestones: [
      {
        date: "2026-08-02",
        labelEn: "High-risk rules apply",
        labelZh: "高风险规则适用",
        sources: [],
        superseded: { on: "2026-11-20", by: ref, noteEn: "Moved to 2027-12-02", noteZh: "推迟至2027-12-02" },
      },
      { date: "2027-12-02", labelEn: "High-risk rules apply (as amended)", labelZh: null, sources: [], superseded: null },
    ],
  });
}
