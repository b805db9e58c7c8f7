// Status is shown by colour AND shape, so that it reads in greyscale and with colour-vision deficiencies.
// Colours are at least 4.5:1 on white. Attributes are inline (not CSS classes) so the exported SVG keeps them.
import type { TimelineStatus } from "@/lib/dto/timeline";

export type MarkKind = TimelineStatus | "EVENT";

export const MARK_COLORS: Record<MarkKind, string> = {
  PROPOSED: "#b45309",
  ADOPTED: "#0072b2",
  IN_FORCE: "#047857",
  REVOKED: "#b91c1c",
  REJECTED: "#475569",
  EVENT: "#6d28d9",
};

/** Proposed and rejected instruments never became law: their lines are dashed. */
export const isDashed = (kind: MarkKind) => kind === "PROPOSED" || kind === "REJECTED";

/** Proposed ○, adopted ●, in force ■, revoked ▼, rejected ✕, event ◆. */
export function Mark({ kind, x, y, size = 6 }: { kind: MarkKind; x: number; y: number; size?: number }) {
  const color = MARK_COLORS[kind];
  const s = size;
  switch (kind) {
    case "PROPOSED":
      return <circle cx={x} cy={y} r={s - 1} fill="#ffffff" stroke={color} strokeWidth={2.5} />;
    case "ADOPTED":
      return <circle cx={x} cy={y} r={s} fill={color} stroke="#ffffff" strokeWidth={1} />;
    case "IN_FORCE":
      return <rect x={x - s} y={y - s} width={s * 2} height={s * 2} fill={color} stroke="#ffffff" strokeWidth={1} />;
    case "REVOKED":
      return <path d={`M${x - s - 1},${y - s} L${x + s + 1},${y - s} L${x},${y + s + 1} Z`} fill={color} stroke="#ffffff" strokeWidth={1} />;
    case "REJECTED":
      return <Cross x={x} y={y} size={s} color={color} width={3} />;
    case "EVENT":
      return <path d={`M${x},${y - s - 1} L${x + s + 1},${y} L${x},${y + s + 1} L${x - s - 1},${y} Z`} fill={color} stroke="#ffffff" strokeWidth={1} />;
  }
}

export function Cross({ x, y, size, color, width = 2.5 }: { x: number; y: number; size: number; color: string; width?: number }) {
  return (
    <path
      d={`M${x - size},${y - size} L${x + size},${y + size} M${x + size},${y - size} L${x - size},${y + size}`}
      stroke={color}
      strokeWidth={width}
      strokeLinecap="round"
    />
  );
}

/** A small standalone icon of a mark, for the legend. */
export function MarkIcon({ kind }: { kind: MarkKind }) {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" className="inline-block shrink-0 align-middle">
      <Mark kind={kind} x={9} y={9} size={6} />
    </svg>
  );
}
