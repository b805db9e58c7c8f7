// Plain shapes for the timeline (no Prisma types; dates as "YYYY-MM-DD" with the precision the source gives).
import type { DatePrecision } from "../format/dates";

export type { DatePrecision };
export type TimelineConfidence = "HIGH" | "MEDIUM" | "LOW";
export type TimelineStatus = "PROPOSED" | "ADOPTED" | "IN_FORCE" | "REVOKED" | "REJECTED";

export type TimelineSource = { key: string; title: string; url: string | null };

/** A date and how much of it is known: a year-only date is stored as 1 January and must read "2017". */
export type PreciseDate = { date: string; precision: DatePrecision };

/** Enough of another instrument to name it and link to it. */
export type TimelineInstrumentRef = {
  slug: string;
  jurisdictionCode: string;
  titleEn: string;
  titleZh: string | null;
  adoptedOn: PreciseDate | null;
};

/** A date that was later moved or replaced: still shown, marked superseded (when, by what, why). */
export type TimelineSupersession = {
  on: string | null;
  by: TimelineInstrumentRef | null;
  noteEn: string | null;
  noteZh: string | null;
};

export type TimelineMilestone = {
  date: string;
  labelEn: string;
  labelZh: string | null;
  sources: TimelineSource[];
  /** null while the milestone stands. */
  superseded: TimelineSupersession | null;
};

export type TimelineInstrument = {
  kind: "instrument";
  slug: string;
  jurisdictionCode: string;
  alsoJurisdictions: string[];
  titleEn: string;
  titleZh: string | null;
  type: string;
  typeZh: string | null;
  status: TimelineStatus;
  statusNote: string | null;
  statusNoteZh: string | null;
  adopted: PreciseDate | null;
  effective: PreciseDate | null;
  revokedOn: string | null;
  dateNote: string | null;
  dateNoteZh: string | null;
  confidence: TimelineConfidence;
  confidenceNote: string | null;
  revokedBy: TimelineInstrumentRef | null;
  milestones: TimelineMilestone[];
  sources: TimelineSource[];
};

export type TimelineEvent = {
  kind: "event";
  slug: string;
  jurisdictionCode: string;
  alsoJurisdictions: string[];
  titleEn: string;
  titleZh: string | null;
  date: PreciseDate;
  dateNote: string | null;
  dateNoteZh: string | null;
  confidence: TimelineConfidence;
  confidenceNote: string | null;
  instrument: TimelineInstrumentRef | null;
  sources: TimelineSource[];
};

export type TimelineItem = TimelineInstrument | TimelineEvent;

/** `parentCode`: the country a sub-national jurisdiction (a US state) belongs to. */
export type TimelineJurisdiction = { code: string; nameEn: string; nameZh: string; parentCode: string | null };

export type TimelineData = {
  jurisdictions: TimelineJurisdiction[];
  items: TimelineItem[];
  /** The newest date of the information shown that is not in the future (scheduled dates are not "as of"). */
  asOf: string | null;
  /** When the shown records were last checked by a curator (newest lastCheckedOn), or null when none is recorded. */
  lastChecked: string | null;
  /** The date the data was read (the "today" line's default until the browser knows its own date). */
  readOn: string;
};
