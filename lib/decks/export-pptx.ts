import "server-only";
// PowerPoint export with native, editable charts (pptxgenjs writes the series into chart XML and an embedded
// workbook), so briefers can restyle them in their own template. One PowerPoint slide per deck slide.
import PptxGenJS from "pptxgenjs";
import type { PresentDeck, PresentSlide, SlideData } from "../dto/decks";
import { SERIES_COLORS } from "../../components/charts/palette";
import type { Translate } from "./translate";
import { layoutSlideTimeline } from "./slide-timeline-layout";
import { MARK_COLORS } from "../../components/timeline/timeline-marks";

const W = 13.333;
const MARGIN = 0.5;
const FONT = "Arial";
const MAX_TABLE_ROWS = 14;
const colors = SERIES_COLORS.map((c) => c.replace("#", ""));

function footerLines(slide: PresentSlide, deck: PresentDeck, t: Translate): string {
  const data = slide.data;
  if (!data) return "";
  const asOf = slide.frozen && deck.frozenAt ? t("present.frozenAsOf", { date: deck.frozenAt.slice(0, 10) }) : t("present.asOf", { date: data.asOf });
  const checked = data.lastChecked ? ` · ${t("present.lastChecked", { date: data.lastChecked })}` : "";
  // Sources are already cut to what a footer holds; the rest continue on a sources slide (paginateDeck).
  const sources = data.sources.length ? `${t("present.sources", { sources: data.sources.join("; ") })}\n` : "";
  return `${sources}${asOf}${checked}`;
}

const hex = (c: string) => c.replace("#", "").toUpperCase();

/** The key to the chart's colours: a swatch and its words per entry, in rows. Returns the height used. */
function addLegend(s: PptxGenJS.Slide, items: { label: string; color: string }[], x0: number, y0: number, w: number): number {
  let x = x0;
  let y = y0;
  for (const l of items) {
    const width = 0.35 + Math.min(3, l.label.length * 0.075);
    if (x + width > x0 + w) {
      x = x0;
      y += 0.28;
    }
    s.addShape("rect", { x, y: y + 0.06, w: 0.14, h: 0.14, fill: { color: hex(l.color) }, line: { color: hex(l.color) }, objectName: "legend-swatch" });
    s.addText(l.label, { x: x + 0.18, y, w: width - 0.18, h: 0.26, fontFace: FONT, fontSize: 10, color: "0F172A", margin: 0, objectName: "legend-label" });
    x += width;
  }
  return items.length ? y - y0 + 0.3 : 0;
}

const SHAPES: Record<string, "ellipse" | "rect" | "triangle" | "diamond"> = {
  PROPOSED: "ellipse",
  ADOPTED: "ellipse",
  IN_FORCE: "rect",
  REVOKED: "triangle",
  REJECTED: "rect",
  EVENT: "diamond",
};

