// The map's second mode, "status of the main AI law", as a dimension the map state draws like any other. The rule
// is stated on the page: a jurisdiction's main AI law is, among its own instruments whose type names a statute,
// regulation, act, law or bill, the one furthest along (in force, then adopted, then proposed, then revoked or
// rejected; ties: the latest date). A covered jurisdiction without such an instrument is "not coded" (said as "no
// statute, regulation or bill recorded"), never given a level. Pure.
import type { GovernanceAssessmentDto, GovernanceDimensionDto, GovernanceJurisdictionDto } from "../dto/governance";
import type { TimelineInstrument, TimelineItem, TimelineStatus } from "../dto/timeline";

export const LAW_MODE = "law";

/** Instrument types that name a law (English type as curated: "Statute", "State statute", "Regulation", "Draft bill"). */
export const LAW_TYPE = /\b(statute|regulation|act|law|bill)\b/i;

const RANK: Record<TimelineStatus, number> = { REVOKED: 0, REJECTED: 0, PROPOSED: 1, ADOPTED: 2, IN_FORCE: 3 };

export type LawWords = {
  name: { en: string; zh: string };
  description: { en: string; zh: string };
  /** Level meanings, 0..3. */
  levels: { en: string; zh: string }[];
  status: Record<TimelineStatus, { en: string; zh: string }>;
};

const dateOf = (i: TimelineInstrument) =>
  i.effective?.date ??
  i.adopted?.date ??
  i.milestones
    .map((m) => m.date)
    .sort()
    .at(-1) ??
  null;

/** The jurisdiction's main AI law under the rule above, or null. */
export function mainLaw(code: string, items: TimelineItem[]): TimelineInstrument | null {
  const laws = items.filter((i): i is TimelineInstrument => i.kind === "instrument" && i.jurisdictionCode === code && LAW_TYPE.test(i.type));
  return laws.sort((a, b) => RANK[b.status] - RANK[a.status] || (dateOf(b) ?? "").localeCompare(dateOf(a) ?? "") || a.slug.localeCompare(b.slug))[0] ?? null;
}

/** The law-status "dimension" and the jurisdictions with their main law as its coding. */
export function lawCodings(
  jurisdictions: GovernanceJurisdictionDto[],
  items: TimelineItem[],
  words: LawWords,
): { dimension: GovernanceDimensionDto; jurisdictions: GovernanceJurisdictionDto[] } {
  const dimension: GovernanceDimensionDto = {
    key: LAW_MODE,
    nameEn: words.name.en,
    nameZh: words.name.zh,
    descriptionEn: words.description.en,
    descriptionZh: words.description.zh,
    scale: words.levels.map((l, level) => ({ level, en: l.en, zh: l.zh })),
    maxLevel: words.levels.length - 1,
  };
  const coded = jurisdictions.map((j): GovernanceJurisdictionDto => {
    const law = mainLaw(j.code, items);
    if (!law) return { ...j, assessments: {} };
    const status = words.status[law.status];
    const date = dateOf(law) ?? "";
    const assessment: GovernanceAssessmentDto = {
      jurisdictionCode: j.code,
      dimensionKey: LAW_MODE,
      level: RANK[law.status],
      labelEn: `${status.en}: ${law.titleEn}`,
      labelZh: `${status.zh}：${law.titleZh ?? law.titleEn}`,
      rationaleEn: [law.type, law.statusNote, law.dateNote].filter(Boolean).join(" · "),
      rationaleZh: [law.typeZh ?? law.type, law.statusNoteZh ?? law.statusNote, law.dateNoteZh ?? law.dateNote].filter(Boolean).join(" · "),
      asOf: date,
      since: null,
      // Instruments carry no check date in the timeline's data: none is claimed.
      lastChecked: "",
      confidence: law.confidence,
      sources: law.sources.map((s) => ({ key: s.key, title: s.title, titleZh: null, publisher: "", url: s.url, isSeedArticle: false })),
      earlier: [],
    };
    return { ...j, assessments: { [LAW_MODE]: assessment } };
  });
  return { dimension, jurisdictions: coded };
}
