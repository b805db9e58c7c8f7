"use client";
import { startTransition, useEffect, useRef, useState, type ReactNode } from "react";

/**
 * Mounts a chart's interactive drawing only when it comes near the viewport (or when anything in its figure gets
 * the pointer or focus, so that the PNG/SVG export and keyboard users never find it missing), in a transition so
 * that React yields to input while it renders. Until then a box of the chart's final height keeps the layout
 * still; the summary and data table beside it are in the server-rendered HTML from the start.
 */
export function WhenVisible({ height, children }: { height: number; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const show = () => startTransition(() => setShown(true));
    if (typeof IntersectionObserver === "undefined") return show();
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), { rootMargin: "200px 0px" });
    observer.observe(el);
    const figure = el.closest("figure") ?? el;
    figure.addEventListener("pointerenter", show);
    figure.addEventListener("focusin", show);
    return () => {
      observer.disconnect();
      figure.removeEventListener("pointerenter", show);
      figure.removeEventListener("focusin", show);
    };
  }, []);
  return (
    <div ref={box} style={{ minHeight: height }} data-chart-mounted={shown}>
      {shown ? children : null}
    </div>
  );
}
