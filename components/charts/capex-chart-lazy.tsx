"use client";
import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import type { CapexChartView } from "./capex-chart";
import { CAPEX_CHART_HEIGHT } from "./chart-heights";
import { WhenVisible } from "./when-visible";

// Recharts is the largest script of the overview: it loads after the page, when the chart comes into view, into a
// box of the chart's final size (no layout shift). The summary and data table are in the server-rendered HTML.
const Capex = dynamic(() => import("./capex-chart").then((m) => m.CapexChartView), { ssr: false });

export function CapexChartLazy(props: ComponentProps<typeof CapexChartView>) {
  return (
    <WhenVisible height={CAPEX_CHART_HEIGHT}>
      <Capex {...props} />
    </WhenVisible>
  );
}
