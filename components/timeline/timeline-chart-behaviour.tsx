"use client";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { TimelineTooltip, type TooltipRow } from "./timeline-tooltip";

/**
 * The chart's only client code: the server draws the SVG; this box shows the tooltip of the mark that is hovered or
 * focused (Escape hides it), opens a sideways-scrolling chart at the recent years, and tells the CSS when it has
 * been scrolled (the lane names then stay in view).
 */
export function TimelineChartBehaviour(props: {
  width: number;
  height: number;
  scrollTo: number | null;
  tips: TooltipRow[];
  milestonesLabel: string;
  children: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<string | null>(null);
  const [scrolled, setScrolled] = useState(false);
  // The SVG scales with its box (never below its own width): the tooltip follows the drawing's scale.
  const [scale, setScale] = useState(1);
  const { width, scrollTo } = props;

  // On a narrow screen the axis overflows: open it at the recent years (where most items are), not at the first year.
  useEffect(() => {
    const el = box.current;
    if (!el || el.scrollWidth <= el.clientWidth || scrollTo === null) return;
    el.scrollLeft = Math.max(0, (scrollTo * el.scrollWidth) / width - el.clientWidth * 0.75);
  }, [scrollTo, width]);

  const keyOf = (target: EventTarget | null) => (target instanceof Element ? (target.closest("a[data-key]")?.getAttribute("data-key") ?? null) : null);
  const leave = (target: EventTarget | null) => {
    const key = keyOf(target);
    setActive((a) => (a === key ? null : a));
  };
  const show = (target: EventTarget | null, el: HTMLElement) => {
    const key = keyOf(target);
    if (!key) return;
    setScale(el.scrollWidth / width);
    setActive(key);
  };
  const tip = active ? props.tips.find((r) => r.key === active) : undefined;

  return (
    <div
      ref={box}
      className="group/chart overflow-x-auto"
      data-testid="timeline-chart"
      data-scrolled={scrolled ? "true" : "false"}
      onKeyDown={(e) => e.key === "Escape" && setActive(null)}
      onScroll={(e) => setScrolled(e.currentTarget.scrollLeft > 8)}
      onFocus={(e) => show(e.target, e.currentTarget)}
      onBlur={(e) => leave(e.target)}
      onMouseOver={(e) => show(e.target, e.currentTarget)}
      onMouseOut={(e) => leave(e.target)}
    >
      <div className="relative">
        {props.children}
        {tip && (
          <TimelineTooltip row={tip} scale={scale} chartWidth={width * scale} chartHeight={props.height * scale} milestonesLabel={props.milestonesLabel} />
        )}
      </div>
    </div>
  );
}
