import { getTranslations } from "next-intl/server";
import {
  applyFilters,
  filtersToQuery,
  lanesFor,
  parentsOf,
  parseTimelineFilters,
  STATUSES,
  summarize,
  timelineDomain,
  type RawParams,
} from "@/lib/charts/timeline-state";
import { asDateLocale } from "@/lib/format/dates";
import type { TimelineData, TimelineItem } from "@/lib/dto/timeline";
import { ChartFrame } from "@/components/charts/chart-frame";
import { compareSourceKeys } from "@/lib/format/source-order";
import { exportRows, localTitle, revokedByText, shortTitle, timelineRows, type RowWords } from "./timeline-rows";
import { timelineDateFormat } from "./timeline-dates";
import { TimelineChart } from "./timeline-chart";
import { TimelineFiltersForm } from "./timeline-filters";
import { TimelineLegend } from "./timeline-legend";
import { TimelineNotices } from "./timeline-notices";
import { TimelineTable } from "./timeline-table";
import { MARK_COLORS } from "./timeline-marks";

/**
 * The whole timeline, rendered on the server from the URL's filters (`params`; none for the prerendered default
 * view). What runs in the browser are small islands: the filter form's auto-apply, the chart's tooltip and scroll,
 * the exports and "Add to briefing".
 */
export async function TimelineView({ data, locale: pageLocale, params }: { data: TimelineData; locale: string; params: RawParams }) {
  const t = await getTranslations({ locale: pageLocale });
  const tl = await getTranslations({ locale: pageLocale, namespace: "timeline" });
  const locale = asDateLocale(pageLocale);
  const date = timelineDateFormat(locale);

  const domain = timelineDomain(
    data.items,
    data.jurisdictions.map((j) => j.code),
    parentsOf(data.jurisdictions),
  );
  const { filters, notices } = parseTimelineFilters(params, domain);
  const visible = applyFilters(data.items, filters, domain.parents);
  const laneNames = Object.fromEntries(data.jurisdictions.map((j) => [j.code, `${j.parentCode ? "↳ " : ""}${locale === "zh" ? j.nameZh : j.nameEn}`]));

  const words: RowWords = {
    date,
    status: (s) => tl(`status.${s}`),
    event: tl("event"),
    adopted: (d) => tl("adopted", { date: d }),
    effective: (d) => tl("effective", { date: d }),
    revoked: (d) => tl("revoked", { date: d }),
    revokedBy: (title, d) => tl("revokedBy", { title, date: d }),
    confidence: (c) => t(`confidence.${c}`),
    superseded: (d, by) => (by ? tl("supersededBy", { date: d ?? "–", title: by }) : tl("superseded", { date: d ?? "–" })),
  };
  const rows = timelineRows(visible, locale, words);
  const chartLabel = (item: TimelineItem) => {
    const also = item.alsoJurisdictions.length ? ` (+${item.alsoJurisdictions.join(", ")})` : "";
    const revoked = revokedByText(item, locale, words);
    return `${shortTitle(localTitle(item, locale), locale)}${also}${revoked ? ` — ${revoked}` : ""}`;
  };

  const summary = summarize(visible, filters);
  const statusList = STATUSES.filter((s) => summary.byStatus[s] > 0)
    .map((s) => tl(`statusCount.${s}`, { count: summary.byStatus[s] }))
    .join(locale === "zh" ? "，" : ", ");
  const summaryText = tl("summary", {
    instruments: summary.instruments,
    events: summary.events,
    years: summary.fromYear !== null ? tl("summaryYears", { from: summary.fromYear, to: summary.toYear ?? summary.fromYear }) : "",
    statuses: statusList ? tl("summaryStatuses", { list: statusList }) : "",
  });
  const asOf = tl("asOfChecked", { date: data.asOf ? date(data.asOf) : "–", checked: data.lastChecked ? date(data.lastChecked) : tl("notRecorded") });
  const sourceKeys = [...new Set(rows.flatMap((r) => r.sources.map((s) => s.key)))].sort(compareSourceKeys);
  const query = filtersToQuery(filters, domain);
  const viewParams = Object.fromEntries(new URLSearchParams(query));

  return (
    <div className="space-y-4" data-testid="timeline-explorer" data-from-url="yes">
      <TimelineNotices notices={notices} domain={domain} />
      <TimelineFiltersForm key={query} domain={domain} filters={filters} laneNames={laneNames} locale={locale} />
      <ChartFrame
        id="timeline"
        title={tl("chartTitle")}
        subtitle={tl("chartSubtitle")}
        summary={summaryText}
        asOf={asOf}
        tableLabel={t("common.dataTable")}
        view={{ chart: "timeline", params: viewParams }}
        exportData={{
          filename: "govatlas-timeline",
          rows: exportRows(rows),
          stamp: {
            title: tl("chartTitle"),
            sourceLine: t("charts.sourceLine", { sources: sourceKeys.join(", ") }),
            asOf,
            legend: [
              ...STATUSES.map((s) => ({ label: tl(`status.${s}`), color: MARK_COLORS[s] })),
              { label: tl("exportLegendEvent"), color: MARK_COLORS.EVENT },
            ],
          },
        }}
        table={<TimelineTable rows={rows} locale={locale} />}
      >
        {/* Each mark is a link named with its title, status and dates, so the drawing reads without sight too. */}
        <TimelineLegend />
        <div className="mt-2 text-sm text-slate-800">
          {rows.length === 0 ? (
            <p className="py-6 text-center" data-testid="timeline-empty">
              {tl("empty")}
            </p>
          ) : (
            <TimelineChart
              items={visible}
              rows={rows}
              lanes={lanesFor(filters.jurisdictions, domain)}
              keepEmptyLanes={filters.jurisdictions.length > 0}
              laneNames={laneNames}
              from={filters.from}
              to={filters.to}
              asOf={data.readOn}
              asOfLabel={tl("todayLine", { date: date(data.readOn) })}
              label={chartLabel}
              itemLabel={(r, shown) =>
                // Starts with the words drawn on the chart (a short title, other parties, a revocation), then the full title when the label cut it.
                tl("itemLabel", {
                  title: shown.startsWith(r.title) ? shown : `${shown} — ${r.title}`,
                  status: [r.status, r.revokedBy].filter(Boolean).join(", "),
                  dates: r.dates,
                })
              }
              locale={locale}
            />
          )}
          <p className="mt-2 text-xs text-slate-600 sm:hidden">{tl("scrollHint")}</p>
        </div>
      </ChartFrame>
    </div>
  );
}
