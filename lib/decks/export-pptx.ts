import "server-only";
// PowerPoint export with native, editable charts (pptxgenjs writes the series into chart XML and an embedded
// workbook), so briefers can restyle them in their own template. One PowerPoint slide per deck slide.
import PptxGenJS from "pptxgenjs";
import type { PresentDeck, PresentSlide, SlideData } from "../dto/decks";
import { SERIES_COLORS } from "../../components/charts/palette";
import type { Translate } from "./translate";

const W = 13.333;
const MARGIN = 0.5;
const FONT = "Arial";
const MAX_TABLE_ROWS = 14;
const colors = SERIES_COLORS.map((c) => c.replace("#", ""));

function footerLines(slide: PresentSlide, deck: PresentDeck, t: Translate): string {
  const data = slide.data;
  if (!data) return "";
  const asOf = slide.frozen && deck.frozenAt ? t("present.frozenAsOf", { date: deck.frozenAt.slice(0, 10) }) : t("present.asOf", { date: data.asOf });
  return `${t("present.sources", { sources: data.sources.join("; ") || "–" })}\n${asOf}`;
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
    showLegend: series.length > 1,
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
  const box = { x: MARGIN, y, w: W - 2 * MARGIN, h: 6.55 - y };
  if (slide.kind === "TEXT") {
    s.addText(slide.body ?? "", { ...box, fontFace: FONT, fontSize: 20, valign: "top", color: "0F172A" });
  } else if (!data) {
    s.addText(t(`decks.problem.${slide.problem ?? "no-data"}`), { ...box, fontFace: FONT, fontSize: 20, align: "center", color: "334155" });
  } else if (slide.kind === "TABLE" || data.chartType === "table") {
    s.addTable(tableRows(data.table), { x: box.x, y: box.y, w: box.w, fontFace: FONT, fontSize: 11, border: { type: "solid", pt: 0.5, color: "CBD5E1" }, autoPage: false });
  } else {
    addChart(pptx, s, data, box);
  }
  const footer = footerLines(slide, deck, t);
  if (footer) s.addText(footer, { x: MARGIN, y: 6.65, w: W - 2 * MARGIN - 1, h: 0.7, fontFace: FONT, fontSize: 9, color: "475569", valign: "top" });
  s.addText(t("present.counter", { current: n, total: deck.slides.length }), { x: W - MARGIN - 1, y: 6.95, w: 1, h: 0.3, fontFace: FONT, fontSize: 9, align: "right", color: "475569" });
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
