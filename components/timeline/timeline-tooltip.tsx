"use client";
import type { TimelineRow } from "./timeline-rows";

export type TooltipWords = { milestones: string; confidence: string; sources: string; related: (title: string) => string; also: (codes: string) => string };

const WIDTH = 320;

/** Shown while an item is hovered or focused (Escape hides it): title, dates, status, milestones and sources. */
export function TimelineTooltip(props: { row: TimelineRow; x: number; y: number; chartWidth: number; chartHeight: number; words: TooltipWords }) {
  const { row, words } = props;
  const item = row.item;
  const below = props.y < props.chartHeight / 2;
  const left = Math.max(4, Math.min(props.x - 24, props.chartWidth - WIDTH - 4));
  return (
    <div
      role="tooltip"
      data-testid="timeline-tooltip"
      className="pointer-events-none absolute z-10 rounded border border-slate-300 bg-white p-2 text-xs text-slate-800 shadow-lg"
      style={{ left, width: WIDTH, top: below ? props.y + 14 : props.y - 18, transform: below ? undefined : "translateY(-100%)" }}
    >
      <p className="font-semibold">{row.title}</p>
      <p className="mt-1">
        {row.status}
        {row.statusNote && row.statusNote !== row.status ? ` (${row.statusNote})` : ""} · {row.type}
      </p>
      <p className="mt-1">{row.dates}</p>
      {row.revokedBy && <p className="mt-1 font-medium text-red-800">{row.revokedBy}</p>}
      {item.alsoJurisdictions.length > 0 && <p className="mt-1">{words.also(item.alsoJurisdictions.join(", "))}</p>}
      {row.related && <p className="mt-1">{words.related(row.related)}</p>}
      {row.milestones.length > 0 && (
        <>
          <p className="mt-1 font-medium">{words.milestones}</p>
          <ul className="list-disc pl-4">
            {row.milestones.map((m) => (
              <li key={m.dateTime + m.label}>
                <span className={m.superseded ? "line-through" : undefined}>
                  {m.date}: {m.label}
                </span>
                {m.superseded && <span className="block font-medium text-amber-900">{m.superseded}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {row.dateNote && <p className="mt-1 text-slate-700">{row.dateNote}</p>}
      <p className="mt-1">
        {words.confidence}: {row.confidence}
      </p>
      <p className="mt-1">
        {words.sources}: {row.sources.map((s) => `${s.key} ${s.title}`).join("; ")}
      </p>
    </div>
  );
}
