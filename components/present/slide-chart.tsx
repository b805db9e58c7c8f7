"use client";
import { useEffect, useRef, useState } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from "recharts";
import type { SlideData } from "@/lib/dto/decks";
import { seriesColor } from "@/components/charts/palette";

/** Rows for Recharts: one per category, series under stable keys (series names may contain dots). */
function chartRows(data: SlideData) {
  return data.categories.map((category, i) => ({
    category,
    ...Object.fromEntries(data.series.map((s, j) => [`s${j}`, s.values[i] ?? null])),
  }));
}

const formatValue = (v: unknown) => (typeof v === "number" ? v.toLocaleString("en-US", { maximumFractionDigits: 2 }) : "");

/** Type size follows the slide's width, so a slide reads the same on a 1920×1080 projector and in a thumbnail. */
function useWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry.contentRect.width));
    observer.observe(el);
    setWidth(el.getBoundingClientRect().width);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

/** Draws a slide's bar, grouped-bar or radar chart from SlideData, with value labels (a room cannot hover). */
export function SlideChart({ data, slideWidth }: { data: SlideData; slideWidth?: number }) {
  const { ref, width } = useWidth<HTMLDivElement>();
  const base = Math.max(9, Math.round((slideWidth ?? width) / 68));
  const rows = chartRows(data);
  const animation = false;
  // Legend text in the body colour: series colours are for swatches, not for readable text.
  const legend =
    // A slide with its own key (SlideLegend under the chart) does not repeat it inside the chart.
    data.series.length > 1 && !data.legend?.length ? (
      <Legend wrapperStyle={{ fontSize: base }} itemSorter={null} formatter={(value: string) => <span style={{ color: "#0f172a" }}>{value}</span>} />
    ) : null;
  let chart: React.ReactElement;
  if (data.chartType === "radar") {
    chart = (
      <RadarChart data={rows} accessibilityLayer={false} outerRadius="72%" margin={{ top: base, right: base * 4, bottom: base, left: base * 4 }}>
        <PolarGrid />
        <PolarAngleAxis dataKey="category" tick={{ fontSize: base * 0.85, fill: "#0f172a" }} />
        <PolarRadiusAxis domain={[0, 100]} angle={90} tick={{ fontSize: base * 0.6 }} tickCount={5} />
        {data.series.map((s, j) => (
          <Radar
            key={s.name}
            name={s.name}
            dataKey={`s${j}`}
            stroke={seriesColor(j)}
            strokeWidth={3}
            fill={seriesColor(j)}
            fillOpacity={0.12}
            isAnimationActive={animation}
          />
        ))}
        {legend}
      </RadarChart>
    );
  } else if (data.chartType === "bar") {
    // Horizontal bars: category labels (actor names) are long and must stay readable.
    chart = (
      <BarChart data={rows} layout="vertical" accessibilityLayer={false} margin={{ top: 4, right: base * 4, bottom: 4, left: 4 }}>
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis type="number" tick={{ fontSize: base * 0.75 }} />
        <YAxis
          type="category"
          dataKey="category"
          width={Math.round((slideWidth ?? width) * 0.28)}
          tick={{ fontSize: base * 0.8, fill: "#0f172a" }}
          interval={0}
        />
        {data.series.map((s, j) => (
          <Bar key={s.name} name={s.name} dataKey={`s${j}`} fill={seriesColor(j)} isAnimationActive={animation}>
            <LabelList dataKey={`s${j}`} position="right" formatter={formatValue} style={{ fontSize: base * 0.8, fill: "#0f172a" }} />
          </Bar>
        ))}
        {legend}
      </BarChart>
    );
  } else {
    chart = (
      <BarChart data={rows} accessibilityLayer={false} margin={{ top: base * 1.4, right: base, bottom: 4, left: base }}>
        <CartesianGrid vertical={false} strokeDasharray="3 3" />
        <XAxis dataKey="category" tick={{ fontSize: base * 0.9, fill: "#0f172a" }} />
        <YAxis tick={{ fontSize: base * 0.75 }} />
        {data.series.map((s, j) => (
          <Bar key={s.name} name={s.name} dataKey={`s${j}`} fill={seriesColor(j)} isAnimationActive={animation}>
            {data.series.length * data.categories.length <= 40 && (
              <LabelList dataKey={`s${j}`} position="top" formatter={formatValue} style={{ fontSize: base * 0.65, fill: "#0f172a" }} />
            )}
          </Bar>
        ))}
        {legend}
      </BarChart>
    );
  }
  return (
    <div ref={ref} className="h-full w-full" data-slide-chart={data.chartType}>
      {width > 0 && (
        <ResponsiveContainer width="100%" height="100%">
          {chart}
        </ResponsiveContainer>
      )}
    </div>
  );
}
