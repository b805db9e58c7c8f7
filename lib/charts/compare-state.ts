// Governance comparison: the jurisdiction selection kept in the URL (?j=EU,US,CN), the colour of a coded level
// relative to its dimension's scale, and the rows shared by the side-by-side chart, its table and its export.
import type { GovernanceAssessmentDto, GovernanceDimensionDto, GovernanceJurisdictionDto, GovernanceMatrixDto } from "../dto/governance";
import { compareSourceKeys } from "../format/source-order";

/** Blocs and the largest regimes first, then the other countries, the Gulf states, and international bodies last. */
export const JURISDICTION_ORDER = ["EU", "US", "CN", "UK", "FR", "JP", "KR", "SA", "AE", "INT"] as const;
export const DEFAULT_SELECTION = ["EU", "US", "CN"] as const;
export const MIN_SELECTED = 2;
export const MAX_SELECTED = 4;

type Ordered = { code: string; parentCode?: string | null };

/** The usual order; a sub-national jurisdiction (a US state) follows its country, its siblings by code. */
export function byJurisdictionOrder(a: Ordered, b: Ordered): number {
  const rank = (code: string) => {
    const i = (JURISDICTION_ORDER as readonly string[]).indexOf(code);
    return i === -1 ? JURISDICTION_ORDER.length : i;
  };
  const home = (j: Ordered) => j.parentCode ?? j.code;
  return (
    rank(home(a)) - rank(home(b)) ||
    home(a).localeCompare(home(b)) ||
    Number(Boolean(a.parentCode)) - Number(Boolean(b.parentCode)) ||
    a.code.localeCompare(b.code)
  );
}

export type SelectionNotice = { kind: "unknown"; codes: string[] } | { kind: "tooMany"; dropped: string[] } | { kind: "tooFew"; defaults: string[] };

export type Selection = { codes: string[]; notices: SelectionNotice[] };

/**
 * Reads `?j=` leniently: codes are trimmed, upper-cased and de-duplicated; unknown codes are dropped, more than
 * four keeps the first four, and fewer than two valid codes falls back to the default — each with a notice.
 */
export function parseSelection(raw: string | null, available: readonly string[]): Selection {
  const defaults = DEFAULT_SELECTION.filter((c) => available.includes(c));
  if (raw === null || raw.trim() === "") return { codes: defaults, notices: [] };
  const requested = [
    ...new Set(
      raw
        .split(",")
        .map((c) => c.trim().toUpperCase())
        .filter(Boolean),
    ),
  ];
  const notices: SelectionNotice[] = [];
  const unknown = requested.filter((c) => !available.includes(c));
  if (unknown.length) notices.push({ kind: "unknown", codes: unknown });
  let codes = requested.filter((c) => available.includes(c));
  if (codes.length > MAX_SELECTED) {
    notices.push({ kind: "tooMany", dropped: codes.slice(MAX_SELECTED) });
    codes = codes.slice(0, MAX_SELECTED);
  }
  if (codes.length < MIN_SELECTED) {
    notices.push({ kind: "tooFew", defaults });
    codes = defaults;
  }
  return { codes, notices };
}

export function serializeSelection(codes: readonly string[]): string {
  return codes.join(",");
}

/** Adds or removes a code; a change that would leave fewer than two or more than four is refused (same list back). */
export function toggleSelection(codes: readonly string[], code: string): string[] {
  if (codes.includes(code)) {
    return codes.length > MIN_SELECTED ? codes.filter((c) => c !== code) : [...codes];
  }
  return codes.length < MAX_SELECTED ? [...codes, code] : [...codes];
}

/** Level as a share of the scale maximum (0–1); null when not verified or the scale is unknown. */
export function levelShare(level: number | null, maxLevel: number | null): number | null {
  if (level === null || maxLevel === null || maxLevel <= 0) return null;
  return Math.min(1, Math.max(0, level / maxLevel));
}

// ColorBrewer "Blues" (7 classes): sequential by lightness only, so it reads the same with any colour-vision
// deficiency and in greyscale. Text switches to white where dark text would fall below 4.5:1.
export const LEVEL_PALETTE = ["#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594"] as const;
const DARK_TEXT = "#0f172a";
const LIGHT_TEXT = "#ffffff";

export type LevelColor = { background: string; text: string };

/**
 * Dimensions whose scale is a position between two stances, not an amount: "policy stance" runs from
 * innovation-first (0) to precautionary (2), and neither end is "more" governance. They get a two-ended colour
 * scale, a marker instead of a bar, and are never drawn as a bar length on slides (see seed/data/dimensions.ts).
 */
export const SPECTRUM_DIMENSIONS: readonly string[] = ["stance"];
export const isSpectrum = (dimensionKey: string) => SPECTRUM_DIMENSIONS.includes(dimensionKey);

// ColorBrewer "PRGn" (green – neutral – purple): two ends that differ in hue, not in darkness, so that no end
// reads as "more". Dark text passes 4.5:1 on all three.
export const SPECTRUM_PALETTE = ["#7fbf7b", "#f7f7f7", "#af8dc3"] as const;

/** The colour of a coded level relative to its dimension's scale; null for "not verified" (drawn hatched grey). */
export function levelColor(level: number | null, maxLevel: number | null, spectrum = false): LevelColor | null {
  const share = levelShare(level, maxLevel);
  if (share === null) return null;
  if (spectrum) return { background: SPECTRUM_PALETTE[Math.round(share * (SPECTRUM_PALETTE.length - 1))], text: DARK_TEXT };
  const index = Math.round(share * (LEVEL_PALETTE.length - 1));
  return { background: LEVEL_PALETTE[index], text: index >= 5 ? LIGHT_TEXT : DARK_TEXT };
}

