import type { ReactNode } from "react";

/**
 * The <svg> of a server-drawn chart: scales to its box, named for assistive technology, white behind the marks so a
 * PNG export is not transparent. Class "recharts-surface": ChartExport exports the largest svg.recharts-surface in
 * its frame (as the map and the timeline do), so these charts get the same PNG/SVG exports as every chart.
 */
export function ServerChartSvg(props: {
  width: number;
  height: number;
  title: string;
  testId: string;
  className?: string;
  defs?: string;
  children: ReactNode;
}) {
  return (
    <svg
      viewBox={`0 0 ${props.width} ${props.height}`}
      width={props.width}
      height={props.height}
      className={`recharts-surface block h-auto w-full ${props.className ?? ""}`}
      role="img"
      aria-label={props.title}
      xmlns="http://www.w3.org/2000/svg"
      fontFamily="system-ui, sans-serif"
      data-testid={props.testId}
    >
      {props.defs && <defs dangerouslySetInnerHTML={{ __html: props.defs }} />}
      <rect width={props.width} height={props.height} fill="#ffffff" />
      {props.children}
    </svg>
  );
}
