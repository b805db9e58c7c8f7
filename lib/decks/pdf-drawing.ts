import "server-only";
// Vector drawing for the PDF export: grouped bars with value labels, and a compact data table.
import type { SlideData, TableCell } from "../dto/decks";

export type Box = { x: number; y: number; w: number; h: number };
export type Fonts = { regular: string; bold: string; text: (s: string) => string; notice: string | null };

const show = (v: TableCell) => (v === null ? "–" : typeof v === "number" ? v.toLocaleString("en-US", { maximumFractionDigits: 2 }) : v);

/** Cuts a string with "…" until it fits `width` at the current font and size. */
function fit(doc: PDFKit.PDFDocument, s: string, width: number): string {
  if (doc.widthOfString(s) <= width) return s;
  let out = s;
  while (out.length > 1 && doc.widthOfString(`${out}…`) > width) out = out.slice(0, -1);
  return `${out}…`;
}

/** A round axis maximum at or above the largest value (e.g. 131.8 → 150). */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const step = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * step >= max) return m * step;
  return 10 * step;
}

function legend(doc: PDFKit.PDFDocument, data: SlideData, box: Box, f: Fonts, colors: readonly string[]): number {
  // A slide with its own key (drawLegend above the chart) does not repeat it.
  if (data.series.length < 2 || data.legend?.length) return 0;
  let x = box.x;
  let y = box.y;
  doc.font(f.regular).fontSize(8);
  data.series.forEach((s, i) => {
    const label = f.text(s.name);
    const w = 14 + doc.widthOfString(label) + 12;
    if (x + w > box.x + box.w) {
      x = box.x;
      y += 12;
    }
    doc.rect(x, y + 1, 8, 8).fill(colors[i % colors.length]);
    doc.fillColor("#0f172a").text(label, x + 11, y, { lineBreak: false });
    x += w;
  });
  return y - box.y + 16;
}

export function drawBars(doc: PDFKit.PDFDocument, data: SlideData, box: Box, f: Fonts, colors: readonly string[]) {
  const used = legend(doc, data, box, f, colors);
  const area = { ...box, y: box.y + used, h: box.h - used };
  const values = data.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const max = data.chartType === "radar" ? 100 : niceMax(Math.max(0, ...values));
  const labelSize = data.categories.length * data.series.length > 24 ? 6 : 7.5;
  if (data.chartType === "grouped-bar") {
    const plot = { x: area.x + 30, y: area.y + 10, w: area.w - 30, h: area.h - 30 };
    doc.font(f.regular).fontSize(7).fillColor("#475569");
    for (let i = 0; i <= 4; i++) {
      const y = plot.y + plot.h - (plot.h * i) / 4;
      doc
        .moveTo(plot.x, y)
        .lineTo(plot.x + plot.w, y)
        .lineWidth(0.3)
        .strokeColor("#e2e8f0")
        .stroke();
      doc.text(show((max * i) / 4), area.x, y - 3, { width: 26, align: "right", lineBreak: false });
    }
    const groupW = plot.w / Math.max(1, data.categories.length);
    const barW = (groupW * 0.8) / Math.max(1, data.series.length);
    data.categories.forEach((c, ci) => {
      const gx = plot.x + ci * groupW + groupW * 0.1;
      data.series.forEach((s, si) => {
        const v = s.values[ci];
        if (v === null || v === undefined) return;
        const h = (Math.max(0, v) / max) * plot.h;
        const x = gx + si * barW;
        doc.rect(x, plot.y + plot.h - h, barW - 1, h).fill(colors[si % colors.length]);
        doc
          .font(f.regular)
          .fontSize(labelSize)
          .fillColor("#0f172a")
          .text(show(v), x - 6, plot.y + plot.h - h - labelSize - 2, { width: barW + 12, align: "center", lineBreak: false });
      });
      doc
        .font(f.regular)
        .fontSize(8.5)
        .fillColor("#0f172a")
        .text(fit(doc, f.text(c), groupW), plot.x + ci * groupW, plot.y + plot.h + 5, { width: groupW, align: "center", lineBreak: false });
    });
    doc
      .moveTo(plot.x, plot.y + plot.h)
      .lineTo(plot.x + plot.w, plot.y + plot.h)
      .lineWidth(0.8)
      .strokeColor("#64748b")
      .stroke();
    return;
  }
  // Horizontal bars (a single series, or shares of a scale drawn from a radar view): long labels stay readable.
  const labelW = area.w * 0.34;
  const rowH = Math.min(28, area.h / Math.max(1, data.categories.length));
  const barH = Math.max(3, (rowH * 0.75) / Math.max(1, data.series.length));
  const plotW = area.w - labelW - 40;
  data.categories.forEach((c, ci) => {
    const y = area.y + ci * rowH;
    doc
      .font(f.regular)
      .fontSize(Math.min(8.5, rowH * 0.6))
      .fillColor("#0f172a")
      .text(fit(doc, f.text(c), labelW - 6), area.x, y + rowH / 2 - 4, { width: labelW - 6, align: "right", lineBreak: false });
    data.series.forEach((s, si) => {
      const v = s.values[ci];
      const by = y + rowH * 0.12 + si * barH;
      if (v === null || v === undefined) {
        doc
          .font(f.regular)
          .fontSize(Math.min(labelSize, barH))
          .fillColor("#475569")
          .text("–", area.x + labelW + 2, by, { lineBreak: false });
        return;
      }
      const w = (Math.max(0, v) / max) * plotW;
      doc.rect(area.x + labelW, by, Math.max(1, w), barH - 1).fill(colors[si % colors.length]);
      doc
        .font(f.regular)
        .fontSize(Math.min(labelSize, barH + 1))
        .fillColor("#0f172a")
        .text(show(v), area.x + labelW + w + 3, by + (barH - Math.min(labelSize, barH + 1)) / 2, { lineBreak: false });
    });
  });
}

