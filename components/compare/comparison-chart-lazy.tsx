"use client";
import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import { comparisonChartHeight } from "@/components/charts/chart-heights";
import { WhenVisible } from "@/components/charts/when-visible";
import type { ComparisonChartView } from "./comparison-chart";

// Recharts loads after the page, when the chart comes into view, into a box of the chart's final height.
const Comparison = dynamic(() => import("./comparison-chart").then((m) => m.ComparisonChartView), { ssr: false });

export function ComparisonChartLazy(props: ComponentProps<typeof ComparisonChartView>) {
  return (
    <WhenVisible height={comparisonChartHeight(props.rows.length, props.codes.length)}>
      <Comparison {...props} />
    </WhenVisible>
  );
}
