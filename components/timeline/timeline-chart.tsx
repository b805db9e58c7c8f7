"use client";
import { useEffect, useMemo, useRef, useState } from "react";
import { Link } from "@/i18n/navigation";
import { chartWidth, estimateTextWidth, layoutTimeline, type PlacedItem } from "@/lib/charts/timeline-state";
import type { TimelineItem } from "@/lib/dto/timeline";
import type { TimelineRow } from "./timeline-rows";
import { Cross, isDashed, Mark, MARK_COLORS } from "./timeline-marks";
import { TimelineTooltip, type TooltipWords } from "./timeline-tooltip";

export type TimelineChartProps = {
  items: TimelineItem[];
  rows: Map<string, TimelineRow>;
  lanes: string[];
  keepEmptyLanes: boolean;
  laneNames: Record<string, string>;
  from: number;
  to: number;
  asOf: string | null;
  asOfLabel: string;
  label: (item: TimelineItem) => string;
  /** The link's accessible name; it must start with `visible`, the label drawn beside the mark (WCAG 2.5.3). */
  itemLabel: (row: TimelineRow, visible: string) => string;
  tooltipWords: TooltipWords;
};

const rowKey = (item: TimelineItem) => `${item.kind}-${item.slug}`;
const BOTTOM_LABEL = 22;

export function TimelineChart(props: TimelineChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const [available, setAvailable] = useState(1150);
  const [active, setActive] = useState<string | null>(null);
  const [scrolled, setScrolled] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setAvailable(el.clientWidth));
    observer.observe(el);
    setAvailable(el.clientWidth);
    return () => observer.disconnect();
  }, []);

  const { items, lanes, keepEmptyLanes, from, to, asOf, label } = props;
  const width = chartWidth(available, from, to);
  const layout = useMemo(
    () => layoutTimeline(items, { lanes, keepEmptyLanes, from, to, width, asOf, label }),
    [items, lanes, keepEmptyLanes, from, to, width, asOf, label],
  );
  const height = layout.height + BOTTOM_LABEL;

  // On a narrow screen the axis overflows: open it at the recent years (where most items are), not at 2016.
  useEffect(() => {
    const el = box.current;
    if (!el || el.scrollWidth <= el.clientWidth || layout.asOfX === null) return;
    el.scrollLeft = Math.max(0, layout.asOfX - el.clientWidth * 0.75);
  }, [layout.asOfX, from, to]);
  const activeItem = layout.items.find((p) => rowKey(p.item) === active) ?? null;
  const activeRow = activeItem ? props.rows.get(rowKey(activeItem.item)) : undefined;

  return (
    <div
      ref={box}
      className="overflow-x-auto"
      data-testid="timeline-chart"
      onKeyDown={(e) => e.key === "Escape" && setActive(null)}
      onScroll={(e) => setScrolled(e.currentTarget.scrollLeft > 8)}
    >
      <div className="relative" style={{ width }}>
        {scrolled && <StickyLaneNames lanes={layout.lanes} names={props.laneNames} />}
        {/* class "recharts-surface": ChartExport exports the largest svg.recharts-surface in the frame as PNG/SVG. */}
        <svg
          className="recharts-surface block"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          fontFamily="system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK SC', sans-serif"
          role="group"
          aria-labelledby="timeline-title"
        >
          <defs>
            <marker id="timeline-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" fill={MARK_COLORS.REVOKED} />
            </marker>
          </defs>
          <rect width={width} height={height} fill="#ffffff" />
          {layout.lanes.map((lane, k) => (
            <g key={lane.code}>
              <rect x={0} y={lane.top} width={width} height={lane.height} fill={k % 2 ? "#ffffff" : "#f8fafc"} />
              <line x1={0} x2={width} y1={lane.top} y2={lane.top} stroke="#cbd5e1" />
              <text x={8} y={lane.top + 20} fontSize={12} fontWeight={600} fill="#1e293b">
                {props.laneNames[lane.code] ?? lane.code}
              </text>
            </g>
          ))}
          {layout.years.map((y) => (
            <g key={y.year}>
              <line x1={y.x} x2={y.x} y1={layout.lanes.length ? 24 : 0} y2={layout.height} stroke="#e2e8f0" />
              {y.showLabel && (
                <text x={y.labelX} y={18} fontSize={12} textAnchor="middle" fill="#334155">
                  {y.year}
                </text>
              )}
            </g>
          ))}
          {layout.asOfX !== null && (
            <g data-testid="timeline-asof">
              <line x1={layout.asOfX} x2={layout.asOfX} y1={24} y2={layout.height} stroke="#0f172a" strokeDasharray="2 3" />
              <text x={layout.asOfX} y={height - 6} fontSize={11} textAnchor="end" fill="#0f172a">
                {props.asOfLabel}
              </text>
            </g>
          )}
          {layout.connectors.map((c) => (
            <path
              key={`${c.from}-${c.to}`}
              data-testid="timeline-revocation"
              d={`M${c.x1},${c.y1} C${c.x1 + 44},${c.y1} ${c.x2 + 44},${c.y2} ${c.x2 + 9},${c.y2}`}
              fill="none"
              stroke={MARK_COLORS.REVOKED}
              strokeWidth={1.5}
              markerEnd="url(#timeline-arrow)"
            />
          ))}
          {layout.items.map((p) => {
            const row = props.rows.get(rowKey(p.item));
            if (!row) return null;
            return (
              <Link
                key={row.key}
                href={row.href}
                prefetch={false}
                aria-label={props.itemLabel(row, p.label.text)}
                data-testid="timeline-item"
                data-key={row.key}
                onFocus={() => setActive(row.key)}
                onBlur={() => setActive((a) => (a === row.key ? null : a))}
                onMouseEnter={() => setActive(row.key)}
                onMouseLeave={() => setActive((a) => (a === row.key ? null : a))}
              >
                <ItemMarks placed={p} highlighted={active === row.key} />
              </Link>
            );
          })}
        </svg>
        {activeItem && activeRow && (
          <TimelineTooltip row={activeRow} x={activeItem.markerX ?? activeItem.line?.x0 ?? 0} y={activeItem.y} chartWidth={width} chartHeight={height} words={props.tooltipWords} />
        )}
      </div>
    </div>
  );
}

