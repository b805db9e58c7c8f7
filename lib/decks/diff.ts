// Which frozen slides no longer match the live data, cell by cell. The data table carries every plotted number
// (and its kind and sources), so comparing tables finds every change a reader could see.
import type { CellChange, ResolvedView, SlideData, SlideDifference, TableCell } from "../dto/decks";

const MAX_CHANGES = 50;

/**
 * How many leading columns identify a row: the fewest (1 or 2) that are unique in both tables, so that a
 * changed value shows as a change of that row rather than as a removed and an added row.
 */
export function keyWidth(a: TableCell[][], b: TableCell[][]): number {
  for (const width of [1, 2]) {
    const unique = (rows: TableCell[][]) => new Set(rows.map((r) => JSON.stringify(r.slice(0, width)))).size === rows.length;
    if (unique(a) && unique(b)) return width;
  }
  return 0;
}

const rowKey = (row: TableCell[], width: number, index: number) => (width ? JSON.stringify(row.slice(0, width)) : String(index));
const rowLabel = (row: TableCell[], width: number) =>
  row
    .slice(0, Math.max(width, 1))
    .map((c) => c ?? "–")
    .join(" · ");

/** Changed cells between a frozen and a live table; added and removed rows appear with an empty side. */
export function diffTables(before: SlideData["table"], after: SlideData["table"]): CellChange[] {
  if (JSON.stringify(before.columns) !== JSON.stringify(after.columns)) {
    return [{ row: "–", column: "–", before: before.columns.join(", "), after: after.columns.join(", ") }];
  }
  const width = keyWidth(before.rows, after.rows);
  const old = new Map(before.rows.map((r, i) => [rowKey(r, width, i), r]));
  const live = new Map(after.rows.map((r, i) => [rowKey(r, width, i), r]));
  const changes: CellChange[] = [];
  for (const [key, row] of old) {
    const now = live.get(key);
    if (!now) {
      changes.push({ row: rowLabel(row, width), column: before.columns.slice(width).join(", ") || "–", before: row.slice(width).join(", "), after: null });
      continue;
    }
    row.forEach((cell, i) => {
      if (i >= width && cell !== now[i]) changes.push({ row: rowLabel(row, width), column: before.columns[i], before: cell, after: now[i] ?? null });
    });
  }
  for (const [key, row] of live) {
    if (!old.has(key))
      changes.push({ row: rowLabel(row, width), column: after.columns.slice(width).join(", ") || "–", before: null, after: row.slice(width).join(", ") });
  }
  return changes.slice(0, MAX_CHANGES);
}

export type SlideDiff = Pick<SlideDifference, "changes" | "liveProblem" | "frozenEmpty">;

/** null when the frozen data still matches; otherwise the changed cells, or why the whole slide differs. */
export function diffSlide(frozen: SlideData | null, live: ResolvedView): SlideDiff | null {
  if (!frozen && !live.ok) return null;
  if (!live.ok) return { changes: [], liveProblem: live.problem, frozenEmpty: false };
  if (!frozen) return { changes: [], liveProblem: null, frozenEmpty: true };
  const changes = diffTables(frozen.table, live.data.table);
  return changes.length ? { changes, liveProblem: null, frozenEmpty: false } : null;
}