/** The swimlane timeline drawn with shapes (same layout as present mode and the PDF); one named shape per item. */
function addTimeline(s: PptxGenJS.Slide, tl: NonNullable<SlideData["timeline"]>, box: { x: number; y: number; w: number; h: number }) {
  const U = 100; // the layout works in hundredths of an inch
  const layout = layoutSlideTimeline(tl, { width: box.w * U, height: box.h * U, labelWidth: box.w * U * 0.15, fontSize: 11 });
  const X = (v: number) => box.x + v / U;
  const Y = (v: number) => box.y + v / U;
  for (const y of layout.years) {
    s.addShape("line", { x: X(y.x), y: Y(layout.axisY), w: 0, h: box.h - layout.axisY / U, line: { color: "E2E8F0", width: 0.5 } });
    if (y.showLabel) s.addText(String(y.year), { x: X(y.x), y: box.y, w: 0.6, h: 0.2, fontFace: FONT, fontSize: 9, color: "334155", margin: 0 });
  }
  layout.lanes.forEach((l, i) => {
    if (i > 0) s.addShape("line", { x: box.x, y: Y(l.top), w: box.w, h: 0, line: { color: "CBD5E1", width: 0.5 } });
    s.addText(l.label, {
      x: box.x,
      y: Y(l.top) + 0.02,
      w: layout.plotLeft / U - 0.05,
      h: 0.22,
      fontFace: FONT,
      fontSize: 10,
      bold: true,
      color: "0F172A",
      margin: 0,
      objectName: "timeline-lane",
    });
  });
  if (layout.todayX !== null) {
    s.addShape("line", {
      x: X(layout.todayX),
      y: Y(layout.axisY),
      w: 0,
      h: box.h - layout.axisY / U,
      line: { color: "0F172A", width: 1, dashType: "dash" },
      objectName: "timeline-today",
    });
  }
  const m = layout.markSize / U;
  for (const p of layout.items) {
    for (const sup of p.superseded) {
      s.addShape("rect", {
        x: X(sup.x) - 0.03,
        y: Y(p.y) - 0.06,
        w: 0.06,
        h: 0.12,
        fill: { color: "FFFFFF" },
        line: { color: "64748B", width: 1, dashType: "sysDot" },
        objectName: "timeline-superseded",
      });
    }
    const color = hex(MARK_COLORS[p.mark as keyof typeof MARK_COLORS] ?? "#0f172a");
    const hollow = p.mark === "PROPOSED" || p.mark === "REJECTED";
    s.addShape(SHAPES[p.mark] ?? "ellipse", {
      x: X(p.x) - m,
      y: Y(p.y) - m,
      w: 2 * m,
      h: 2 * m,
      fill: { color: hollow ? "FFFFFF" : color },
      line: { color, width: 1.5 },
      flipV: p.mark === "REVOKED",
      objectName: `timeline-item-${p.mark}`,
    });
    const w = Math.min(4, p.label.text.length * 0.085 + 0.2);
    s.addText(p.label.text, {
      x: p.label.anchor === "start" ? X(p.label.x) : X(p.label.x) - w,
      y: Y(p.label.y) - 0.18,
      w,
      h: 0.2,
      fontFace: FONT,
      fontSize: 10,
      color: "1E293B",
      margin: 0,
      align: p.label.anchor === "start" ? "left" : "right",
    });
  }
}

function tableRows(table: SlideData["table"]): PptxGenJS.TableRow[] {
  const cell = (v: string | number | null): PptxGenJS.TableCell => ({
    text: v === null ? "–" : typeof v === "number" ? String(v) : v,
    options: { align: typeof v === "number" ? "right" : "left" },
  });
  return [
    table.columns.map((c) => ({ text: c, options: { bold: true, fill: { color: "E2E8F0" } } })),
    ...table.rows.slice(0, MAX_TABLE_ROWS).map((r) => r.map(cell)),
  ];
}

function addChart(pptx: PptxGenJS, s: PptxGenJS.Slide, data: SlideData, box: PptxGenJS.PositionProps) {
  const series = data.series.map((x) => ({ name: x.name, labels: data.categories, values: x.values as number[] }));
  const common = {
    ...box,
    fontFace: FONT,
    chartColors: colors.slice(0, Math.max(1, series.length)),
    // A slide with its own key (addLegend) does not repeat it inside the chart.
    showLegend: series.length > 1 && !data.legend?.length,
    legendPos: "b" as const,
    legendFontSize: 12,
    catAxisLabelFontSize: 12,
    valAxisLabelFontSize: 11,
    showValAxisTitle: Boolean(data.unit),
    valAxisTitle: data.unit,
    valAxisTitleFontSize: 11,
  };
  if (data.chartType === "radar") {
    s.addChart(pptx.ChartType.radar, series, { ...common, radarStyle: "marker", valAxisMaxVal: 100, valAxisMinVal: 0 });
    return;
  }
  s.addChart(pptx.ChartType.bar, series, {
    ...common,
    barDir: data.chartType === "bar" ? "bar" : "col",
    barGrouping: "clustered",
    // Largest first from the top, as on screen (pptxgenjs writes the value; its types only list "minMax").
    catAxisOrientation: (data.chartType === "bar" ? "maxMin" : "minMax") as "minMax",
    showValue: true,
    dataLabelFontSize: 10,
    dataLabelFormatCode: "#,##0.##",
  });
}

