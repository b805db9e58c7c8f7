// Column selections that several reads share, so that a page, a DTO and the open-data API read a record alike.

/** A source's own columns (without the records citing it). */
export const sourceColumns = {
  key: true,
  title: true,
  titleZh: true,
  publisher: true,
  url: true,
  publishedOn: true,
  dateNote: true,
  language: true,
  kind: true,
  isSeedArticle: true,
  lastCheckedOn: true,
} as const;

/** An assessment's coding: level, labels, rationale, dates and confidence. */
export const assessmentColumns = {
  level: true,
  labelEn: true,
  labelZh: true,
  rationaleEn: true,
  rationaleZh: true,
  asOf: true,
  since: true,
  lastCheckedOn: true,
  confidence: true,
} as const;

/** An instrument's key, jurisdictions, title and type (as stored: English). */
export const instrumentHeadColumns = {
  slug: true,
  jurisdiction: { select: { code: true } },
  alsoJurisdictions: true,
  titleEn: true,
  titleZh: true,
  type: true,
} as const;

/** An instrument's status and its dates (adopted, effective, revoked) with their precision and notes. */
export const instrumentStatusColumns = {
  status: true,
  statusNote: true,
  statusNoteZh: true,
  adoptedOn: true,
  adoptedPrecision: true,
  effectiveOn: true,
  effectivePrecision: true,
  revokedOn: true,
  dateNote: true,
  dateNoteZh: true,
} as const;
