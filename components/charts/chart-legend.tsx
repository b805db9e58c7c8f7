import type { LegendGroup } from "@/lib/charts/export-svg";
import { patternMarkup } from "@/lib/charts/patterns";

/** The legends under a chart, with the same swatches (real hatch and dot patterns) as the chart and its exports. */
export function ChartLegend({ id, legends }: { id: string; legends: LegendGroup[] }) {
  return (
    <div className="space-y-1" data-testid={`${id}-legend`}>
      {legends
        .filter((l) => l.items.length > 0)
        .map((l, gi) => (
          <p key={l.title} className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <span className="font-semibold">{l.title}:</span>
            {l.items.map((item, i) => {
              const fill = item.fill ?? "solid";
              const pid = `${id}-legend-${gi}-${i}`;
              return (
                <span key={item.label} className="inline-flex items-center gap-1" data-fill={fill}>
                  <svg width="18" height="12" aria-hidden className="inline-block">
                    {fill !== "solid" && <defs dangerouslySetInnerHTML={{ __html: patternMarkup(pid, fill, item.color) }} />}
                    <rect x="0.5" y="0.5" width="17" height="11" fill={fill === "solid" ? item.color : `url(#${pid})`} stroke={item.color} />
                  </svg>
                  {item.label}
                </span>
              );
            })}
          </p>
        ))}
    </div>
  );
}
