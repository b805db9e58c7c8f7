"use client";
import { useTranslations } from "next-intl";
import type { PresentSlide } from "@/lib/dto/decks";
import { SlideChart } from "./slide-chart";
import { SlideTable } from "./slide-table";
import { SlideTimelineChart } from "./slide-timeline";
import { SlideLegend } from "./slide-legend";
import { useSlideFooter } from "./use-slide-footer";

/**
 * One slide at 16:9. Type is sized in container units (cqw), so the same slide reads from the back of a room at
 * 1920×1080 and still fits the presenter's "next slide" thumbnail.
 */
export function SlideView({ slide, frozenAt, testId }: { slide: PresentSlide; frozenAt: string | null; testId?: string }) {
  const td = useTranslations("decks");
  const footer = useSlideFooter()(slide, frozenAt);
  const data = slide.data;
  return (
    <div className="@container aspect-video w-full overflow-hidden bg-white text-slate-900" data-testid={testId} data-slide-id={slide.id}>
      <div className="flex h-full flex-col px-[4cqw] pt-[3cqw] pb-[1.6cqw]">
        <h2 className="text-[3.4cqw] leading-tight font-bold" data-slide-title>
          {slide.title}
        </h2>
        {slide.takeaway && (
          <p className="mt-[0.8cqw] text-[2.1cqw] leading-snug text-slate-800" data-slide-takeaway>
            {slide.takeaway}
          </p>
        )}
        {data?.subtitle && slide.kind === "CHART" && (
          <p className="mt-[0.5cqw] text-[1.3cqw] text-slate-700" data-slide-subtitle>
            {data.subtitle}
          </p>
        )}
        {data?.caveat && slide.kind === "CHART" && (
          <p className="mt-[0.3cqw] text-[1.15cqw] font-medium text-slate-800" data-slide-caveat>
            {data.caveat}
          </p>
        )}
        <div className="mt-[1.2cqw] min-h-0 flex-1">
          {slide.kind === "TEXT" ? (
            <p className="text-[2.3cqw] leading-snug whitespace-pre-line">{slide.body}</p>
          ) : !data ? (
            <div
              className="flex h-full items-center justify-center rounded border-2 border-dashed border-slate-400 p-[2cqw] text-center text-[2.2cqw] text-slate-800"
              role="note"
              data-testid="slide-problem"
            >
              {td(`problem.${slide.problem ?? "no-data"}`)}
            </div>
          ) : slide.kind === "TABLE" || data.chartType === "table" || data.chartType === "sources" ? (
            <SlideTable table={data.table} moreLabel={(n) => `+${n}`} />
          ) : data.chartType === "timeline" && data.timeline ? (
            <SlideTimelineChart timeline={data.timeline} />
          ) : (
            <SlideChart data={data} />
          )}
        </div>
        {data?.legend && data.legend.length > 0 && slide.kind === "CHART" && <SlideLegend items={data.legend} />}
        {data && (
          <footer className="mt-[1cqw] border-t border-slate-300 pt-[0.6cqw] text-[1.05cqw] leading-snug text-slate-700">
            <p className="line-clamp-2" data-slide-sources>
              {footer[0]}
            </p>
            <p data-slide-asof>{footer[1]}</p>
          </footer>
        )}
      </div>
    </div>
  );
}
