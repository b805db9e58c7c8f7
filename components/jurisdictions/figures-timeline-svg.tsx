import { formatFigure } from "@/lib/charts/money";
import { FUNDING_COLORS, KIND_FILL } from "@/lib/charts/figure-style";
import { fillValue, patternDefs } from "@/lib/charts/patterns";
import { ServerChartSvg } from "./server-chart-svg";
import type { FigureTimeline } from "./figure-timeline-state";

const W = 640;
const PAD = 14;
const AXIS = 26;
const LABEL = 20;
const LANE = 32;
const GAP = 10;
const SCOPE = "jfig";

/**
 * Each series (actor, measure, currency) on its own row; each figure a bar over its period, coloured by whose money
 * it is and filled by its kind (solid = spent/actual, hatched = pledged/planned/guidance, dotted = estimate), its
 * amount written beside it in its own currency. No shared value axis: amounts are not comparable across rows.
 */
/** Width of `text` at 13 px, roughly (CJK characters are twice as wide as Latin ones). */
const textWidth = (text: string) => [...text].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 13 : 7.2), 0);

function fit(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  let out = text;
  while (out.length > 1 && textWidth(`${out}…`) > width) out = out.slice(0, -1);
  return `${out.trimEnd()}…`;
}

export function FiguresTimelineSvg(props: {
  timeline: FigureTimeline;
  title: string;
  seriesLabel: (s: FigureTimeline["series"][number]) => string;
  /** The page's language (the amounts' scale words). */
  locale: string;
}) {
  const { years, series } = props.timeline;
  if (!years) return null;
  const count = years.to - years.from + 1;
  const col = (W - 2 * PAD) / count;
  const left = (year: number) => PAD + (year - years.from) * col;
  const tops: number[] = [];
  let y = AXIS;
  for (const s of series) {
    tops.push(y);
    y += LABEL + s.stacks * LANE + GAP;
  }
  const height = y;
  const pairs = series.flatMap((s) =>
    s.marks.map((m) => ({
      fill: KIND_FILL[m.figure.kind],
      color: FUNDING_COLORS[m.funding],
    })),
  );
  const step = count > 12 ? Math.ceil(count / 8) : 1;
  return (
    // Below 560 px the chart scrolls inside its frame rather than shrinking its text out of legibility.
    // Focusable, so that a keyboard reader can scroll it too (axe: scrollable-region-focusable).
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={props.title}>
      <ServerChartSvg
        width={W}
        height={height}
        title={props.title}
        testId="figures-timeline"
        className="min-w-[560px] max-w-3xl"
        defs={patternDefs(SCOPE, pairs)}
      >
        {Array.from({ length: count }, (_, i) => years.from + i).map((year, i) => (
          <g key={year}>
            <line x1={left(year)} x2={left(year)} y1={AXIS - 6} y2={height} stroke="#e2e8f0" />
            {i % step === 0 && (
              <text x={left(year) + col / 2} y={16} fontSize={13} textAnchor="middle" fill="#334155">
                {year}
              </text>
            )}
          </g>
        ))}
        {series.map((s, i) => (
          <g key={s.key} data-series={s.key}>
            <text x={PAD} y={tops[i] + 14} fontSize={13} fontWeight={600} fill="#0f172a">
              <title>{props.seriesLabel(s)}</title>
              {fit(props.seriesLabel(s), W - 2 * PAD)}
            </text>
            {s.marks.map((m) => {
              const x1 = left(m.from) + col * 0.15;
              const x2 = left(m.to) + col * 0.85;
              const top = tops[i] + LABEL + m.stack * LANE;
              const color = FUNDING_COLORS[m.funding];
              const label = formatFigure(m.figure, props.locale);
              // The amount sits above its bar, centred on it and kept inside the drawing.
              const half = textWidth(label) / 2;
              const cx = Math.min(W - PAD - half, Math.max(PAD + half, (x1 + x2) / 2));
              return (
                <g key={m.figure.slug} data-slug={m.figure.slug}>
                  <text x={cx} y={top + 12} fontSize={13} textAnchor="middle" fill="#0f172a" stroke="#ffffff" strokeWidth={3} paintOrder="stroke">
                    {label}
                  </text>
                  <rect
                    x={x1}
                    y={top + 16}
                    width={Math.max(4, x2 - x1)}
                    height={12}
                    rx={2}
                    fill={fillValue(SCOPE, KIND_FILL[m.figure.kind], color)}
                    stroke={color}
                    strokeWidth={1.5}
                  />
                </g>
              );
            })}
          </g>
        ))}
      </ServerChartSvg>
    </div>
  );
}
