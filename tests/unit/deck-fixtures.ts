// Synthetic briefing slides shared by the deck pagination and export tests (shapes of the slide DTO, not seed data).
import type { PresentSlide, SlideData } from "@/lib/dto/decks";

/** The key of the synthetic timeline's two marks. */
export const TIMELINE_KEY: NonNullable<SlideData["legend"]> = [
  { label: "Adopted", color: "#0072b2" },
  { label: "Event", color: "#6d28d9" },
];

/**
 * A timeline slide of n items over two lanes (EU, US) from 2010: every fifth item is an event, the rest adopted
 * instruments, and item 3 keeps one superseded date. Items are labelled "Item 0" … "Item n-1".
 */
export function timelineData(n: number, sources: string[] = ["R1 Report one"]): SlideData {
  const items = Array.from({ length: n }, (_, i) => ({
    lane: i % 2 ? "US" : "EU",
    date: `20${String(10 + (i % 16)).padStart(2, "0")}-06-01`,
    label: `Item ${i}`,
    mark: i % 5 ? "ADOPTED" : "EVENT",
    superseded: i === 3 ? ["2026-08-02"] : [],
  }));
  return {
    title: "Timeline",
    subtitle: `All ${n}`,
    unit: "",
    chartType: "timeline",
    categories: [],
    series: [],
    table: { columns: ["Date", "Jurisdiction", "Title"], rows: items.map((it) => [it.date, it.lane, it.label]) },
    sources,
    asOf: "2026-11-20",
    lastChecked: "2026-11-30",
    caveat: "Superseded dates stay visible.",
    legend: TIMELINE_KEY,
    timeline: {
      from: 2010,
      to: 2027,
      today: "2026-12-04",
      lanes: [
        { code: "EU", label: "European Union" },
        { code: "US", label: "United States" },
      ],
      items,
    },
  };
}

/** A chart slide holding `data`; id, title, takeaway and notes as the test needs them. */
export function chartSlide(data: SlideData, fields: Partial<Pick<PresentSlide, "id" | "title" | "takeaway" | "notes">> = {}): PresentSlide {
  return { id: "s1", kind: "CHART", title: "Key dates", takeaway: null, notes: null, body: null, data, problem: null, frozen: false, ...fields };
}
