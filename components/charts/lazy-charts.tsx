"use client";
import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import type { GroupedBarChartView } from "./grouped-bar-chart";
import type { InitiativesChartView } from "./initiatives-chart";
import { GROUPED_BAR_CHART_HEIGHT, initiativesChartHeight } from "./chart-heights";
import { WhenVisible } from "./when-visible";

// Recharts is the largest script of the investment pages: these load it after the page, when the chart comes into
// view, into a box of the chart's final height (no layout shift). Same props as the views they wrap.
const Initiatives = dynamic(() => import("./initiatives-chart").then((m) => m.InitiativesChartView), { ssr: false });
const Grouped = dynamic(() => import("./grouped-bar-chart").then((m) => m.GroupedBarChartView), { ssr: false });

export function InitiativesChartLazy(props: ComponentProps<typeof InitiativesChartView>) {
  return (
    <WhenVisible height={initiativesChartHeight(props.bars.length)}>
      <Initiatives {...props} />
    </WhenVisible>
  );
}

export function GroupedBarChartLazy(props: ComponentProps<typeof GroupedBarChartView>) {
  return (
    <WhenVisible height={GROUPED_BAR_CHART_HEIGHT}>
      <Grouped {...props} />
    </WhenVisible>
  );
}
