// Governance comparison: the jurisdiction selection kept in the URL (?j=EU,US,CN), the colour of a coded level
// relative to its dimension's scale, and the rows shared by the side-by-side chart, its table and its export.
import type { GovernanceAssessmentDto, GovernanceDimensionDto, GovernanceJurisdictionDto, GovernanceMatrixDto } from "../dto/governance";
import { compareSourceKeys } from "../format/source-order";

/** Blocs and the largest regimes first, then the other countries, the Gulf states, and international bodies last. */
export const JURISDICTION_ORDER = ["EU", "US", "CN", "UK", "FR", "JP", "KR", "SA", "AE", "INT"] as const;
export const DEFAULT_SELECTION = ["EU", "US", "CN"] as const;
export const MIN_SELECTED = 2;
export const MAX_SELECTED = 4;

export function byJurisdictionOrder(a: { code: string }, b: { code: string }): number {
  const rank = (code: string) => {
    const i = (JURISDICTION_ORDER as readonly string[]).indexOf(code);
    return i === -1 ? JURISDICTION_ORDER.length : i;
  };
  return rank(a.code) - rank(b.code) || a.code.localeCompare(b.code);
}

export type SelectionNotice =
  | { kind: "unknown"; codes: string[] }
  | { kind: "tooMany"; dropped: string[] }
  | { kind: "tooFew"; defaults: string[] };

export type Selection = { codes: string[]; notices: SelectionNotice[] };

/**
 * Reads `?j=` leniently: codes are trimmed, upper-cased and de-duplicated; unknown codes are dropped, more than
 * four keeps the first four, and fewer than two valid codes falls back to the default — each with a notice.
 */
export function parseSelection(raw: string | null, available: readonly string[]): Selection {
  const defaults = DEFAULT_SELECTION.filter((c) => available.includes(c));
  if (raw === null || raw.trim() === "") return { codes: defaults, notices: [] };
  const requested = [...new Set(raw.split(",").map((c) => c.trim().toUpperCase()).filter(Boolean))];
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

/** The colour of a coded level relative to its dimension's scale; null for "not verified" (drawn hatched grey). */
export function levelColor(level: number | null, maxLevel: number | null): LevelColor | null {
  const share = levelShare(level, maxLevel);
  if (share === null) return null;
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
  const selected = codes
    .map((code) => matrix.jurisdictions.find((j) => j.code === code))
    .filter((j): j is GovernanceJurisdictionDto => Boolean(j));
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
      sources: (c.assessment?.sources ?? []).map((s) => `${s.key} ${s.title}${s.url ? ` <${s.url}>` : ""}`).join("; "),
    })),
  );
}

export type ComparisonStats = {
  /** Mean share of the scale maximum over verified dimensions, per jurisdiction (null when none is verified). */
  means: { code: string; mean: number | null; verified: number }[];
  highest: { code: string; mean: number } | null;
  lowest: { code: string; mean: number } | null;
  notVerified: number;
  cells: number;
};

export function comparisonStats(rows: ComparisonRow[], codes: readonly string[]): ComparisonStats {
  const cells = rows.flatMap((r) => r.cells);
  const means = codes.map((code) => {
    const shares = cells.filter((c) => c.code === code && c.share !== null).map((c) => c.share!);
    return { code, mean: shares.length ? shares.reduce((a, b) => a + b, 0) / shares.length : null, verified: shares.length };
  });
  const ranked = means.filter((m): m is { code: string; mean: number; verified: number } => m.mean !== null);
  // Ties keep the selection order, so the sentence does not flip between renders.
  const highest = ranked.reduce<(typeof ranked)[number] | null>((best, m) => (!best || m.mean > best.mean ? m : best), null);
  const lowest = ranked.reduce<(typeof ranked)[number] | null>((low, m) => (!low || m.mean < low.mean ? m : low), null);
  return {
    means,
    highest: highest && { code: highest.code, mean: highest.mean },
    lowest: lowest && { code: lowest.code, mean: lowest.mean },
    notVerified: cells.filter((c) => c.level === null).length,
    cells: cells.length,
  };
}

/**
 * Every source cited by the compared cells, in the shared source-key order.
 */
export function comparisonSourceKeys(rows: ComparisonRow[]): string[] {
  const keys = new Set(rows.flatMap((r) => r.cells.flatMap((c) => (c.assessment?.sources ?? []).map((s) => s.key))));
  return [...keys].sort(compareSourceKeys);
}
