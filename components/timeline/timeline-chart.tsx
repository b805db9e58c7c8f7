import { chartWidth, estimateTextWidth, GEOMETRY, layoutTimeline, type PlacedItem } from "@/lib/charts/timeline-state";
import type { DateLocale } from "@/lib/format/dates";
import type { TimelineItem } from "@/lib/dto/timeline";
import { getTranslations } from "next-intl/server";
import type { TimelineRow } from "./timeline-rows";
import { Cross, isDashed, Mark, MARK_COLORS } from "./timeline-marks";
import { TimelineChartBehaviour } from "./timeline-chart-behaviour";
import type { TooltipRow } from "./timeline-tooltip";
import { FONT_FAMILY } from "@/lib/charts/font";

export type TimelineChartProps = {
  items: TimelineItem[];
  rows: TimelineRow[];
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
  locale: DateLocale;
};

const rowKey = (item: TimelineItem) => `${item.kind}-${item.slug}`;
const BOTTOM_LABEL = 22;
/** The width the server lays the chart out for; wider boxes scale it up, narrower ones scroll it sideways. */
const LAYOUT_WIDTH = 1150;

/**
 * The swimlane chart, drawn on the server as one SVG. Text sizes are SVG presentation attributes (not inline
 * styles), so the site's CSS can enlarge them on large screens.
 */
export async function TimelineChart(props: TimelineChartProps) {
  const t = await getTranslations({ locale: props.locale });
  const { items, lanes, keepEmptyLanes, from, to, asOf, label } = props;
  const width = chartWidth(LAYOUT_WIDTH, from, to);
  const layout = layoutTimeline(items, { lanes, keepEmptyLanes, from, to, width, asOf, label });
  const height = layout.height + BOTTOM_LABEL;
  const rows = new Map(props.rows.map((r) => [r.key, r]));
  const laneName = (code: string) => props.laneNames[code] ?? code;

  const tips: TooltipRow[] = layout.items.flatMap((p) => {
    const r = rows.get(rowKey(p.item));
    if (!r) return [];
    return [
      {
        key: r.key,
        x: p.markerX ?? p.line?.x0 ?? 0,
        y: p.y,
        title: r.title,
        status: r.statusNote && r.statusNote !== r.status ? `${r.status} (${r.statusNote})` : r.status,
        type: r.type,
        dates: r.dates,
        revokedBy: r.revokedBy,
        also: r.item.alsoJurisdictions.length ? t("timeline.alsoParties", { codes: r.item.alsoJurisdictions.join(", ") }) : null,
        related: r.related ? t("timeline.related", { title: r.related }) : null,
        milestones: r.milestones.map((m) => ({ text: `${m.date}: ${m.label}`, superseded: m.superseded })),
        dateNote: r.dateNote,
        confidence: `${t("common.confidence")}: ${r.confidence}`,
        sources: `${t("common.sources")}: ${r.sources.map((s) => `${s.key} ${s.title}`).join("; ")}`,
      },
    ];
  });

  return (
    <TimelineChartBehaviour width={width} height={height} scrollTo={layout.asOfX} tips={tips} milestonesLabel={t("timeline.milestones")}>
      {/* Once the chart is scrolled sideways, the lane names stay in view, each in its lane's own name strip. */}
      <div className="pointer-events-none absolute inset-0 z-[5] hidden group-data-[scrolled=true]/chart:block" aria-hidden="true">
        {layout.lanes.map((lane) => (
          <div
            key={lane.code}
            className="absolute left-0 w-full"
            style={{ top: `${((lane.top + 1) / height) * 100}%`, height: `${((lane.height - 1) / height) * 100}%` }}
            data-testid="timeline-sticky-lane"
          >
            <span className="timeline-lane-name sticky left-0 inline-block rounded-r bg-white/95 px-1.5 text-xs leading-4 font-semibold text-slate-800 shadow-sm">
              {laneName(lane.code)}
            </span>
          </div>
        ))}
      </div>
      {/* class "recharts-surface": ChartExport exports the largest svg.recharts-surface in the frame as PNG/SVG. */}
      <svg
        className="recharts-surface block h-auto w-full"
        width={width}
        height={height}
        style={{ minWidth: width, ["--timeline-width" as string]: `${width}px` }}
        data-timeline-svg=""
        viewBox={`0 0 ${width} ${height}`}
        fontFamily={FONT_FAMILY}
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
          <g key={lane.code} data-testid="timeline-lane" data-lane={lane.code}>
            <rect x={0} y={lane.top} width={width} height={lane.height} fill={k % 2 ? "#ffffff" : "#f8fafc"} />
            <line x1={0} x2={width} y1={lane.top} y2={lane.top} stroke="#cbd5e1" />
            <text x={8} y={lane.top + GEOMETRY.laneNameHeight - 2} fontSize={12} fontWeight={600} fill="#1e293b">
              {laneName(lane.code)}
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
          const row = rows.get(rowKey(p.item));
          if (!row) return null;
          // A plain link (no client router per mark): 70-odd marks would otherwise each hydrate a component.
          return (
            <a
              key={row.key}
              href={`/${props.locale}${row.href}`}
              aria-label={props.itemLabel(row, p.label.text)}
              data-testid="timeline-item"
              data-key={row.key}
              className="group/item outline-none"
            >
              <ItemMarks placed={p} />
            </a>
          );
        })}
      </svg>
    </TimelineChartBehaviour>
  );
}

function ItemMarks({ placed: p }: { placed: PlacedItem }) {
  const kind = p.item.kind === "event" ? "EVENT" : p.item.status;
  const color = MARK_COLORS[kind];
  const textWidth = estimateTextWidth(p.label.text);
  const labelX0 = p.label.anchor === "start" ? p.label.x : p.label.x - textWidth;
  const x0 = Math.min(labelX0, p.line?.x0 ?? labelX0, ...p.bands.map((b) => b.x0)) - 4;
  const x1 = Math.max(labelX0 + textWidth, p.line?.x1 ?? 0, ...p.bands.map((b) => b.x1)) + 6;
  return (
    <g>
      {/* Hit area, highlighted on focus and hover by CSS: thin lines alone would be hard to point at. */}
      <rect
        x={x0}
        y={p.labelY - 12}
        width={x1 - x0}
        height={p.y - p.labelY + 20}
        rx={4}
        fill="#fffbeb"
        fillOpacity={0}
        strokeWidth={2}
        data-testid="timeline-hit"
        className="group-hover/item:stroke-amber-700 group-hover/item:[fill-opacity:1] group-focus/item:stroke-amber-700 group-focus/item:[fill-opacity:1]"
      />
      {p.bands.map((b) => (
        <rect key={b.x0} x={b.x0} y={p.y - 7} width={Math.max(2, b.x1 - b.x0)} height={14} fill={color} fillOpacity={0.18} />
      ))}
      {p.line && <line x1={p.line.x0} x2={p.line.x1} y1={p.y} y2={p.y} stroke={color} strokeWidth={3} strokeDasharray={isDashed(kind) ? "5 3" : undefined} />}
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
