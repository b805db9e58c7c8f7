// One jurisdiction's coded levels against every other coded jurisdiction (its page's strip chart), as a slide.
// Bars are shares of each dimension's own scale: this jurisdiction's level, and the highest and lowest level any
// other jurisdiction is coded at (real codings, never an average). A spectrum dimension (policy stance) is a
// position, not an amount: it is in the table only.
import { isSpectrum } from "../../charts/compare-state";
import type { SlideData, TableCell } from "../../dto/decks";
import type { LevelStripRow } from "../../../components/jurisdictions/level-strip-state";
import { sourceLines, type SourceTitles } from "./sources";

export type JurisdictionLevelsLabels = {
  title: string;
  subtitle: string;
  unit: string;
  /** The jurisdiction's name (its series and legend entry). */
  name: string;
  /** Names of the other two series. */
  highest: string;
  lowest: string;
  columns: { dimension: string; coding: string; higher: string; same: string; lower: string; others: string };
  dimensionName: (row: LevelStripRow) => string;
  /** "Binding horizontal law — 3 of 4", or "not verified". */
  coding: (row: LevelStripRow) => string;
  /** "not verified: …" after the others' levels. */
  notVerified: (codes: string[]) => string;
  sourceTitle: (source: LevelStripRow["sources"][number]) => string;
  caveat: string;
  lastChecked: string;
  colors: readonly string[];
};

const percent = (level: number | null, max: number | null) => (level === null || !max ? null : Math.round((level / max) * 100));

export function jurisdictionLevelsSlideData(strip: LevelStripRow[], asOf: string, l: JurisdictionLevelsLabels): SlideData | null {
  const rows = strip.filter((r) => r.coded || r.others.length > 0);
  if (rows.length === 0 || !rows.some((r) => r.level !== null)) return null;
  const drawn = rows.filter((r) => !isSpectrum(r.dimensionKey) && r.maxLevel);
  const extreme = (r: LevelStripRow, pick: (...n: number[]) => number) => (r.others.length ? pick(...r.others.map((o) => o.level)) : null);
  const titles: SourceTitles = new Map(rows.flatMap((r) => r.sources.map((s) => [s.key, l.sourceTitle(s)] as const)));
  const table: TableCell[][] = rows.map((r) => [
    l.dimensionName(r),
    l.coding(r),
    r.level === null ? "–" : r.higher,
    r.level === null ? "–" : r.same,
    r.level === null ? "–" : r.lower,
    [r.others.map((o) => `${o.code} ${o.level}`).join(", ") || "–", ...(r.notVerified.length ? [l.notVerified(r.notVerified)] : [])].join("; "),
  ]);
  return {
    title: l.title,
    subtitle: l.subtitle,
    unit: l.unit,
    chartType: "bar",
    categories: drawn.map((r) => l.dimensionName(r)),
    series: [
      { name: l.name, values: drawn.map((r) => percent(r.level, r.maxLevel)) },
      { name: l.highest, values: drawn.map((r) => percent(extreme(r, Math.max), r.maxLevel)) },
      { name: l.lowest, values: drawn.map((r) => percent(extreme(r, Math.min), r.maxLevel)) },
    ],
    table: { columns: [l.columns.dimension, l.columns.coding, l.columns.higher, l.columns.same, l.columns.lower, l.columns.others], rows: table },
    sources: sourceLines(titles.keys(), titles),
    asOf,
    lastChecked: l.lastChecked,
    caveat: l.caveat,
    legend: [l.name, l.highest, l.lowest].map((label, i) => ({ label, color: l.colors[i % l.colors.length] })),
  };
}
