// The embed page's content: title, subtitle, caveat, the chart drawn on the server, its key, the as-of line
// (live or frozen), the sources written out, a data table and a link back to the full view. No site chrome.
import { getTranslations } from "next-intl/server";
import type { ResolvedView } from "@/lib/dto/decks";
import type { EmbedRequest } from "@/lib/validations/embed";
import { viewHref } from "@/lib/decks/view-link";
import { SlideTimelineChart } from "@/components/present/slide-timeline";
import { EmbedChart, EmbedSeriesKey } from "./embed-chart";
import { SlideTableRows } from "./slide-table-rows";
import { Section } from "@/components/ui/section";

export async function EmbedView({ request, resolved, noData }: { request: EmbedRequest; resolved: ResolvedView; noData: string }) {
  const t = await getTranslations("embed");
  const tp = await getTranslations("present");
  const full = `/${request.lang}${viewHref(request.view)}`;
  const mode = request.at ? t("frozenLine", { date: request.at }) : t("liveLine");
  if (!resolved.ok) {
    return (
      <main className="p-4 text-sm" data-testid="embed">
        <p role="note">{noData}</p>
        <p className="mt-2 text-xs text-slate-700" data-testid="embed-asof">
          {mode}
        </p>
        <a className="mt-2 inline-block text-xs text-brand-700 underline" href={full} target="_blank" rel="noopener">
          {t("fullView")}
        </a>
      </main>
    );
  }
  const data = resolved.data;
  return (
    <main className="p-4" data-testid="embed" data-chart={request.chart}>
      <figure aria-labelledby="embed-title">
        <h1 id="embed-title" className="text-lg font-semibold leading-snug">
          {data.title}
        </h1>
        {data.subtitle && <p className="mt-1 text-sm text-slate-700">{data.subtitle}</p>}
        {data.caveat && (
          <p className="mt-1 text-sm font-medium text-slate-800" data-testid="embed-caveat">
            {data.caveat}
          </p>
        )}
        <div className="mt-3">
          {data.chartType === "timeline" && data.timeline ? <SlideTimelineChart timeline={data.timeline} /> : <EmbedChart data={data} />}
        </div>
        <EmbedSeriesKey data={data} />
        {data.legend && data.legend.length > 0 && (
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-800" data-testid="embed-legend">
            {data.legend.map((l) => (
              <li key={l.label} className="flex items-center gap-1">
                <span className="inline-block h-3 w-3 rounded-sm" style={{ background: l.color }} aria-hidden />
                {l.label}
              </li>
            ))}
          </ul>
        )}
        <figcaption className="mt-2 text-xs text-slate-700" data-testid="embed-asof">
          {tp("asOf", { date: data.asOf })}
          {data.lastChecked ? ` · ${t("lastChecked", { date: data.lastChecked })}` : ""} · {mode}
        </figcaption>
      </figure>
      <Section titleId="embed-sources" title={t("sourcesTitle")} size="xs" className="mt-2">
        <ul className="ml-4 list-disc text-xs text-slate-700" data-testid="embed-sources">
          {data.sources.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </Section>
      <details className="mt-2 text-xs">
        <summary className="cursor-pointer font-medium text-brand-700">{t("dataTable")}</summary>
        <div className="mt-1 overflow-x-auto">
          <table className="w-full border-collapse text-left" data-testid="embed-table">
            <SlideTableRows table={data.table} />
          </table>
        </div>
      </details>
      <p className="mt-2 text-xs">
        <a className="text-brand-700 underline" href={full} target="_blank" rel="noopener" data-testid="embed-full-view">
          {t("fullView")} · GovAtlas
        </a>
      </p>
    </main>
  );
}
