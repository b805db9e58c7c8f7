// Plain shapes for briefing decks (no Prisma types; dates "YYYY-MM-DD", timestamps ISO strings).
import type { ErrorCode } from "../errors/codes";
import type { AppFailure } from "../errors/result";

export const CHART_IDS = ["capex", "initiatives", "private", "compare", "timeline", "jurisdiction-levels", "jurisdiction-figures"] as const;
export type ChartId = (typeof CHART_IDS)[number];

/** A saved chart view: the chart and the URL query of the view it came from. */
export type ChartView = { chart: ChartId; params: Record<string, string> };

export const SLIDE_KINDS = ["CHART", "TEXT", "TABLE"] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];

export type TableCell = string | number | null;

/** Where a timeline item is drawn on a slide: its lane, its anchor date and its mark. */
export type SlideTimelineItem = {
  lane: string;
  date: string;
  label: string;
  /** PROPOSED / ADOPTED / IN_FORCE / REVOKED / REJECTED, or EVENT: the mark drawn (same shapes as on the web). */
  mark: string;
  /** Superseded milestone dates of this item, drawn hollow and struck through. */
  superseded: string[];
};

/** The swimlane timeline of the web view, reduced to what a slide can draw. */
export type SlideTimeline = {
  from: number;
  to: number;
  /** The "today" line. */
  today: string;
  lanes: { code: string; label: string }[];
  items: SlideTimelineItem[];
};

/** A chart's data in a provider-neutral shape: drawn by Recharts, pptxgenjs and pdfkit alike. */
export type SlideData = {
  title: string;
  subtitle?: string;
  unit: string;
  /** "radar" is only read from decks frozen before compare slides became bars; it is no longer produced. */
  chartType: "bar" | "grouped-bar" | "radar" | "table" | "timeline" | "sources";
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
  table: { columns: string[]; rows: TableCell[][] };
  /** "KEY Title" lines, seed articles first. */
  sources: string[];
  asOf: string;
  /** When the shown records were last checked by a curator ("–" / absent: not recorded). */
  lastChecked?: string;
  /** What the chart does not say by itself; printed on every slide and export of it. */
  caveat?: string;
  /** The key to colours and marks (kinds, statuses), drawn as swatches on every output. */
  legend?: { label: string; color: string }[];
  /** For a chart split over several slides: this slide's part and the number of parts. */
  part?: { index: number; total: number };
  timeline?: SlideTimeline;
};

/** Why a saved view shows nothing: filters with no rows, a chart id this version no longer has, a malformed view. */
export type ViewProblem = "no-data" | "unknown-chart" | "invalid-view";

export type ResolvedView = { ok: true; data: SlideData } | { ok: false; problem: ViewProblem };

/** What freezing stores per slide: the data in both languages, so that a frozen deck presents in either. */
export type FrozenSlideData = { en: SlideData | null; zh: SlideData | null };

export type DeckSummaryDto = {
  id: string;
  title: string;
  audience: string | null;
  briefingOn: string | null;
  frozenAt: string | null;
  version: number;
  slideCount: number;
  createdBy: string;
  /** The owner's user id: the owner and admins may change the deck, everyone else only view and present it. */
  ownerId: string;
  updatedAt: string;
};

/** A deleted deck in its restore window: when it was deleted and the day it will be purged. */
export type DeletedDeckDto = DeckSummaryDto & { deletedAt: string; purgeOn: string };

export type SlideDto = {
  id: string;
  position: number;
  kind: SlideKind;
  title: string;
  takeaway: string | null;
  notes: string | null;
  body: string | null;
  /** null for text slides, and for a stored view that no longer parses (shown as "no longer matches"). */
  view: ChartView | null;
  /** The stored view's chart id even when it no longer parses, so the page can say which view it was. */
  viewLabel: string | null;
  frozen: FrozenSlideData | null;
};

export type DeckDto = DeckSummaryDto & { slides: SlideDto[] };

/** One slide ready to present: everything it shows is embedded (no request after the page has loaded). */
export type PresentSlide = {
  id: string;
  kind: SlideKind;
  title: string;
  takeaway: string | null;
  notes: string | null;
  body: string | null;
  data: SlideData | null;
  problem: ViewProblem | null;
  /** Shows the numbers stored when the deck was frozen (else live data). */
  frozen: boolean;
};

export type PresentDeck = {
  id: string;
  title: string;
  audience: string | null;
  briefingOn: string | null;
  /** Set when the deck shows frozen numbers: "data as of <frozenAt>". */
  frozenAt: string | null;
  slides: PresentSlide[];
};

export type CellChange = { row: string; column: string; before: TableCell; after: TableCell };

/** A slide whose frozen numbers differ from the live data, with the changed cells (old versus new). */
export type SlideDifference = {
  slideId: string;
  position: number;
  title: string;
  changes: CellChange[];
  /** The live view no longer resolves: the whole slide differs. */
  liveProblem: ViewProblem | null;
  /** The view matched no data when frozen but does now. */
  frozenEmpty: boolean;
};

/** The deck failures, spelled as everywhere (lib/errors/codes.ts). */
export type FailureCode = Extract<
  ErrorCode,
  "unauthorized" | "forbidden" | "not-owner" | "invalid" | "conflict" | "not-found" | "restore-expired" | "too-many-slides" | "internal"
>;
/** What a deck action returns on failure (lib/errors/result.ts): a code, a message in the reader's language and per-field messages. */
export type ActionFailure = AppFailure & { code: FailureCode; fieldErrors: Record<string, string> };
export type ActionResult<T extends object = object> = ({ ok: true } & T) | ActionFailure;
