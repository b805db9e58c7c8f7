// The swimlane timeline slide.
import { anchorDate } from "../../charts/timeline-state";
import type { SlideData } from "../../dto/decks";
import type { TimelineItem } from "../../dto/timeline";
import { sourceLines, type SourceTitles } from "./sources";

export type TimelineLabels = {
  title: string;
  subtitle: (total: number) => string;
  columns: { date: string; jurisdiction: string; title: string; type: string; status: string };
  event: string;
  status: Record<string, string>;
  itemTitle: (item: TimelineItem) => string;
  shortTitle: (item: TimelineItem) => string;
  date: (item: TimelineItem) => string;
  /** "Superseded: 2 Aug 2026 (by …)" for an item's superseded milestones, or null. */
  superseded: (item: TimelineItem) => string | null;
  laneLabel: (code: string) => string;
  lanes: string[];
  from: number;
  to: number;
  today: string;
  lastChecked: string;
  caveat: string;
  legend: { label: string; color: string }[];
};

/**
 * The web view's swimlane timeline with every filtered item (none dropped), each also a table row. A slide that
 * cannot hold them all is continued over further slides by paginateSlide, which says so on each part.
 */
export function timelineSlideData(items: TimelineItem[], asOf: string, l: TimelineLabels): SlideData | null {
  if (items.length === 0) return null;
  const titles: SourceTitles = new Map();
  for (const i of items) for (const s of i.sources) titles.set(s.key, s.title);
  const laneOf = (i: TimelineItem) => [i.jurisdictionCode, ...i.alsoJurisdictions].find((c) => l.lanes.includes(c)) ?? i.jurisdictionCode;
  const lanes = l.lanes.filter((code) => items.some((i) => laneOf(i) === code));
  for (const i of items) if (!lanes.includes(laneOf(i))) lanes.push(laneOf(i));
  return {
    title: l.title,
    subtitle: l.subtitle(items.length),
    unit: "",
    chartType: "timeline",
    categories: [],
    series: [],
    table: {
      columns: [l.columns.date, l.columns.jurisdiction, l.columns.title, l.columns.type, l.columns.status],
      rows: items.map((i) => [
        l.date(i),
        [i.jurisdictionCode, ...i.alsoJurisdictions].join(", "),
        [l.itemTitle(i), l.superseded(i)].filter(Boolean).join(" — "),
        i.kind === "event" ? l.event : i.type,
        i.kind === "event" ? "–" : (l.status[i.status] ?? i.status),
      ]),
    },
    sources: sourceLines(titles.keys(), titles),
    asOf,
    lastChecked: l.lastChecked,
    caveat: l.caveat,
    legend: l.legend,
    timeline: {
      from: l.from,
      to: l.to,
      today: l.today,
      lanes: lanes.map((code) => ({ code, label: l.laneLabel(code) })),
      items: items.map((i) => {
        const anchor = anchorDate(i);
        return {
          lane: laneOf(i),
          date: anchor?.date ?? `${l.from}-01-01`,
          label: l.shortTitle(i),
          mark: i.kind === "event" ? "EVENT" : i.status,
          superseded: i.kind === "instrument" ? i.milestones.filter((m) => m.superseded).map((m) => m.date) : [],
        };
      }),
    },
  };
}
