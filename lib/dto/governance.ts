// Plain shapes for the governance comparison (jurisdictions × dimensions). No Prisma types; dates "YYYY-MM-DD".
import type { CitedSource, Confidence, JurisdictionKind, ScaleLevel } from "./jurisdictions";

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

export type GovernanceAssessmentDto = {
  jurisdictionCode: string;
  dimensionKey: string;
  /** null = not verified; shown as such, never guessed. */
  level: number | null;
  labelEn: string;
  labelZh: string | null;
  rationaleEn: string;
  rationaleZh: string | null;
  asOf: string;
  confidence: Confidence;
  confidenceNote: string | null;
  sources: CitedSource[];
};

export type GovernanceJurisdictionDto = {
  code: string;
  nameEn: string;
  nameZh: string;
  kind: JurisdictionKind;
  /** Keyed by dimension key; a dimension without a published assessment is absent. */
  assessments: Record<string, GovernanceAssessmentDto>;
};

export type GovernanceMatrixDto = {
  /** In display order (sortOrder). */
  dimensions: GovernanceDimensionDto[];
  /** In display order: EU, US, CN, UK, FR, JP, KR, SA, AE, INT, then any others by code. */
  jurisdictions: GovernanceJurisdictionDto[];
  /** Latest as-of date among the assessments, or null when there are none. */
  asOf: string | null;
};
