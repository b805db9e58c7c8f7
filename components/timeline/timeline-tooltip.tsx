"use client";

/** What the tooltip of one mark says, built on the server from the same row as the table (every string in the page's language). */
export type TooltipRow = {
  key: string;
  /** Where the mark sits in the drawing's own units. */
  x: number;
  y: number;
  title: string;
  status: string;
  type: string;
  dates: string;
  revokedBy: string | null;
  also: string | null;
  related: string | null;
  milestones: { text: string; superseded: string | null }[];
  dateNote: string | null;
  confidence: string;
  sources: string;
};

const WIDTH = 320;

/** Shown while an item is hovered or focused (Escape hides it): the full title, dates, status, milestones and sources. */
export function TimelineTooltip(props: { row: TooltipRow; scale: number; chartWidth: number; chartHeight: number; milestonesLabel: string }) {
  const { row } = props;
  const [x, y] = [row.x * props.scale, row.y * props.scale];
  const below = y < props.chartHeight / 2;
  const left = Math.max(4, Math.min(x - 24, props.chartWidth - WIDTH - 4));
  return (
    <div
      role="tooltip"
      data-testid="timeline-tooltip"
      className="pointer-events-none absolute z-10 rounded border border-slate-300 bg-white p-2 text-xs text-slate-800 shadow-lg"
      style={{ left, width: WIDTH, top: below ? y + 14 : y - 18, transform: below ? undefined : "translateY(-100%)" }}
    >
      <p className="font-semibold">{row.title}</p>
      <p className="mt-1">
        {row.status} · {row.type}
      </p>
      <p className="mt-1">{row.dates}</p>
      {row.revokedBy && <p className="mt-1 font-medium text-red-800">{row.revokedBy}</p>}
      {row.also && <p className="mt-1">{row.also}</p>}
      {row.related && <p className="mt-1">{row.related}</p>}
      {row.milestones.length > 0 && (
        <>
          <p className="mt-1 font-medium">{props.milestonesLabel}</p>
          <ul className="list-disc pl-4">
            {row.milestones.map((m) => (
              <li key={m.text}>
                <span className={m.superseded ? "line-through" : undefined}>{m.text}</span>
                {m.superseded && <span className="block font-medium text-amber-900">{m.superseded}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {row.dateNote && <p className="mt-1 text-slate-700">{row.dateNote}</p>}
      <p className="mt-1">{row.confidence}</p>
      <p className="mt-1">{row.sources}</p>
    </div>
  );
}
