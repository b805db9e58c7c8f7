"use client";
import dynamic from "next/dynamic";

// Recharts is the largest script of the overview: it loads after the page, into a box of the chart's final
// size (no layout shift). The summary and data table are in the server-rendered HTML from the start.
export const CapexChartLazy = dynamic(() => import("./capex-chart").then((m) => m.CapexChartView), {
  ssr: false,
  loading: () => <div className="h-[420px] w-full animate-pulse rounded bg-slate-100" />,
});
