// Plain shapes for the governance comparison (jurisdictions × dimensions). No Prisma types; dates "YYYY-MM-DD".
import type { AssessmentCoding, CitedSource, Confidence, JurisdictionKind, ScaleLevel } from "./jurisdictions";

export type { CitedSource, Confidence, ScaleLevel };

export type GovernanceDimensionDto = {
  key: string;
  nameEn: string;
  nameZh: string;
  descriptionEn: string;
  descriptionZh: string;
  /** Meaning of each coded level, ascending by level; empty when the stored scale is malformed. */
  scale: ScaleLevel[];
  /** Highest level of the scale (levels are shown relative to it); null when the scale is empty. */
  maxLevel: number | null;
};

export type GovernanceAssessmentDto = AssessmentCoding & {
  jurisdictionCode: string;
  dimensionKey: string;
  /** Earlier codings of the same jurisdiction and dimension, newest first (empty when it never changed). */
  earlier: GovernanceAssessmentDto[];
};

export type GovernanceJurisdictionDto = {
  code: string;
  nameEn: string;
  nameZh: string;
  kind: JurisdictionKind;
  /** The country a sub-national jurisdiction (a US state) belongs to; null otherwise. */
  parentCode: string | null;
  /** Keyed by dimension key; a dimension without a published assessment is absent. */
  assessments: Record<string, GovernanceAssessmentDto>;
};

export type GovernanceMatrixDto = {
  /** In display order (sortOrder). */
  dimensions: GovernanceDimensionDto[];
  /** In display order: EU, US, CN, UK, FR, JP, KR, SA, AE, INT, then any others by code. */
  jurisdictions: GovernanceJurisdictionDto[];
  /** Newest as-of date among the current assessments (the newest date of what the matrix shows), or null. */
  asOf: string | null;
  /** When the shown codings were last checked (newest lastCheckedOn, else as-of), or null. */
  lastChecked: string | null;
};
