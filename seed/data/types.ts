// Shapes of the curated seed rows. Rows are plain objects keyed by their natural keys (source `key`, jurisdiction
// `code`, slugs, dimension `key`); relations are referenced by those keys, never by database ids, so the data can
// be checked without a database and re-seeded idempotently.
import type {
  ActorType,
  AmountQualifier,
  Confidence,
  DatePrecision,
  FigureKind,
  Funding,
  InstrumentStatus,
  InvestmentCategory,
  JurisdictionKind,
  PeriodType,
  SourceKind,
} from "../../lib/generated/prisma/enums.ts";

export type * from "../../lib/generated/prisma/enums.ts";

/** A calendar date as "YYYY-MM-DD" (stored as UTC midnight). */
export type IsoDate = `${number}-${number}-${number}`;
/** A source key: S0–S4 (seed articles), R1–R70 and U1–U41 (public pages), X1 (exchange rates). */
export type SourceKey = string;
export const JURISDICTION_CODES = ["EU", "US", "CN", "UK", "FR", "JP", "KR", "SA", "AE", "INT", "IN", "US-CA", "US-CO", "US-NY", "US-TX"] as const;
export type JurisdictionCode = (typeof JURISDICTION_CODES)[number];
export const DIMENSION_KEYS = ["legal_form", "risk_based", "enforcement", "extraterritorial", "stance"] as const;
export type DimensionKey = (typeof DIMENSION_KEYS)[number];

/**
 * The fact sheet's own confidence text when it is not a plain H/M/L (e.g. "H/M", "H (as reported)").
 * Only InvestmentFigure has a column for it today; the seeder writes it to other models once they have one.
 */
type WithConfidence = { confidence: Confidence; confidenceNote?: string } & Checked;
/** When a curator last checked the row against its sources (unset: not recorded). */
type Checked = { lastCheckedOn?: IsoDate };

export type SourceSeed = {
  key: SourceKey;
  title: string;
  titleZh?: string;
  publisher: string;
  url?: string;
  publishedOn?: IsoDate;
  dateNote?: string;
  language: string;
  kind: SourceKind;
  isSeedArticle?: boolean;
  note?: string;
} & Checked;

export type JurisdictionSeed = WithConfidence & {
  code: JurisdictionCode;
  nameEn: string;
  nameZh: string;
  kind: JurisdictionKind;
  /** The country a sub-national jurisdiction belongs to. */
  parent?: JurisdictionCode;
  blocs: string;
  approachEn: string;
  approachZh: string;
  sources: SourceKey[];
};

export type ScaleLevel = { level: number; en: string; zh: string };

export type DimensionSeed = {
  key: DimensionKey;
  nameEn: string;
  nameZh: string;
  descriptionEn: string;
  descriptionZh: string;
  scale: ScaleLevel[];
  sortOrder: number;
};

export type AssessmentSeed = WithConfidence & {
  jurisdiction: JurisdictionCode;
  dimension: DimensionKey;
  /** null = not verified / not applicable in the fact sheet ("Not verified", "–"). */
  level: number | null;
  labelEn: string;
  labelZh: string;
  /** The fact-sheet cell, verbatim. */
  rationaleEn: string;
  rationaleZh: string;
  /** The date the coding was last checked (fact sheet E15). */
  asOf: IsoDate;
  /** When this coding took effect; unset = since coding began. A changed coding is a new row with its own date. */
  since?: IsoDate;
  sources: SourceKey[];
};

export type MilestoneSeed = Checked & {
  date: IsoDate;
  labelEn: string;
  labelZh: string;
  /** Kept as history when a later law moved it: when, by which instrument (slug), and why. */
  superseded?: { on: IsoDate; by: string; noteEn: string; noteZh: string };
  sources: SourceKey[];
};

export type InstrumentSeed = WithConfidence & {
  slug: string;
  jurisdiction: JurisdictionCode;
  /** Other parties (e.g. a bilateral statement). The Instrument model has no column for this yet. */
  alsoJurisdictions?: JurisdictionCode[];
  titleEn: string;
  titleZh?: string;
  type: string;
  typeZh?: string;
  status: InstrumentStatus;
  /** The fact sheet's status text when the enum alone loses something. */
  statusNote?: string;
  statusNoteZh?: string;
  adoptedOn?: IsoDate;
  /** DAY unless the fact sheet gives only a month or a year (the date is then the 1st of it). */
  adoptedPrecision?: DatePrecision;
  effectiveOn?: IsoDate;
  effectivePrecision?: DatePrecision;
  revokedOn?: IsoDate;
  /** Slug of the instrument that revoked this one. */
  revokedBy?: string;
  /** The fact sheet's date text when a date is partial (month/year) or several dates exist. */
  dateNote?: string;
  dateNoteZh?: string;
  summaryEn: string;
  summaryZh?: string;
  sources: SourceKey[];
  milestones?: MilestoneSeed[];
};

/** An amount in full currency units, as a decimal string ("28100000000"). */
export type DecimalString = string;

export type InvestmentSeed = WithConfidence & {
  slug: string;
  actorName: string;
  actorNameZh?: string;
  actorType: ActorType;
  jurisdiction?: JurisdictionCode;
  category: InvestmentCategory;
  /** Whose money; set on every initiative (public, private, mixed). */
  funding?: Funding;
  measure: string;
  measureZh?: string;
  amount?: DecimalString;
  amountLow?: DecimalString;
  amountHigh?: DecimalString;
  qualifier: AmountQualifier;
  valueText?: string;
  currency?: string;
  periodType: PeriodType;
  periodStart?: number;
  periodEnd?: number;
  periodLabel: string;
  periodLabelZh?: string;
  kind: FigureKind;
  kindNote?: string;
  kindNoteZh?: string;
  comparabilityNote?: string;
  comparabilityNoteZh?: string;
  note?: string;
  noteZh?: string;
  reportedOn?: IsoDate;
  /** The row's sources first, then any source its notes cite. */
  sources: SourceKey[];
};

export type EventSeed = WithConfidence & {
  slug: string;
  date: IsoDate;
  datePrecision: DatePrecision;
  dateNote?: string;
  dateNoteZh?: string;
  jurisdiction: JurisdictionCode;
  alsoJurisdictions?: JurisdictionCode[];
  titleEn: string;
  titleZh: string;
  instrument?: string;
  sources: SourceKey[];
};

export type ClaimSeed = Checked & {
  slug: string;
  /** The seed article that makes the claim. */
  source: SourceKey;
  claimEn: string;
  /** The article's own words. */
  claimZh: string;
  correctionEn: string;
  correctionZh: string;
  instrument?: string;
  investmentFigure?: string;
  /** Sources that support the correction. */
  evidence: SourceKey[];
};

export type ExpertSeed = {
  slug: string;
  person: string;
  personZh: string;
  affiliation: string;
  year?: number;
  viewEn: string;
  /** The article's own words. */
  viewZh: string;
  jurisdiction?: JurisdictionCode;
  source: SourceKey;
};

export type CuratedSeed = {
  sources: SourceSeed[];
  jurisdictions: JurisdictionSeed[];
  dimensions: DimensionSeed[];
  assessments: AssessmentSeed[];
  instruments: InstrumentSeed[];
  investments: InvestmentSeed[];
  events: EventSeed[];
  claims: ClaimSeed[];
  experts: ExpertSeed[];
};
