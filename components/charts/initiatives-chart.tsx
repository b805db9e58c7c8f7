import type { InitiativeBar } from "@/lib/charts/initiatives-state";
import { FUNDING_COLORS, KIND_FILL } from "@/lib/charts/figure-style";
import { moneyTickFormatter, moneyValueFormatter } from "@/lib/charts/axis-format";
import { CHART_TIERS } from "@/lib/charts/bar-layout";
import { initiativesChartHeight } from "./chart-heights";
import { BarChartBehaviour } from "./bar-chart-behaviour";
import { ChartDrawings } from "./chart-drawings";
import { initiativesDrawing } from "./initiatives-drawing";
import { drawTiers } from "./tier-svg";

/** A bar as drawn: its text is prepared on the server (kind, funding and rate in the page's language). */
export type InitiativeBarView = InitiativeBar & { kindText: string; fundingText: string; rateText: string | null };

// Colour: whose money (public / mixed / private / not stated). Fill: the kind (solid, hatched, dotted). The kind
// and funding are also written on each bar, with its value, so the chart reads without colour or a legend. Drawn on
// the server once per width tier (initiatives-drawing.tsx). `halfWidth`: the chart sits in a half-width column,
// whose box never reaches the wide tier, so its drawings stop at the medium one (shown in any wider box).
export function InitiativesChartView(props: {
  id: string;
  bars: InitiativeBarView[];
  currency: string;
  sourceLabel: string;
  title: string;
  locale?: string;
  halfWidth?: boolean;
}) {
  const locale = props.locale ?? "en";
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
      fill: { fill: KIND_FILL[b.kind], color: FUNDING_COLORS[b.funding] },
      ariaLabel: `${b.label}: ${valueLabel}${b.stated === valueLabel ? "" : ` (${b.stated})`}, ${tag}, ${b.horizon}`,
      tip: [
        b.stated === valueLabel ? valueLabel : `${valueLabel} · ${b.stated}`,
        `${b.kindText} · ${b.fundingText} · ${b.horizon}`,
        ...(b.rateText ? [b.rateText] : []),
        `${props.sourceLabel} ${b.sources.join(", ")}`,
      ],
    };
  });
  const tiers = props.halfWidth ? CHART_TIERS.filter((t) => t.tier !== "wide") : CHART_TIERS;
  const input = { id: props.id, title: props.title, height: initiativesChartHeight(props.bars.length), rows, tick };
  return (
    <BarChartBehaviour testId={`initiatives-chart-${props.currency}`} tips={Object.fromEntries(rows.map((r) => [r.slug, { title: r.label, lines: r.tip }]))}>
      <ChartDrawings drawings={drawTiers(tiers, (t) => initiativesDrawing(input, t))} />
    </BarChartBehaviour>
  );
}
