import "server-only";
// PDF export: one landscape 16:9 page per slide with title, takeaway, the chart drawn as vector bars with
// value labels beside its data table, and a footer with sources and as-of. Type: the PDF standard font
// Helvetica (Latin); Chinese needs a CJK font, used when the server has one (see cjkFontFile).
import { existsSync } from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import type { PresentDeck, PresentSlide } from "../dto/decks";
import { SERIES_COLORS } from "../../components/charts/palette";
import type { Translate } from "./translate";
import { drawBars, drawLegend, drawTable, drawTimeline, type Box, type Fonts } from "./pdf-drawing";
import { layoutSlideTimeline } from "./slide-timeline-layout";
import { MARK_COLORS } from "../../components/timeline/timeline-marks";

const PAGE: [number, number] = [960, 540];
const M = 40;

/**
 * CJK fonts that pdfkit can embed (it embeds only the glyphs used), with the face to use from a collection.
 * Noto Sans SC comes with the app's npm packages (@expo-google-fonts/noto-sans-sc, SIL OFL), so Chinese PDFs
 * work on any machine; system fonts are fallbacks. Without any, Chinese characters are replaced (see latinOnly).
 */
const BUNDLED_CJK = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans-sc", "400Regular", "NotoSansSC_400Regular.ttf");
const CJK_FONTS: [string, string | undefined][] = [
  [BUNDLED_CJK, undefined],
  ["/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular"],
  ["/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular"],
  ["/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular"],
  ["/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "WenQuanYiMicroHei"],
  ["/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc", "WenQuanYiMicroHei"],
];

export function cjkFontFile(): [string, string | undefined] | null {
  return CJK_FONTS.find(([file]) => existsSync(file)) ?? null;
}

// Helvetica (a PDF standard font) only has the WinAnsi characters; a few common signs are spelled out.
const WIN_ANSI_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
const SPELLED: Record<string, string> = { "≤": "<=", "≥": ">=", "−": "-", "→": "->", "←": "<-", "₩": "KRW ", "≈": "~", "\u00a0": " " };

/** Text Helvetica can show: WinAnsi kept, a few signs spelled out, anything else (e.g. Chinese) as "?". */
export function latinOnly(s: string): string {
  return [...s]
    .map((ch) => {
      const code = ch.codePointAt(0)!;
      if (code === 10 || (code >= 32 && code < 127) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.includes(ch)) return ch;
      return SPELLED[ch] ?? "?";
    })
    .join("");
}

/** Said on every page when Chinese characters had to be replaced (in English: Helvetica cannot show Chinese). */
export const CJK_NOTICE = "Chinese characters are shown as ? because the server has no CJK font; the PowerPoint export keeps all text.";

function footer(doc: PDFKit.PDFDocument, deck: PresentDeck, slide: PresentSlide, n: number, t: Translate, f: Fonts) {
  const y = PAGE[1] - 52;
  if (f.notice)
    doc
      .font("Helvetica-Oblique")
      .fontSize(7)
      .fillColor("#475569")
      .text(f.notice, M, PAGE[1] - 14, { lineBreak: false });
  doc
    .moveTo(M, y - 6)
    .lineTo(PAGE[0] - M, y - 6)
    .lineWidth(0.5)
    .strokeColor("#cbd5e1")
    .stroke();
  doc.font(f.regular).fontSize(8).fillColor("#334155");
  if (slide.data) {
    const asOf = slide.frozen && deck.frozenAt ? t("present.frozenAsOf", { date: deck.frozenAt.slice(0, 10) }) : t("present.asOf", { date: slide.data.asOf });
    const checked = slide.data.lastChecked ? ` · ${t("present.lastChecked", { date: slide.data.lastChecked })}` : "";
    // Sources are already cut to what a footer holds; the rest continue on a sources slide (paginateDeck).
    if (slide.data.sources.length)
      doc.text(f.text(t("present.sources", { sources: slide.data.sources.join("; ") })), M, y, { width: PAGE[0] - 2 * M - 60, height: 22 });
    doc.text(f.text(asOf + checked), M, y + 24, { width: PAGE[0] - 2 * M - 60, lineBreak: false });
  }
  doc.text(t("present.counter", { current: n, total: deck.slides.length }), PAGE[0] - M - 60, y + 24, { width: 60, align: "right", lineBreak: false });
}

/** The slide's heading lines, stacked full width from the top: each style and the gap after it. */
const HEADING = {
  title: { bold: true, size: 24, color: "#0f172a", height: 60, ellipsis: true, gap: 4 },
  takeaway: { bold: false, size: 14, color: "#1e293b", height: 40, ellipsis: true, gap: 4 },
  subtitle: { bold: false, size: 8.5, color: "#475569", height: 24, ellipsis: true, gap: 6 },
  caveat: { bold: false, size: 8.5, color: "#1e293b", height: 36, ellipsis: undefined, gap: 4 },
} as const;

/** Writes one heading line at `y` and returns where the next one starts. */
function heading(doc: PDFKit.PDFDocument, f: Fonts, text: string, y: number, style: (typeof HEADING)[keyof typeof HEADING]): number {
  doc
    .font(style.bold ? f.bold : f.regular)
    .fontSize(style.size)
    .fillColor(style.color)
    .text(f.text(text), M, y, { width: PAGE[0] - 2 * M, height: style.height, ellipsis: style.ellipsis });
  return doc.y + style.gap;
}

function slidePage(doc: PDFKit.PDFDocument, deck: PresentDeck, slide: PresentSlide, n: number, t: Translate, f: Fonts) {
  doc.addPage({ size: PAGE, margin: 0 });
  let y = heading(doc, f, slide.title, M - 8, HEADING.title);
  if (slide.takeaway) y = heading(doc, f, slide.takeaway, y, HEADING.takeaway);
  const data = slide.data;
  if (slide.kind === "CHART" && data?.subtitle) y = heading(doc, f, data.subtitle, y, HEADING.subtitle);
  if (slide.kind === "CHART" && data?.caveat) y = heading(doc, f, data.caveat, y, HEADING.caveat);
  if (slide.kind === "CHART" && data?.legend?.length) {
    y += drawLegend(doc, data.legend, { x: M, y, w: PAGE[0] - 2 * M, h: 30 }, f) + 2;
  }
  const area: Box = { x: M, y: y + 4, w: PAGE[0] - 2 * M, h: PAGE[1] - 64 - (y + 4) };
  if (slide.kind === "TEXT") {
    doc
      .font(f.regular)
      .fontSize(16)
      .fillColor("#0f172a")
      .text(f.text(slide.body ?? ""), area.x, area.y, { width: area.w, height: area.h, ellipsis: true });
  } else if (!data) {
    doc
      .font(f.regular)
      .fontSize(16)
      .fillColor("#334155")
      .text(f.text(t(`decks.problem.${slide.problem ?? "no-data"}`)), area.x, area.y + area.h / 3, { width: area.w, align: "center" });
  } else if (slide.kind === "TABLE" || data.chartType === "table" || data.chartType === "sources") {
    drawTable(doc, data.table, area, f, 9);
  } else if (data.chartType === "timeline" && data.timeline) {
    // The swimlane drawing on the left, the same items as rows on the right.
    const chartBox = { ...area, w: area.w * 0.6 };
    drawTimeline(doc, data.timeline, chartBox, f, MARK_COLORS, layoutSlideTimeline);
    drawTable(
      doc,
      { columns: data.table.columns.slice(0, 3), rows: data.table.rows.map((r) => r.slice(0, 3)) },
      { x: area.x + chartBox.w + 12, y: area.y, w: area.w - chartBox.w - 12, h: area.h },
      f,
      7,
    );
  } else {
    // The chart on the left, its data table (the same numbers, with kinds and sources) on the right.
    const chartBox = { ...area, w: area.w * 0.58 };
    drawBars(doc, data, chartBox, f, SERIES_COLORS);
    drawTable(doc, data.table, { x: area.x + chartBox.w + 16, y: area.y, w: area.w - chartBox.w - 16, h: area.h }, f, 7);
  }
  footer(doc, deck, slide, n, t, f);
}

const hasCjk = (deck: PresentDeck) => /[\u2e80-\u9fff\uff00-\uffef]/.test(JSON.stringify(deck));

/**
 * The PDF of a deck. Chinese text needs a CJK font from the server (cjkFontFile); without one the export route
 * renders a zh deck's labels in English and this replaces the remaining Chinese characters, saying so on each page.
 */
export async function buildPdf(deck: PresentDeck, t: Translate): Promise<Uint8Array> {
  const doc = new PDFDocument({ autoFirstPage: false, size: PAGE, info: { Title: latinOnly(deck.title), Producer: "GovAtlas" } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });
  const chinese = hasCjk(deck);
  let fonts: Fonts = { regular: "Helvetica", bold: "Helvetica-Bold", text: latinOnly, notice: chinese ? CJK_NOTICE : null };
  const cjk = chinese ? cjkFontFile() : null;
  if (cjk) {
    try {
      doc.registerFont("cjk", cjk[0], cjk[1]);
      fonts = { regular: "cjk", bold: "cjk", text: (s) => s, notice: null };
    } catch {
      /* keep Helvetica and the documented replacement */
    }
  }
  deck.slides.forEach((slide, i) => slidePage(doc, deck, slide, i + 1, t, fonts));
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
