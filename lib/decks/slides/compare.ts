// The governance comparison slide (grouped bars within each dimension, never averaged).
import { isSpectrum, type ComparisonRow } from "../../charts/compare-state";
import type { SlideData } from "../../dto/decks";
import { sourceLines, type SourceTitles } from "./sources";

export type CompareLabels = {
  title: string;
  subtitle: string;
  unit: string;
  dimension: string;
  notVerified: string;
  names: Record<string, string>;
  dimensionName: (key: string) => string;
  cellLabel: (labelEn: string, labelZh: string | null) => string;
  /** Said on the slide: bars compare within a dimension; a spectrum dimension (stance) is in the table only. */
  caveat: string;
  /** "EU since 2026" notes for codings that changed. */
  changed: (name: string, dimension: string, since: string) => string;
  lastChecked: string;
  colors: readonly string[];
};

/**
 * The web view's grouped horizontal bars: one group per dimension, one bar per jurisdiction, length = level as a
 * share of that dimension's own scale. A spectrum dimension (policy stance) is not an amount, so it is not drawn
 * as a bar; the table gives every dimension's label and level, the stance included. Never averaged.
 */
export function compareSlideData(rows: ComparisonRow[], codes: string[], asOf: string, l: CompareLabels): SlideData | null {
  const verified = rows.some((r) => r.cells.some((c) => c.share !== null));
  if (rows.length === 0 || codes.length === 0 || !verified) return null;
  const percent = (share: number | null) => (share === null ? null : Math.round(share * 100));
  const titles: SourceTitles = new Map();
  for (const r of rows) for (const c of r.cells) for (const s of c.assessment?.sources ?? []) titles.set(s.key, s.title);
  const drawn = rows.filter((r) => !isSpectrum(r.dimension.key));
  const changed = rows.flatMap((r) =>
    r.cells.flatMap((c) =>
      c.assessment?.since && c.assessment.earlier.length
        ? [l.changed(l.names[c.code] ?? c.code, l.dimensionName(r.dimension.key), c.assessment.since.slice(0, 4))]
        : [],
    ),
  );
  return {
    title: l.title,
    subtitle: l.subtitle,
    unit: l.unit,
    chartType: "bar",
    categories: drawn.map((r) => l.dimensionName(r.dimension.key)),
    series: codes.map((code) => ({
      name: l.names[code] ?? code,
      values: drawn.map((r) => percent(r.cells.find((c) => c.code === code)?.share ?? null)),
    })),
    table: {
      columns: [l.dimension, ...codes.map((c) => l.names[c] ?? c)],
      rows: rows.map((r) => [
        l.dimensionName(r.dimension.key),
        ...r.cells.map((c) =>
          c.assessment && c.level !== null ? `${l.cellLabel(c.assessment.labelEn, c.assessment.labelZh)} — ${c.level}/${c.maxLevel ?? "?"}` : l.notVerified,
        ),
      ]),
    },
    sources: sourceLines(titles.keys(), titles),
    asOf,
    lastChecked: l.lastChecked,
    caveat: [l.caveat, ...changed].join(" "),
    legend: codes.map((c, i) => ({ label: l.names[c] ?? c, color: l.colors[i % l.colors.length] })),
  };
}