function ItemMarks({ placed: p, highlighted }: { placed: PlacedItem; highlighted: boolean }) {
  const kind = p.item.kind === "event" ? "EVENT" : p.item.status;
  const color = MARK_COLORS[kind];
  const textWidth = estimateTextWidth(p.label.text);
  const labelX0 = p.label.anchor === "start" ? p.label.x : p.label.x - textWidth;
  const x0 = Math.min(labelX0, p.line?.x0 ?? labelX0, ...p.bands.map((b) => b.x0)) - 4;
  const x1 = Math.max(labelX0 + textWidth, p.line?.x1 ?? 0, ...p.bands.map((b) => b.x1)) + 6;
  return (
    <g>
      {/* Hit area (and focus/hover highlight): thin lines alone would be hard to point at. */}
      <rect
        x={x0}
        y={p.labelY - 12}
        width={x1 - x0}
        height={p.y - p.labelY + 20}
        rx={4}
        fill={highlighted ? "#fffbeb" : "#ffffff"}
        fillOpacity={highlighted ? 1 : 0}
        stroke={highlighted ? "#b45309" : "none"}
        strokeWidth={2}
      />
      {p.bands.map((b) => (
        <rect key={b.x0} x={b.x0} y={p.y - 7} width={Math.max(2, b.x1 - b.x0)} height={14} fill={color} fillOpacity={0.18} />
      ))}
      {p.line && (
        <line x1={p.line.x0} x2={p.line.x1} y1={p.y} y2={p.y} stroke={color} strokeWidth={3} strokeDasharray={isDashed(kind) ? "5 3" : undefined} />
      )}
      {p.ticks.map((t) =>
        t.superseded ? (
          // Superseded: a hollow, struck-through tick in grey, so it never reads as a current date.
          <g key={t.index} data-testid="timeline-milestone" data-superseded="true">
            <rect x={t.x - 3} y={p.y - 6} width={6} height={12} fill="#ffffff" stroke="#64748b" strokeWidth={1.5} strokeDasharray="2 1" />
            <line x1={t.x - 5} x2={t.x + 5} y1={p.y + 5} y2={p.y - 5} stroke="#64748b" strokeWidth={1.5} />
          </g>
        ) : (
          <line key={t.index} x1={t.x} x2={t.x} y1={p.y - 6} y2={p.y + 6} stroke={color} strokeWidth={2} data-testid="timeline-milestone" />
        ),
      )}
      {p.effectiveX !== null && p.effectiveX !== p.markerX && (
        <line x1={p.effectiveX} x2={p.effectiveX} y1={p.y - 9} y2={p.y + 9} stroke={color} strokeWidth={3} />
      )}
      {p.revokedX !== null && <Cross x={p.revokedX} y={p.y} size={5} color={MARK_COLORS.REVOKED} width={3} />}
      {p.markerX !== null && <Mark kind={kind} x={p.markerX} y={p.y} />}
      <text x={p.label.x} y={p.labelY} fontSize={11} textAnchor={p.label.anchor} fill="#1e293b">
        {p.label.text}
      </text>
    </g>
  );
}

/** Once the chart is scrolled sideways, the lane names (drawn at its left edge) stay in view as an overlay. */
function StickyLaneNames({ lanes, names }: { lanes: { code: string; top: number; height: number }[]; names: Record<string, string> }) {
  return (
    <div className="pointer-events-none absolute inset-0 z-[5]" aria-hidden="true">
      {lanes.map((lane) => (
        <div key={lane.code} className="absolute left-0 w-full" style={{ top: lane.top + 6, height: lane.height - 6 }}>
          <span className="sticky left-0 rounded-r bg-white/90 px-1.5 py-0.5 text-xs font-semibold text-slate-800 shadow-sm">
            {names[lane.code] ?? lane.code}
          </span>
        </div>
      ))}
    </div>
  );
}
