// A whole slide as one self-contained 16:9 SVG (title, takeaway, the drawn chart or the text/table, legend, and
// the sources/as-of footer), which the browser turns into the "Download slide as PNG" picture. Pure.
import type { SlideData } from "../dto/decks";
import { FONT_FAMILY } from "@/lib/charts/font";

export type SlideSvgInput = {
  title: string;
  takeaway?: string | null;
  subtitle?: string | null;
  /** Text slide body, a data table, a rendered chart (Recharts <svg> markup) or a message, in that order of preference. */
  body?: string | null;
  table?: SlideData["table"] | null;
  chart?: { svg: string; width: number; height: number } | null;
  message?: string | null;
  legend?: { label: string; color: string }[];
  footer: string[];
  counter?: string;
};

export const SLIDE_W = 1920;
export const SLIDE_H = 1080;
const PAD = 80;

export const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);

/** CJK characters are about twice as wide as Latin ones at the same size. */
const charWidth = (ch: string) => (/[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1);

/** Lines of at most `max` narrow characters: on spaces where there are any, else (Chinese) between characters. */
export function wrapLine(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = "";
    let width = 0;
    for (const token of paragraph.split(/(\s+)/)) {
      const pieces = [...token].reduce((n, ch) => n + charWidth(ch), 0) > max ? [...token] : [token];
      for (const piece of pieces) {
        const w = [...piece].reduce((n, ch) => n + charWidth(ch), 0);
        if (width + w > max && line.trim()) {
          lines.push(line.trimEnd());
          line = piece.trimStart();
          width = [...line].reduce((n, ch) => n + charWidth(ch), 0);
        } else {
          line += piece;
          width += w;
        }
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

function textLines(lines: string[], x: number, y: number, size: number, attrs = ""): { svg: string; bottom: number } {
  const lh = Math.round(size * 1.25);
  const svg = lines.map((l, i) => `<text x="${x}" y="${y + i * lh}" font-size="${size}" ${attrs}>${escapeXml(l)}</text>`).join("");
  return { svg, bottom: y + (lines.length - 1) * lh };
}

function tableSvg(table: SlideData["table"], top: number, bottom: number): string {
  const size = 26;
  const lh = 40;
  const maxRows = Math.max(1, Math.floor((bottom - top) / lh) - 1);
  const colWidth = (SLIDE_W - 2 * PAD) / Math.max(1, table.columns.length);
  const maxChars = Math.max(6, Math.floor(colWidth / (size * 0.55)));
  const cell = (v: string | number | null) => {
    const s = v === null ? "–" : typeof v === "number" ? v.toLocaleString("en-US", { maximumFractionDigits: 2 }) : v;
    return s.length > maxChars ? `${s.slice(0, maxChars - 1)}…` : s;
  };
  const row = (cells: (string | number | null)[], y: number, bold: boolean) =>
    cells
      .map((c, i) => `<text x="${PAD + i * colWidth}" y="${y}" font-size="${size}"${bold ? ' font-weight="700"' : ""}>${escapeXml(cell(c))}</text>`)
      .join("");
  return [
    row(table.columns, top + size, true),
    `<line x1="${PAD}" x2="${SLIDE_W - PAD}" y1="${top + size + 12}" y2="${top + size + 12}" stroke="#94a3b8" stroke-width="2"/>`,
    ...table.rows.slice(0, maxRows).map((r, i) => row(r, top + size + (i + 1) * lh, false)),
  ].join("");
}

export function slideSvg(input: SlideSvgInput): string {
  const parts: string[] = [`<rect width="100%" height="100%" fill="#ffffff"/>`];
  const title = textLines(wrapLine(input.title, 52).slice(0, 2), PAD, PAD + 56, 64, 'font-weight="700" fill="#0f172a"');
  parts.push(title.svg);
  let y = title.bottom + 24;
  if (input.takeaway) {
    const t = textLines(wrapLine(input.takeaway, 80).slice(0, 2), PAD, y + 40, 40, 'fill="#1e293b"');
    parts.push(t.svg);
    y = t.bottom + 12;
  }
  if (input.subtitle) {
    const s = textLines(wrapLine(input.subtitle, 130).slice(0, 3), PAD, y + 30, 24, 'fill="#334155"');
    parts.push(s.svg);
    y = s.bottom + 8;
  }
  // Footer lines wrap (sources are already cut to what a footer holds; the rest is on a sources slide).
  const footerLines = input.footer.filter(Boolean).flatMap((l) => wrapLine(l, 150).slice(0, 2));
  const footerTop = SLIDE_H - PAD / 2 - footerLines.length * 28;
  const top = y + 30;
  const legendH = input.legend?.length ? 44 : 0;
  const bottom = footerTop - 20 - legendH;
  if (input.body) {
    parts.push(textLines(wrapLine(input.body, 70).slice(0, Math.floor((bottom - top) / 55)), PAD, top + 44, 44, 'fill="#0f172a"').svg);
  } else if (input.table) {
    parts.push(tableSvg(input.table, top, bottom));
  } else if (input.chart) {
    const inner = input.chart.svg.replace(/^<svg[^>]*>/, "").replace(/<\/svg>\s*$/, "");
    parts.push(
      `<svg x="${PAD}" y="${top}" width="${SLIDE_W - 2 * PAD}" height="${Math.max(50, bottom - top)}" viewBox="0 0 ${input.chart.width} ${input.chart.height}" preserveAspectRatio="xMidYMid meet">${inner}</svg>`,
    );
  } else if (input.message) {
    parts.push(textLines(wrapLine(input.message, 60), PAD, (top + bottom) / 2, 44, 'fill="#334155"').svg);
  }
  if (legendH) {
    let x = PAD;
    for (const l of input.legend!) {
      parts.push(
        `<rect x="${x}" y="${bottom + 12}" width="24" height="24" fill="${escapeXml(l.color)}"/><text x="${x + 32}" y="${bottom + 32}" font-size="24">${escapeXml(l.label)}</text>`,
      );
      x += 60 + [...l.label].reduce((n, ch) => n + charWidth(ch), 0) * 13;
    }
  }
  parts.push(`<line x1="${PAD}" x2="${SLIDE_W - PAD}" y1="${footerTop - 8}" y2="${footerTop - 8}" stroke="#cbd5e1" stroke-width="2"/>`);
  parts.push(textLines(footerLines, PAD, footerTop + 22, 22, 'fill="#334155"').svg);
  if (input.counter)
    parts.push(`<text x="${SLIDE_W - PAD}" y="${SLIDE_H - 24}" font-size="22" text-anchor="end" fill="#475569">${escapeXml(input.counter)}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SLIDE_W}" height="${SLIDE_H}" viewBox="0 0 ${SLIDE_W} ${SLIDE_H}" font-family="${FONT_FAMILY}">${parts.join("")}</svg>`;
}