function addSlide(pptx: PptxGenJS, deck: PresentDeck, slide: PresentSlide, n: number, t: Translate) {
  const s = pptx.addSlide();
  s.addText(slide.title, { x: MARGIN, y: 0.3, w: W - 2 * MARGIN, h: 0.8, fontFace: FONT, fontSize: 28, bold: true, color: "0F172A", fit: "shrink" });
  let y = 1.15;
  if (slide.takeaway) {
    s.addText(slide.takeaway, { x: MARGIN, y, w: W - 2 * MARGIN, h: 0.55, fontFace: FONT, fontSize: 18, color: "1E293B" });
    y += 0.6;
  }
  const data = slide.data;
  if (slide.kind === "CHART" && data?.subtitle) {
    s.addText(data.subtitle, { x: MARGIN, y, w: W - 2 * MARGIN, h: 0.4, fontFace: FONT, fontSize: 11, color: "475569" });
    y += 0.45;
  }
  if (slide.kind === "CHART" && data?.caveat) {
    s.addText(data.caveat, { x: MARGIN, y, w: W - 2 * MARGIN, h: 0.45, fontFace: FONT, fontSize: 11, color: "1E293B", objectName: "slide-caveat" });
    y += 0.5;
  }
  if (slide.kind === "CHART" && data?.legend?.length) y += addLegend(s, data.legend, MARGIN, y, W - 2 * MARGIN);
  const box = { x: MARGIN, y, w: W - 2 * MARGIN, h: 6.55 - y };
  if (slide.kind === "TEXT") {
    s.addText(slide.body ?? "", { ...box, fontFace: FONT, fontSize: 20, valign: "top", color: "0F172A" });
  } else if (!data) {
    s.addText(t(`decks.problem.${slide.problem ?? "no-data"}`), { ...box, fontFace: FONT, fontSize: 20, align: "center", color: "334155" });
  } else if (slide.kind === "TABLE" || data.chartType === "table" || data.chartType === "sources") {
    s.addTable(tableRows(data.table), {
      x: box.x,
      y: box.y,
      w: box.w,
      fontFace: FONT,
      fontSize: 11,
      border: { type: "solid", pt: 0.5, color: "CBD5E1" },
      autoPage: false,
    });
  } else if (data.chartType === "timeline" && data.timeline) {
    addTimeline(s, data.timeline, box);
  } else {
    addChart(pptx, s, data, box);
  }
  const footer = footerLines(slide, deck, t);
  if (footer) s.addText(footer, { x: MARGIN, y: 6.65, w: W - 2 * MARGIN - 1, h: 0.7, fontFace: FONT, fontSize: 9, color: "475569", valign: "top" });
  s.addText(t("present.counter", { current: n, total: deck.slides.length }), {
    x: W - MARGIN - 1,
    y: 6.95,
    w: 1,
    h: 0.3,
    fontFace: FONT,
    fontSize: 9,
    align: "right",
    color: "475569",
  });
  if (slide.notes) s.addNotes(slide.notes);
}

export async function buildPptx(deck: PresentDeck, t: Translate): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_WIDE";
  pptx.title = deck.title;
  pptx.company = "GovAtlas";
  deck.slides.forEach((slide, i) => addSlide(pptx, deck, slide, i + 1, t));
  const out = await pptx.write({ outputType: "nodebuffer", compression: true });
  return out as Uint8Array;
}
