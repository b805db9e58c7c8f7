"use client";
// "Download slide as PNG": the current slide redrawn as one SVG (the chart's own Recharts drawing plus title,
// takeaway, legend and footer), painted on a canvas in the browser. No request leaves the page.
import type { PresentSlide } from "@/lib/dto/decks";
import { slideSvg, SLIDE_H, SLIDE_W } from "@/lib/decks/slide-svg";
import { seriesColor } from "@/components/charts/palette";

function chartSvg(root: Element): { svg: string; width: number; height: number } | null {
  // The chart's own surface (legend icons are small recharts-surface <svg>s too).
  const el =
    root.querySelector<SVGSVGElement>(".recharts-wrapper > svg.recharts-surface") ?? root.querySelector<SVGSVGElement>('[data-slide-chart="timeline"] svg');
  if (!el) return null;
  const { width, height } = el.getBoundingClientRect();
  const clone = el.cloneNode(true) as SVGSVGElement;
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  return { svg: new XMLSerializer().serializeToString(clone), width: Math.round(width), height: Math.round(height) };
}

export function downloadSlidePng(options: { root: Element; slide: PresentSlide; footer: string[]; message: string; counter: string; filename: string }) {
  const { slide } = options;
  const data = slide.data;
  const isTable = slide.kind === "TABLE" || data?.chartType === "table" || data?.chartType === "sources";
  const svg = slideSvg({
    title: slide.title,
    takeaway: slide.takeaway,
    subtitle: slide.kind === "CHART" ? [data?.subtitle, data?.caveat].filter(Boolean).join(" ") : null,
    body: slide.kind === "TEXT" ? (slide.body ?? "") : null,
    table: slide.kind !== "TEXT" && data && isTable ? data.table : null,
    chart: slide.kind === "CHART" && data && !isTable ? chartSvg(options.root) : null,
    message: slide.kind !== "TEXT" && !data ? options.message : null,
    legend:
      slide.kind === "CHART" && data && !isTable
        ? (data.legend ?? (data.series.length > 1 ? data.series.map((s, i) => ({ label: s.name, color: seriesColor(i) })) : []))
        : [],
    footer: data ? options.footer : [],
    counter: options.counter,
  });
  const img = new Image();
  img.onload = () => {
    const canvas = document.createElement("canvas");
    canvas.width = SLIDE_W;
    canvas.height = SLIDE_H;
    canvas.getContext("2d")!.drawImage(img, 0, 0, SLIDE_W, SLIDE_H);
    canvas.toBlob((blob) => {
      if (!blob) return;
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = options.filename;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    }, "image/png");
  };
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
