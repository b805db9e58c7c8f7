// A deck as presented and exported: a chart slide that cannot hold all its items continues over further slides
// (each says which part it is and which items it shows), and a source list longer than a footer continues on
// sources slides in an appendix at the end of the deck (the talk is not interrupted by a wall of references; each
// footer says where the rest is). Nothing is cut with "…". Pure: present mode, the PDF and the PPTX all use it, so the
// three show the same slides. (The deck editor shows the unpaginated slides, one card per saved slide.)
import type { PresentDeck, PresentSlide, SlideData } from "../dto/decks";
import type { Translate } from "./translate";

/** Items one timeline slide draws and lists legibly. */
export const TIMELINE_ITEMS_PER_SLIDE = 10;
/** Rows of a chart slide drawn as a table (a jurisdiction's figures): what every output shows legibly. */
export const TABLE_ROWS_PER_SLIDE = 12;
/** Rows of a sources slide. */
export const SOURCES_PER_SLIDE = 14;
/** Characters of "KEY Title; …" a slide footer holds (two lines at footer size). */
export const FOOTER_SOURCE_CHARS = 200;

function chunk<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out.length ? out : [[]];
}

/** The timeline's items and table rows in parts of TIMELINE_ITEMS_PER_SLIDE (row i is item i). */
export function splitTimeline(data: SlideData, t: Translate): SlideData[] {
  const tl = data.timeline;
  if (data.chartType !== "timeline" || !tl || tl.items.length <= TIMELINE_ITEMS_PER_SLIDE) return [data];
  const total = tl.items.length;
  const parts = chunk(
    tl.items.map((item, i) => ({ item, row: data.table.rows[i] })),
    TIMELINE_ITEMS_PER_SLIDE,
  );
  return parts.map((part, k) => {
    const first = k * TIMELINE_ITEMS_PER_SLIDE + 1;
    const used = new Set(part.map((p) => p.item.lane));
    return {
      ...data,
      subtitle: [data.subtitle, t("decks.paginate.items", { first, last: first + part.length - 1, total })].filter(Boolean).join(" "),
      table: { columns: data.table.columns, rows: part.map((p) => p.row ?? []) },
      timeline: { ...tl, lanes: tl.lanes.filter((l) => used.has(l.code)), items: part.map((p) => p.item) },
      part: { index: k + 1, total: parts.length },
    };
  });
}

/** A chart drawn as a table (rows are the data, e.g. one per figure) in parts of TABLE_ROWS_PER_SLIDE rows. */
export function splitTable(data: SlideData, t: Translate): SlideData[] {
  if (data.chartType !== "table" || data.table.rows.length <= TABLE_ROWS_PER_SLIDE) return [data];
  const total = data.table.rows.length;
  const parts = chunk(data.table.rows, TABLE_ROWS_PER_SLIDE);
  return parts.map((rows, k) => {
    const first = k * TABLE_ROWS_PER_SLIDE + 1;
    return {
      ...data,
      subtitle: [data.subtitle, t("decks.paginate.items", { first, last: first + rows.length - 1, total })].filter(Boolean).join(" "),
      table: { columns: data.table.columns, rows },
      part: { index: k + 1, total: parts.length },
    };
  });
}

/** The sources a footer shows in full, and the rest (continued on a sources slide). */
export function splitSources(sources: string[]): { shown: string[]; rest: string[] } {
  let used = 0;
  let n = 0;
  while (n < sources.length && used + sources[n].length + 2 <= FOOTER_SOURCE_CHARS) used += sources[n++].length + 2;
  // A single very long title still shows whole on the sources slide rather than cut in the footer.
  return { shown: sources.slice(0, n), rest: sources.slice(n) };
}

function sourcesSlides(slide: PresentSlide, data: SlideData, all: string[], t: Translate): PresentSlide[] {
  const parts = chunk(all, SOURCES_PER_SLIDE);
  return parts.map((rows, k) => ({
    ...slide,
    id: `${slide.id}:sources${k + 1}`,
    kind: "TABLE",
    title:
      parts.length > 1
        ? t("decks.paginate.sourcesTitlePart", { title: slide.title, index: k + 1, total: parts.length })
        : t("decks.paginate.sourcesTitle", { title: slide.title }),
    takeaway: null,
    notes: null,
    body: null,
    data: {
      title: data.title,
      unit: "",
      chartType: "sources",
      categories: [],
      series: [],
      table: { columns: [t("decks.paginate.sourcesColumn")], rows: rows.map((s) => [s]) },
      sources: [],
      asOf: data.asOf,
      lastChecked: data.lastChecked,
    },
  }));
}

/** One saved slide as the slides it is presented as, and the sources slides it adds to the appendix. */
export function paginateSlide(slide: PresentSlide, t: Translate): { slides: PresentSlide[]; appendix: PresentSlide[] } {
  const data = slide.data;
  if (!data || slide.kind === "TEXT") return { slides: [slide], appendix: [] };
  const parts = slide.kind === "TABLE" ? [data] : data.chartType === "table" ? splitTable(data, t) : splitTimeline(data, t);
  const { shown, rest } = splitSources(data.sources);
  const footerSources = rest.length ? [...shown, t("decks.paginate.moreSources", { count: rest.length })] : data.sources;
  const slides: PresentSlide[] = parts.map((part, k) => ({
    ...slide,
    id: k === 0 ? slide.id : `${slide.id}:part${k + 1}`,
    title: part.part ? t("decks.paginate.partTitle", { title: slide.title, index: k + 1, total: parts.length }) : slide.title,
    takeaway: k === 0 ? slide.takeaway : null,
    notes: k === 0 ? slide.notes : null,
    data: { ...part, sources: footerSources },
  }));
  return { slides, appendix: rest.length ? sourcesSlides(slide, data, data.sources, t) : [] };
}

export function paginateDeck(deck: PresentDeck, t: Translate): PresentDeck {
  const parts = deck.slides.map((s) => paginateSlide(s, t));
  return { ...deck, slides: [...parts.flatMap((p) => p.slides), ...parts.flatMap((p) => p.appendix)] };
}