export function drawTable(doc: PDFKit.PDFDocument, table: SlideData["table"], box: Box, f: Fonts, size: number) {
  const lineH = size * 1.55;
  doc.font(f.regular).fontSize(size);
  // Column widths follow the longest content (capped), scaled to the box.
  const natural = table.columns.map((c, i) =>
    Math.min(box.w * 0.45, Math.max(doc.widthOfString(f.text(c)), ...table.rows.slice(0, 40).map((r) => doc.widthOfString(f.text(show(r[i] ?? null))))) + 8),
  );
  const scale = box.w / natural.reduce((a, b) => a + b, 0);
  const widths = natural.map((w) => w * Math.min(1.6, scale));
  const capacity = Math.max(1, Math.floor(box.h / lineH) - 2);
  const rows = table.rows.slice(0, capacity);
  let y = box.y;
  const row = (cells: TableCell[], bold: boolean) => {
    let x = box.x;
    doc
      .font(bold ? f.bold : f.regular)
      .fontSize(size)
      .fillColor("#0f172a");
    cells.forEach((cell, i) => {
      const w = widths[i] ?? 40;
      doc.text(fit(doc, f.text(show(cell)), w - 4), x, y, { width: w - 4, align: typeof cell === "number" ? "right" : "left", lineBreak: false });
      x += w;
    });
    y += lineH;
  };
  row(table.columns, true);
  doc
    .moveTo(box.x, y - lineH * 0.3)
    .lineTo(
      box.x +
        Math.min(
          box.w,
          widths.reduce((a, b) => a + b, 0),
        ),
      y - lineH * 0.3,
    )
    .lineWidth(0.6)
    .strokeColor("#94a3b8")
    .stroke();
  for (const r of rows) row(r, false);
  if (rows.length < table.rows.length) {
    doc
      .font(f.regular)
      .fontSize(size)
      .fillColor("#475569")
      .text(`+${table.rows.length - rows.length}`, box.x, y, { lineBreak: false });
  }
}

/** Status marks in the web view's shapes: proposed ○, adopted ●, in force ■, revoked ▼, rejected ✕, event ◆. */
function pdfMark(doc: PDFKit.PDFDocument, mark: string, x: number, y: number, s: number, color: string) {
  doc.save();
  if (mark === "PROPOSED") doc.circle(x, y, s).lineWidth(1.5).strokeColor(color).fillColor("#ffffff").fillAndStroke();
  else if (mark === "IN_FORCE") doc.rect(x - s, y - s, 2 * s, 2 * s).fill(color);
  else if (mark === "REVOKED") doc.polygon([x - s, y - s], [x + s, y - s], [x, y + s]).fill(color);
  else if (mark === "REJECTED")
    doc
      .moveTo(x - s, y - s)
      .lineTo(x + s, y + s)
      .moveTo(x + s, y - s)
      .lineTo(x - s, y + s)
      .lineWidth(1.5)
      .strokeColor(color)
      .stroke();
  else if (mark === "EVENT") doc.polygon([x, y - s - 1], [x + s + 1, y], [x, y + s + 1], [x - s - 1, y]).fill(color);
  else doc.circle(x, y, s).fill(color);
  doc.restore();
}

