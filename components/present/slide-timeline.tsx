"use client";
// A slide's timeline: the web view's swimlanes and marks (same shapes and colours), every item of this part placed
// with the layout the PDF and PowerPoint exports use. Drawn in a viewBox so it scales with the slide.
import type { SlideTimeline } from "@/lib/dto/decks";
import { layoutSlideTimeline } from "@/lib/decks/slide-timeline-layout";
import { Mark, type MarkKind } from "@/components/timeline/timeline-marks";

const W = 1000;
const H = 440;

export function SlideTimelineChart({ timeline }: { timeline: SlideTimeline }) {
  const layout = layoutSlideTimeline(timeline, { width: W, height: H, labelWidth: 150, fontSize: 13 });
  return (
    <div className="h-full w-full" data-slide-chart="timeline" data-slide-items={timeline.items.length}>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="h-full w-full"
        preserveAspectRatio="xMidYMin meet"
        role="img"
        xmlns="http://www.w3.org/2000/svg"
        fontFamily="system-ui, sans-serif"
      >
        {layout.years.map((y) => (
          <g key={y.year}>
            <line x1={y.x} x2={y.x} y1={layout.axisY} y2={H} stroke="#e2e8f0" />
            {y.showLabel && (
              <text x={y.x + 3} y={layout.axisY - 6} fontSize={12} fill="#334155">
                {y.year}
              </text>
            )}
          </g>
        ))}
        {layout.lanes.map((l, i) => (
          <g key={l.code}>
            {i > 0 && <line x1={0} x2={W} y1={l.top} y2={l.top} stroke="#cbd5e1" />}
            <text x={4} y={l.top + 18} fontSize={13} fontWeight={600} fill="#0f172a">
              {l.label}
            </text>
          </g>
        ))}
        {layout.todayX !== null && (
          <line x1={layout.todayX} x2={layout.todayX} y1={layout.axisY - 4} y2={H} stroke="#0f172a" strokeDasharray="3 3" data-slide-today />
        )}
        {layout.items.map((p) => (
          <g key={p.index} data-slide-item={p.mark}>
            {p.superseded.map((s, k) => (
              <g key={k} data-slide-superseded>
                <rect x={s.x - 3} y={p.y - 6} width={6} height={12} fill="#ffffff" stroke="#64748b" strokeWidth={1.5} strokeDasharray="2 1" />
                <line x1={s.x - 5} x2={s.x + 5} y1={p.y + 5} y2={p.y - 5} stroke="#64748b" strokeWidth={1.5} />
              </g>
            ))}
            <Mark kind={p.mark as MarkKind} x={p.x} y={p.y} size={layout.markSize} />
            <text x={p.label.x} y={p.label.y} fontSize={12} textAnchor={p.label.anchor} fill="#1e293b">
              {p.label.text}
            </text>
          </g>
        ))}
      </svg>
    </div>
  );
}
