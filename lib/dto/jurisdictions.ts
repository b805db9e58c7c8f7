// Plain shapes for the jurisdiction index and the jurisdiction pages (no Prisma types; dates as "YYYY-MM-DD").
import type { DatePrecision } from "../format/dates";
import type { InvestmentFigureDto } from "./investment";
import type { TimelineInstrument } from "./timeline";

export type Confidence = "HIGH" | "MEDIUM" | "LOW";
export type JurisdictionKind = "COUNTRY" | "SUBNATIONAL" | "BLOC" | "INTERNATIONAL";
export type InstrumentStatus = "PROPOSED" | "ADOPTED" | "IN_FORCE" | "REVOKED" | "REJECTED";

/** A source as cited next to a record: enough to name it and link to it. */
export type CitedSource = {
  key: string;
  title: string;
  titleZh: string | null;
  publisher: string;
  url: string | null;
  isSeedArticle: boolean;
  /** The source's own publication date, "YYYY-MM-DD" (null = undated, said so); read where the list shows dates. */
  publishedOn?: string | null;
};

export type JurisdictionSummaryDto = {
  code: string;
  /** The country of a sub-national jurisdiction (a US state); null otherwise. */
  parentCode: string | null;
  nameEn: string;
  nameZh: string;
  kind: JurisdictionKind;
  blocs: string;
  approachEn: string;
  approachZh: string;
  confidence: Confidence;
  confidenceNote: string | null;
  instrumentCount: number;
};

export type ScaleLevel = { level: number; en: string; zh: string };

/** One dated coding of a jurisdiction on a dimension: shared by the jurisdiction pages and the comparison matrix. */
export type AssessmentCoding = {
  /** null = not verified; shown as such, never guessed. */
  level: number | null;
  labelEn: string;
  labelZh: string | null;
  rationaleEn: string;
  rationaleZh: string | null;
  /** The date the coding describes. */
  asOf: string;
  /** When this coding took effect; null = since coding began. */
  since: string | null;
  /** When a curator last checked it; the as-of date stands in when none is recorded. */
  lastChecked: string;
  confidence: Confidence;
  sources: CitedSource[];
};

export type AssessmentDto = AssessmentCoding & {
  dimensionKey: string;
  dimensionNameEn: string;
  dimensionNameZh: string;
  scale: ScaleLevel[];
  /** Earlier codings of this dimension, newest first (the history stays readable). */
  earlier: Omit<AssessmentDto, "earlier" | "scale" | "dimensionNameEn" | "dimensionNameZh">[];
};

/** Enough of another instrument to link to it: `/jurisdictions/<code>#instrument-<slug>`. */
export type InstrumentRef = { slug: string; titleEn: string; titleZh: string | null; jurisdictionCode: string };

export type MilestoneDto = {
  date: string;
  labelEn: string;
  labelZh: string | null;
  sources: CitedSource[];
  /** Set when a later law moved this date: it stays listed, marked superseded (when, by what, why). */
  superseded: { on: string | null; by: InstrumentRef | null; noteEn: string | null; noteZh: string | null } | null;
};

/** The instrument's identity and status, named as the timeline names them. */
export type InstrumentDto = Pick<
  TimelineInstrument,
  "slug" | "jurisdictionCode" | "alsoJurisdictions" | "titleEn" | "titleZh" | "type" | "typeZh" | "status" | "statusNote" | "statusNoteZh"
> & {
  adoptedOn: string | null;
  adoptedPrecision: DatePrecision;
  effectiveOn: string | null;
  effectivePrecision: DatePrecision;
  revokedOn: string | null;
  dateNote: string | null;
  dateNoteZh: string | null;
  summaryEn: string;
  summaryZh: string | null;
  confidence: Confidence;
  confidenceNote: string | null;
  revokedBy: InstrumentRef | null;
  revokes: InstrumentRef[];
  milestones: MilestoneDto[];
  sources: CitedSource[];
  claimSlugs: string[];
};

export type EventDto = {
  slug: string;
  date: string;
  datePrecision: DatePrecision;
  dateNote: string | null;
  dateNoteZh: string | null;
  jurisdictionCode: string;
  alsoJurisdictions: string[];
  titleEn: string;
  titleZh: string | null;
  instrument: InstrumentRef | null;
  confidence: Confidence;
  confidenceNote: string | null;
  sources: CitedSource[];
};

export type ExpertViewDto = {
  slug: string;
  person: string;
  personZh: string | null;
  affiliation: string;
  year: number | null;
  viewEn: string;
  viewZh: string | null;
  source: CitedSource;
};

export type FigureRef = {
  slug: string;
  actorName: string;
  actorNameZh: string | null;
  measure: string;
  periodLabel: string;
  jurisdictionCode: string | null;
};

export type FlaggedClaimDto = {
  slug: string;
  source: CitedSource;
  claimEn: string;
  claimZh: string | null;
  correctionEn: string;
  correctionZh: string | null;
  evidence: CitedSource[];
  instrument: InstrumentRef | null;
  figure: FigureRef | null;
};

export type JurisdictionPageDto = {
  jurisdiction: JurisdictionSummaryDto & { sources: CitedSource[] };
  /** Sub-national jurisdictions under this one (the US's states), whose instruments and events this page includes. */
  children: { code: string; nameEn: string; nameZh: string }[];
  /** The newest date the page's information carries (not in the future), and when it was last checked. */
  asOf: string | null;
  lastChecked: string | null;
  assessments: AssessmentDto[];
  instruments: InstrumentDto[];
  figures: InvestmentFigureDto[];
  events: EventDto[];
  expertViews: ExpertViewDto[];
  claims: FlaggedClaimDto[];
  /** Every source cited anywhere on the page, seed articles first. */
  sources: CitedSource[];
};
