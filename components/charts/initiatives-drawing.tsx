/** @jsxImportSource hastscript/svg */
/* eslint-disable react/jsx-key -- hastscript JSX builds a syntax tree, not React elements: there is nothing to key. */
// The drawings of initiatives-chart.tsx, as hastscript syntax trees (see tier-svg.tsx).
import type { Element } from "hast";
import type { KindFill } from "@/lib/charts/figure-style";
import { fillValue, patternDefs } from "@/lib/charts/patterns";
import { estimateTextWidth, HBAR_TEXT, layoutHorizontalBars } from "@/lib/charts/bar-layout";
import { tierSvg, type TierSpec } from "./tier-svg";

/** A bar's words and look, prepared by initiatives-chart.tsx. */
export type InitiativeRow = {
  slug: string;
  kind: string;
  funding: string;
  value: number;
  label: string;
  tag: string;
  valueLabel: string;
  ariaLabel: string;
  fill: { fill: KindFill; color: string };
};

/** A tick's text centred under its line, or ending at the drawing's edge when centring would cut it off. */
function tickPosition(text: string, x: number, width: number): { x: number; textAnchor: "middle" | "end" } {
  return x + estimateTextWidth(text, HBAR_TEXT.tick) / 2 > width - 2 ? { x: width - 2, textAnchor: "end" } : { x, textAnchor: "middle" };
}

const halo = { fill: "#0f172a", stroke: "#ffffff", strokeWidth: 3, paintOrder: "stroke" };

/** One width tier's drawing; in the narrow one each name goes above its bar and the axis has 3 ticks. */
export function initiativesDrawing(
  props: { id: string; title: string; height: number; rows: InitiativeRow[]; tick: (value: number) => string },
  tier: TierSpec,
): Element {
  const { rows, tick, height } = props;
  const { width } = tier;
  const narrow = tier.tier === "narrow";
  const scope = `${props.id}-${tier.tier}`;
  const layout = layoutHorizontalBars({
    width,
    height,
    narrow,
    bars: rows.map((r) => ({ value: r.value, name: r.label, tag: r.tag, valueLabel: r.valueLabel })),
    tickText: tick,
  });
  const { plot } = layout;
  return tierSvg(tier, {
    height,
    label: props.title,
    defs: patternDefs(
      scope,
      rows.map((r) => r.fill),
    ),
    children: [
      <g className="chart-axis chart-axis-x">
        {layout.ticks.map((t) => (
          <g>
            <line x1={t.x} x2={t.x} y1={plot.y} y2={plot.y + plot.h} stroke="#e2e8f0" strokeDasharray={t.value === 0 ? undefined : "3 3"} />
            <text {...tickPosition(tick(t.value), t.x, width)} y={plot.y + plot.h + 18} fontSize={HBAR_TEXT.tick} fill="#334155" className="chart-tick">
              {tick(t.value)}
            </text>
          </g>
        ))}
      </g>,
      narrow ? null : (
        <g className="chart-axis chart-axis-y">
          {layout.bars.map((b) => (
            <text x={b.nameX} y={b.nameY} textAnchor="end" fontSize={HBAR_TEXT.name} fill="#334155" className="chart-tick">
              {b.nameLines.map((line, k) => (
                <tspan x={b.nameX} dy={k === 0 ? "0.35em" : `${HBAR_TEXT.name + 2}px`}>
                  {line}
                </tspan>
              ))}
            </text>
          ))}
        </g>
      ),
      ...layout.bars.map((b, i) => {
        const r = rows[i];
        return (
          <g>
            <rect
              className="chart-bar"
              x={b.x}
              y={b.y}
              width={b.w}
              height={b.h}
              fill={fillValue(scope, r.fill.fill, r.fill.color)}
              stroke={r.fill.color}
              strokeWidth={1.5}
              data-kind={r.kind}
              data-funding={r.funding}
              data-slug={r.slug}
              data-key={r.slug}
              tabIndex={0}
              role="img"
              aria-label={r.ariaLabel}
            />
            {/* The texts on a bar are drawn for sighted readers; its accessible name says the same. */}
            <g aria-hidden="true" pointerEvents="none">
              {narrow ? (
                <text x={b.nameX} y={b.nameY} fontSize={HBAR_TEXT.name} fill="#0f172a" className="chart-label initiative-name">
                  {r.label}
                </text>
              ) : null}
              <text x={b.tagX} y={b.textY} dy="0.35em" fontSize={HBAR_TEXT.tag} {...halo} className="chart-label initiative-tag">
                {r.tag}
              </text>
              <text
                x={b.valueX}
                y={b.textY}
                dy="0.35em"
                fontSize={HBAR_TEXT.value}
                fontWeight={600}
                textAnchor={b.valueAnchor}
                {...halo}
                className="chart-label initiative-value"
              >
                {r.valueLabel}
              </text>
            </g>
          </g>
        );
      }),
    ],
  });
}