/** The Chinese field in the zh locale when present, else the English one. */
export function localized(locale: string, en: string, zh: string | null | undefined): string {
  return locale === "zh" && zh ? zh : en;
}

export type ComparisonCell = {
  code: string;
  dimensionKey: string;
  level: number | null;
  maxLevel: number | null;
  share: number | null;
  assessment: GovernanceAssessmentDto | null;
};

/** One row per dimension with a cell per selected jurisdiction, in the order given. */
export type ComparisonRow = { dimension: GovernanceDimensionDto; cells: ComparisonCell[] };

export function buildComparison(matrix: GovernanceMatrixDto, codes: readonly string[]): ComparisonRow[] {
  const selected = codes.map((code) => matrix.jurisdictions.find((j) => j.code === code)).filter((j): j is GovernanceJurisdictionDto => Boolean(j));
  return matrix.dimensions.map((dimension) => ({
    dimension,
    cells: selected.map((j) => {
      const assessment = j.assessments[dimension.key] ?? null;
      const level = assessment?.level ?? null;
      return { code: j.code, dimensionKey: dimension.key, level, maxLevel: dimension.maxLevel, share: levelShare(level, dimension.maxLevel), assessment };
    }),
  }));
}

export type ComparisonExportRow = {
  jurisdiction: string;
  dimension: string;
  level: number | null;
  scaleMax: number | null;
  label: string;
  confidence: string;
  asOf: string | null;
  /** When the current coding took effect; null = since coding began. */
  since: string | null;
  sources: string;
};

/** Exactly the compared cells, one row per jurisdiction × dimension; a not-verified level stays null, never 0. */
export function comparisonExportRows(rows: ComparisonRow[], notVerifiedLabel: string, locale: string): ComparisonExportRow[] {
  return rows.flatMap(({ dimension, cells }) =>
    cells.map((c) => ({
      jurisdiction: c.code,
      dimension: dimension.key,
      level: c.level,
      scaleMax: dimension.maxLevel,
      label: c.assessment ? localized(locale, c.assessment.labelEn, c.assessment.labelZh) : notVerifiedLabel,
      confidence: c.assessment?.confidence ?? "",
      asOf: c.assessment?.asOf ?? null,
      since: c.assessment?.since ?? null,
      sources: (c.assessment?.sources ?? []).map((s) => `${s.key} ${s.title}${s.url ? ` <${s.url}>` : ""}`).join("; "),
    })),
  );
}

/** One dimension's levels across the compared jurisdictions, for the per-dimension summary sentences. */
export type DimensionSummary = {
  dimensionKey: string;
  spectrum: boolean;
  entries: { code: string; level: number; maxLevel: number | null; labelEn: string; labelZh: string | null }[];
  notVerified: string[];
};

/**
 * Levels are described per dimension, never averaged across dimensions: the scales measure different things
 * (and "policy stance" is a position, not an amount), so a mean over them would be a meaningless league table.
 */
export function dimensionSummaries(rows: ComparisonRow[]): DimensionSummary[] {
  return rows.map(({ dimension, cells }) => ({
    dimensionKey: dimension.key,
    spectrum: isSpectrum(dimension.key),
    entries: cells
      .filter((c) => c.level !== null && c.assessment)
      .map((c) => ({ code: c.code, level: c.level!, maxLevel: c.maxLevel, labelEn: c.assessment!.labelEn, labelZh: c.assessment!.labelZh })),
    notVerified: cells.filter((c) => c.level === null).map((c) => c.code),
  }));
}

/** Codings that changed over time among the compared cells (the current one has a `since` date). */
export function changedCodings(rows: ComparisonRow[]): { code: string; dimensionKey: string; since: string }[] {
  return rows.flatMap(({ dimension, cells }) =>
    cells.flatMap((c) =>
      c.assessment?.since && c.assessment.earlier.length ? [{ code: c.code, dimensionKey: dimension.key, since: c.assessment.since }] : [],
    ),
  );
}

/**
 * Every source cited by the compared cells, in the shared source-key order.
 */
/** Every source the compared codings cite, written out for exports: "R1 Title — Publisher, 2024-07-12". */
export function comparisonSourcesWritten(rows: ComparisonRow[], undated: string, zh = false): string[] {
  const byKey = new Map(rows.flatMap((r) => r.cells.flatMap((c) => (c.assessment?.sources ?? []).map((s) => [s.key, s] as const))));
  return [...byKey.keys()].sort(compareSourceKeys).map((key) => {
    const s = byKey.get(key)!;
    return `${key} ${(zh && s.titleZh) || s.title} — ${s.publisher}, ${s.publishedOn ?? undated}`;
  });
}

export function comparisonSourceKeys(rows: ComparisonRow[]): string[] {
  const keys = new Set(rows.flatMap((r) => r.cells.flatMap((c) => (c.assessment?.sources ?? []).map((s) => s.key))));
  return [...keys].sort(compareSourceKeys);
}

/**
 * Splits the assessments of one jurisdiction × dimension into the current coding (the latest `since`; null =
 * since coding began, so it sorts first) and the earlier ones, newest first. Nothing is dropped.
 */
export function splitHistory<T extends { since: string | null; asOf: string }>(list: readonly T[]): { current: T | null; earlier: T[] } {
  const ordered = [...list].sort((a, b) => (a.since ?? "").localeCompare(b.since ?? "") || a.asOf.localeCompare(b.asOf));
  const current = ordered.at(-1) ?? null;
  return { current, earlier: ordered.slice(0, -1).reverse() };
}

/** The newest of some ISO dates (null when none). */
export function newestDate(dates: Iterable<string | null | undefined>): string | null {
  let max: string | null = null;
  for (const d of dates) if (d && (!max || d > max)) max = d;
  return max;
}