/** The slide's timeline (same layout as present mode and the PPTX): lanes, years, today line, every item. */
export function drawTimeline(
  doc: PDFKit.PDFDocument,
  tl: NonNullable<SlideData["timeline"]>,
  box: Box,
  f: Fonts,
  colors: Record<string, string>,
  layoutOf: typeof import("./slide-timeline-layout").layoutSlideTimeline,
) {
  const size = 7;
  const layout = layoutOf(tl, { width: box.w, height: box.h, labelWidth: box.w * 0.16, fontSize: size });
  const X = (x: number) => box.x + x;
  const Y = (y: number) => box.y + y;
  doc.font(f.regular).fontSize(size).fillColor("#334155");
  for (const y of layout.years) {
    doc.moveTo(X(y.x), Y(layout.axisY)).lineTo(X(y.x), Y(box.h)).lineWidth(0.3).strokeColor("#e2e8f0").stroke();
    if (y.showLabel) doc.fillColor("#334155").text(String(y.year), X(y.x) + 2, Y(0), { lineBreak: false });
  }
  layout.lanes.forEach((l, i) => {
    if (i > 0)
      doc
        .moveTo(box.x, Y(l.top))
        .lineTo(box.x + box.w, Y(l.top))
        .lineWidth(0.4)
        .strokeColor("#cbd5e1")
        .stroke();
    doc
      .font(f.bold)
      .fontSize(size)
      .fillColor("#0f172a")
      .text(fit(doc, f.text(l.label), layout.plotLeft - 4), box.x, Y(l.top) + 3, { lineBreak: false });
  });
  if (layout.todayX !== null) {
    doc
      .save()
      .moveTo(X(layout.todayX), Y(layout.axisY - 2))
      .lineTo(X(layout.todayX), Y(box.h))
      .lineWidth(0.8)
      .dash(2, { space: 2 })
      .strokeColor("#0f172a")
      .stroke()
      .undash()
      .restore();
  }
  for (const p of layout.items) {
    for (const s of p.superseded) {
      doc
        .save()
        .rect(X(s.x) - 2, Y(p.y) - 4, 4, 8)
        .lineWidth(0.8)
        .dash(1, { space: 1 })
        .strokeColor("#64748b")
        .stroke()
        .undash();
      doc
        .moveTo(X(s.x) - 3, Y(p.y) + 3)
        .lineTo(X(s.x) + 3, Y(p.y) - 3)
        .lineWidth(0.8)
        .strokeColor("#64748b")
        .stroke()
        .restore();
    }
    pdfMark(doc, p.mark, X(p.x), Y(p.y), layout.markSize, colors[p.mark] ?? "#0f172a");
    const text = f.text(p.label.text);
    doc.font(f.regular).fontSize(size).fillColor("#1e293b");
    const w = doc.widthOfString(text);
    doc.text(text, p.label.anchor === "start" ? X(p.label.x) : X(p.label.x) - w, Y(p.label.y) - size, { lineBreak: false });
  }
}

/** Colour swatches with their words, in one or more lines; returns the height used. */
export function drawLegend(doc: PDFKit.PDFDocument, items: { label: string; color: string }[], box: Box, f: Fonts): number {
  let x = box.x;
  let y = box.y;
  doc.font(f.regular).fontSize(7.5);
  for (const l of items) {
    const label = f.text(l.label);
    const w = 12 + doc.widthOfString(label) + 10;
    if (x + w > box.x + box.w) {
      x = box.x;
      y += 11;
    }
    doc.rect(x, y + 1, 7, 7).fill(l.color);
    doc.fillColor("#0f172a").text(label, x + 10, y, { lineBreak: false });
    x += w;
  }
  return items.length ? y - box.y + 12 : 0;
}
