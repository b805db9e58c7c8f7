import type { InitiativeBar } from "@/lib/charts/initiatives-state";
import { FUNDING_COLORS, KIND_FILL } from "@/lib/charts/figure-style";
import { fillValue, patternDefs } from "@/lib/charts/patterns";
import { moneyTickFormatter, moneyValueFormatter } from "@/lib/charts/axis-format";
import { CHART_TIERS, estimateTextWidth, HBAR_TEXT, layoutHorizontalBars } from "@/lib/charts/bar-layout";
import { initiativesChartHeight } from "./chart-heights";
import { BarChartBehaviour } from "./bar-chart-behaviour";
import { TierSvg } from "./tier-svg";

/** A bar as drawn: its text is prepared on the server (kind, funding and rate in the page's language). */
export type InitiativeBarView = InitiativeBar & { kindText: string; fundingText: string; rateText: string | null };

/** A tick's text centred under its line, or ending at the drawing's edge when centring would cut it off. */
function tickPosition(text: string, x: number, width: number): { x: number; textAnchor: "middle" | "end" } {
  return x + estimateTextWidth(text, HBAR_TEXT.tick) / 2 > width - 2 ? { x: width - 2, textAnchor: "end" } : { x, textAnchor: "middle" };
}

const halo = { fill: "#0f172a", stroke: "#ffffff", strokeWidth: 3, paintOrder: "stroke" as const };

// Colour: whose money (public / mixed / private / not stated). Fill: the kind (solid, hatched, dotted). The kind
// and funding are also written on each bar, with its value, so the chart reads without colour or a legend. Drawn on
// the server once per width tier; in the narrow one (boxes under 520 px) each name goes above its bar and the axis
// has 3 ticks, so that the bars get the width.
export function InitiativesChartView(props: { id: string; bars: InitiativeBarView[]; currency: string; sourceLabel: string; title: string; locale?: string }) {
  const locale = props.locale ?? "en";
  const height = initiativesChartHeight(props.bars.length);
  const fills = props.bars.map((b) => ({ fill: KIND_FILL[b.kind], color: FUNDING_COLORS[b.funding] }));
  const max = Math.max(0, ...props.bars.map((b) => b.value));
  const tick = moneyTickFormatter({ currency: props.currency, locale, maxValue: max });
  const valueText = moneyValueFormatter({ currency: props.currency, locale });
  const rows = props.bars.map((b) => {
    const tag = `${b.kindText.split(" — ")[0]} · ${b.fundingText}`;
    const valueLabel = valueText(b.value);
    return {
      ...b,
      tag,
      valueLabel,
      ariaLabel: `${b.label}: ${valueLabel}${b.stated === valueLabel ? "" : ` (${b.stated})`}, ${tag}, ${b.horizon}`,
      tip: [
        b.stated === valueLabel ? valueLabel : `${valueLabel} · ${b.stated}`,
        `${b.kindText} · ${b.fundingText} · ${b.horizon}`,
        ...(b.rateText ? [b.rateText] : []),
        `${props.sourceLabel} ${b.sources.join(", ")}`,
      ],
    };
  });
  return (
    <BarChartBehaviour testId={`initiatives-chart-${props.currency}`} tips={Object.fromEntries(rows.map((r) => [r.slug, { title: r.label, lines: r.tip }]))}>
      {CHART_TIERS.map(({ tier, width }) => {
        const narrow = tier === "narrow";
        const scope = `${props.id}-${tier}`;
        const layout = layoutHorizontalBars({
          width,
          height,
          narrow,
          bars: rows.map((r) => ({ value: r.value, name: r.label, tag: r.tag, valueLabel: r.valueLabel })),
          tickText: tick,
        });
        const { plot } = layout;
        return (
          <TierSvg key={tier} tier={tier} narrow={narrow} width={width} height={height} label={props.title} defs={patternDefs(scope, fills)}>
            <g className="chart-axis chart-axis-x">
              {layout.ticks.map((t) => (
                <g key={t.value}>
                  <line x1={t.x} x2={t.x} y1={plot.y} y2={plot.y + plot.h} stroke="#e2e8f0" strokeDasharray={t.value === 0 ? undefined : "3 3"} />
                  <text {...tickPosition(tick(t.value), t.x, width)} y={plot.y + plot.h + 18} fontSize={HBAR_TEXT.tick} fill="#334155" className="chart-tick">
                    {tick(t.value)}
                  </text>
                </g>
              ))}
            </g>
            {!narrow && (
              <g className="chart-axis chart-axis-y">
                {layout.bars.map((b, i) => (
                  <text key={rows[i].slug} x={b.nameX} y={b.nameY} textAnchor="end" fontSize={HBAR_TEXT.name} fill="#334155" className="chart-tick">
                    {b.nameLines.map((line, k) => (
                      <tspan key={k} x={b.nameX} dy={k === 0 ? "0.35em" : `${HBAR_TEXT.name + 2}px`}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                ))}
              </g>
            )}
            {layout.bars.map((b, i) => {
              const r = rows[i];
              return (
                <g key={r.slug}>
                  <rect
                    className="chart-bar"
                    x={b.x}
                    y={b.y}
                    width={b.w}
                    height={b.h}
                    fill={fillValue(scope, fills[i].fill, fills[i].color)}
                    stroke={fills[i].color}
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
                    {narrow && (
                      <text x={b.nameX} y={b.nameY} fontSize={HBAR_TEXT.name} fill="#0f172a" className="chart-label initiative-name">
                        {r.label}
                      </text>
                    )}
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
            })}
          </TierSvg>
        );
      })}
    </BarChartBehaviour>
  );
}
