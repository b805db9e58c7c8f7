// The timeline's dates: which dates an item spans, where it is anchored, the period a partial date stands for,
// and the keys that statuses and types have in URLs. Pure; shared by filtering, layout, the queries and the decks.
import type { DatePrecision, PreciseDate, TimelineItem, TimelineStatus } from "../../dto/timeline";

export const STATUSES: readonly TimelineStatus[] = ["PROPOSED", "ADOPTED", "IN_FORCE", "REVOKED", "REJECTED"];
/** The pseudo-type that stands for timeline events in the `type` filter. */
export const EVENT_TYPE = "event";

/** Every date an item is drawn at (adoption, entry into effect, revocation, milestones), with its precision. */
export function itemPoints(item: TimelineItem): PreciseDate[] {
  if (item.kind === "event") return [item.date];
  const points = [item.adopted, item.effective, item.revokedOn ? { date: item.revokedOn, precision: "DAY" as const } : null];
  return [...points, ...item.milestones.map((m) => ({ date: m.date, precision: "DAY" as const }))]
    .filter((p): p is PreciseDate => p !== null)
    .sort((a, b) => a.date.localeCompare(b.date));
}

export const itemDates = (item: TimelineItem): string[] => itemPoints(item).map((p) => p.date);

/**
 * The newest date the shown information carries that is not after `today`: a scheduled date (a milestone in
 * 2027) is not the date of the data, and neither is the time the rows were loaded or last written.
 */
export function newestInfoDate(items: TimelineItem[], today: string): string | null {
  let max: string | null = null;
  for (const i of items) {
    const dates = [...itemDates(i), ...(i.kind === "instrument" ? i.milestones.flatMap((m) => (m.superseded?.on ? [m.superseded.on] : [])) : [])];
    for (const d of dates) if (d <= today && (!max || d > max)) max = d;
  }
  return max;
}
export const itemStart = (item: TimelineItem) => itemDates(item)[0] ?? "9999-12-31";
export const itemEnd = (item: TimelineItem) => itemDates(item).at(-1) ?? "0000-01-01";

/** Where an instrument's marker sits: its adoption, else its first milestone (a proposal, a vote), else entry into effect. */
export function anchorDate(item: TimelineItem): { date: string; precision: DatePrecision } | null {
  if (item.kind === "event") return item.date;
  if (item.adopted) return item.adopted;
  if (item.milestones.length) return { date: item.milestones[0].date, precision: "DAY" };
  return item.effective;
}

/** The period a partial date stands for: "2017" (stored 2017-01-01) covers the whole of 2017. */
export function periodOf(date: string, precision: DatePrecision): { start: string; end: string } {
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  if (precision === "YEAR") return { start: `${y}-01-01`, end: `${y + 1}-01-01` };
  if (precision === "MONTH") {
    const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
    return { start: date.slice(0, 8) + "01", end: next };
  }
  return { start: date, end: date };
}

export const typeKey = (type: string) =>
  type
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
export const itemTypeKey = (item: TimelineItem) => (item.kind === "event" ? EVENT_TYPE : typeKey(item.type));
