// Plain shapes for the sources page: every source with the records that cite it, and the flagged claims.
import type { FlaggedClaimDto } from "./jurisdictions";

export type SourceKind = "SEED_ARTICLE" | "OFFICIAL" | "PRESS" | "LAW_FIRM" | "RESEARCH" | "DATA" | "OTHER";

export type CitingRecordType =
  "jurisdiction" | "instrument" | "milestone" | "assessment" | "figure" | "event" | "expertView" | "claim" | "claimEvidence" | "exchangeRate";

/** A record that cites a source; `href` (without locale) points at its anchor, null when no page shows it. */
export type CitingRecord = {
  type: CitingRecordType;
  id: string;
  labelEn: string;
  labelZh: string | null;
  jurisdictionCode: string | null;
  href: string | null;
};

export type SourceDto = {
  key: string;
  title: string;
  titleZh: string | null;
  publisher: string;
  url: string | null;
  date: string | null;
  dateNote: string | null;
  language: string;
  kind: SourceKind;
  isSeedArticle: boolean;
  /** When a curator last checked this source (null: not recorded). The curator's own note stays in the admin. */
  lastChecked: string | null;
  citedBy: CitingRecord[];
};

export type SourcesPageDto = {
  /** The newest publication date among the sources (not in the future), and when they were last checked. */
  asOf: string | null;
  lastChecked: string | null;
  sources: SourceDto[];
  claims: FlaggedClaimDto[];
};
