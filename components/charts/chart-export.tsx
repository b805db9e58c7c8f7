"use client";
import { useTranslations } from "next-intl";
import type { ExportRow } from "@/lib/charts/export-rows";
import type { ExportStamp } from "@/lib/charts/export-svg";

// The writers (CSV, the stamped SVG and its legends) load on the first export, not with every chart page.
const writers = () => Promise.all([import("@/lib/charts/export-rows"), import("@/lib/charts/export-svg")]).then(([rows, svg]) => ({ ...rows, ...svg }));

export type { ExportRow };

function download(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function chartSvg(chartId: string): { svg: string; width: number; height: number } | null {
  // Legend icons are small svg.recharts-surface elements too: the chart is the largest one.
  const candidates = [...document.querySelectorAll<SVGSVGElement>(`[data-chart-id="${chartId}"] svg.recharts-surface`)];
  const area = (e: SVGSVGElement) => e.getBoundingClientRect().width * e.getBoundingClientRect().height;
  const el = candidates.sort((a, b) => area(b) - area(a))[0];
  if (!el) return null;
  const { width, height } = el.getBoundingClientRect();
  const clone = el.cloneNode(true) as SVGSVGElement;
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  return { svg: new XMLSerializer().serializeToString(clone), width: Math.round(width), height: Math.round(height) };
}

/**
 * The charts are drawn in the page's HTML; should a drawing not be in the page yet, the export waits for it, up to a
 * few seconds, instead of exporting nothing.
 */
async function chartSvgWhenDrawn(chartId: string): Promise<ReturnType<typeof chartSvg>> {
  for (let waited = 0; waited < 5000; waited += 100) {
    const chart = chartSvg(chartId);
    if (chart) return chart;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

/** Export buttons: a stamped PNG / SVG of the chart, and exactly the shown rows as CSV / JSON with sources. */
export function ChartExport(props: { chartId: string; filename: string; stamp: ExportStamp; rows: ExportRow[]; sourceNotes?: Record<string, string> }) {
  const t = useTranslations("charts");
  const rows = async () => (await writers()).withSourceNotes(props.rows, props.sourceNotes);
  const svgText = async () => {
    const chart = await chartSvgWhenDrawn(props.chartId);
    const { stampSvg } = await writers();
    return chart ? { ...chart, text: stampSvg(chart.svg, chart.width, chart.height, props.stamp) } : null;
  };
  const exportSvg = async () => {
    const s = await svgText();
    if (s) download(new Blob([s.text], { type: "image/svg+xml" }), `${props.filename}.svg`);
  };
  const exportPng = async () => {
    const s = await svgText();
    if (!s) return;
    const img = new Image();
    img.onload = () => {
      const scale = 2;
      const canvas = document.createElement("canvas");
      canvas.width = img.width * scale;
      canvas.height = img.height * scale;
      const ctx = canvas.getContext("2d")!;
      ctx.scale(scale, scale);
      ctx.drawImage(img, 0, 0);
      canvas.toBlob((blob) => blob && download(blob, `${props.filename}.png`), "image/png");
    };
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(s.text)}`;
  };
  const exportCsv = async () => {
    const csv = (await writers()).exportRowsToCsv(await rows());
    download(new Blob([`\uFEFF${csv}\n`], { type: "text/csv;charset=utf-8" }), `${props.filename}.csv`);
  };
  const exportJson = async () => {
    const { stampLegends, stampSources } = await writers();
    const { title, subtitle, asOf } = props.stamp;
    const legends = stampLegends(props.stamp).map((l) => ({ title: l.title, items: l.items.map((i) => i.label) }));
    const body = { title, caveat: subtitle ?? null, asOf, legends, sources: stampSources(props.stamp), rows: await rows() };
    download(new Blob([JSON.stringify(body, null, 2)], { type: "application/json" }), `${props.filename}.json`);
  };
  const button = "rounded border border-slate-300 bg-white px-2 py-1 text-xs font-medium hover:bg-slate-100";
  return (
    <div className="flex flex-wrap gap-2" role="group" aria-label={t("exportGroup")}>
      <button type="button" className={button} onClick={exportPng}>
        {t("png")}
      </button>
      <button type="button" className={button} onClick={exportSvg}>
        {t("svg")}
      </button>
      <button type="button" className={button} onClick={exportCsv}>
        {t("csv")}
      </button>
      <button type="button" className={button} onClick={exportJson}>
        {t("json")}
      </button>
    </div>
  );
}
