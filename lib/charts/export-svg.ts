// Builds a self-contained SVG of a rendered chart, stamped with its title, legend, source line and as-of date,
// so that an exported picture can be cited on its own.
export type ExportStamp = {
  title: string;
  sourceLine: string;
  asOf: string;
  legend: { label: string; color: string }[];
};

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);

/** Splits a long line into chunks that fit roughly `max` characters, on spaces where possible. */
export function wrapText(text: string, max: number): string[] {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = "";
  for (const w of words) {
    if ((line + " " + w).trim().length > max && line) {
      lines.push(line);
      line = w;
    } else line = (line + " " + w).trim();
  }
  if (line) lines.push(line);
  return lines;
}

export function stampSvg(chartSvg: string, width: number, height: number, stamp: ExportStamp): string {
  const pad = 16;
  const titleH = 36;
  const legendH = stamp.legend.length ? 24 : 0;
  const footerLines = [...wrapText(stamp.sourceLine, Math.max(40, Math.floor(width / 7))), stamp.asOf];
  const footerH = footerLines.length * 16 + 8;
  const total = titleH + legendH + height + footerH + pad;
  let x = pad;
  const legend = stamp.legend
    .map((l) => {
      const item = `<rect x="${x}" y="${titleH + 4}" width="12" height="12" fill="${escapeXml(l.color)}"/><text x="${x + 16}" y="${titleH + 14}" font-size="12">${escapeXml(l.label)}</text>`;
      x += 28 + l.label.length * 7;
      return item;
    })
    .join("");
  const footer = footerLines
    .map((line, i) => `<text x="${pad}" y="${titleH + legendH + height + 20 + i * 16}" font-size="11" fill="#475569">${escapeXml(line)}</text>`)
    .join("");
  const inner = chartSvg.replace(/^<svg[^>]*>/, "").replace(/<\/svg>\s*$/, "");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="system-ui, sans-serif">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<text x="${pad}" y="24" font-size="18" font-weight="700" fill="#0f172a">${escapeXml(stamp.title)}</text>` +
    legend +
    `<g transform="translate(0 ${titleH + legendH})">${inner}</g>` +
    footer +
    `</svg>`
  );
}
