"use client";
import { useCallback, useMemo } from "react";
import { useLocale, useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import {
  applyFilters,
  filtersToQuery,
  lanesFor,
  parentsOf,
  parseTimelineFilters,
  STATUSES,
  summarize,
  timelineDomain,
  type TimelineFilters,
} from "@/lib/charts/timeline-state";
import { asDateLocale, formatDate } from "@/lib/format/dates";
import type { TimelineData, TimelineItem } from "@/lib/dto/timeline";
import { ChartFrame } from "@/components/charts/chart-frame";
import { compareSourceKeys } from "@/lib/format/source-order";
import { AddToBriefing } from "@/components/decks/add-to-briefing";
import { exportRows, localTitle, revokedByText, shortTitle, timelineRows, type RowWords } from "./timeline-rows";
import { TimelineChart } from "./timeline-chart";
import { TimelineFiltersForm } from "./timeline-filters";
import { TimelineLegend } from "./timeline-legend";
import { TimelineNotices } from "./timeline-notices";
import { TimelineTable } from "./timeline-table";
import { MARK_COLORS } from "./timeline-marks";
import { useBrowserValue } from "@/lib/hooks/use-browser-value";

/** The whole interactive view. `search` is the URL's query string (null while prerendered: the default view). */
export function TimelineExplorer({ data, search }: { data: TimelineData; search: string | null }) {
  const t = useTranslations();
  const tl = useTranslations("timeline");
  const locale = asDateLocale(useLocale());
  const pathname = usePathname();

  const domain = useMemo(() => timelineDomain(data.items, data.jurisdictions.map((j) => j.code), parentsOf(data.jurisdictions)), [data]);
  // The "today" line is the reader's today: the date the data was read until the browser says its own.
  const today = useBrowserValue(() => new Date().toISOString().slice(0, 10), data.readOn);
  // null (prerendered) and "" (no query) are the same view: the memo keeps it, so reading the URL re-lays nothing out.
  const query = search ?? "";
  const { filters, notices } = useMemo(() => parseTimelineFilters(new URLSearchParams(query), domain), [query, domain]);
  const visible = useMemo(() => applyFilters(data.items, filters, domain.parents), [data.items, filters, domain.parents]);
  const laneNames = useMemo(
    () =>
      Object.fromEntries(
        data.jurisdictions.map((j) => [j.code, `${j.parentCode ? "↳ " : ""}${locale === "zh" ? j.nameZh : j.nameEn}`]),
      ),
    [data.jurisdictions, locale],
  );

  const words: RowWords = useMemo(
    () => ({
      status: (s) => tl(`status.${s}`),
      event: tl("event"),
      adopted: (date) => tl("adopted", { date }),
      effective: (date) => tl("effective", { date }),
      revoked: (date) => tl("revoked", { date }),
      revokedBy: (title, date) => tl("revokedBy", { title, date }),
      confidence: (c) => t(`confidence.${c}`),
      superseded: (date, by) =>
        by ? tl("supersededBy", { date: date ?? "–", title: by }) : tl("superseded", { date: date ?? "–" }),
    }),
    [t, tl],
  );
  const rows = useMemo(() => timelineRows(visible, locale, words), [visible, locale, words]);
  const rowsByKey = useMemo(() => new Map(rows.map((r) => [r.key, r])), [rows]);

  const chartLabel = useCallback(
    (item: TimelineItem) => {
      const also = item.alsoJurisdictions.length ? ` (+${item.alsoJurisdictions.join(", ")})` : "";
      const revoked = revokedByText(item, locale, words);
      return `${shortTitle(localTitle(item, locale), locale)}${also}${revoked ? ` — ${revoked}` : ""}`;
    },
    [locale, words],
  );

  const update = (next: TimelineFilters) => {
    const query = filtersToQuery(next, domain);
    // A history entry per change, so Back restores the previous view. Native pushState is synced with
    // useSearchParams by the App Router and, unlike router.push, does not refetch the (unchanged) page from the server.
    window.history.pushState(null, "", query ? `${pathname}?${query}` : pathname);
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
  const asOf = tl("asOfChecked", { date: data.asOf ?? "–", checked: data.lastChecked ?? tl("notRecorded") });
  const sourceKeys = [...new Set(rows.flatMap((r) => r.sources.map((s) => s.key)))].sort(compareSourceKeys);
  const lanes = lanesFor(filters.jurisdictions, domain);

  return (
    <div className="space-y-4" data-testid="timeline-explorer" data-from-url={search === null ? "no" : "yes"}>
      <TimelineNotices notices={notices} domain={domain} />
      <TimelineFiltersForm domain={domain} filters={filters} laneNames={laneNames} onChange={update} />
      <ChartFrame
        id="timeline"
        title={tl("chartTitle")}
        subtitle={tl("chartSubtitle")}
        summary={summaryText}
        asOf={asOf}
        tableLabel={t("common.dataTable")}
        actions={<AddToBriefing view={{ chart: "timeline", params: Object.fromEntries(new URLSearchParams(filtersToQuery(filters, domain))) }} defaultTitle={tl("chartTitle")} />}
        embed={{ chart: "timeline", params: Object.fromEntries(new URLSearchParams(filtersToQuery(filters, domain))) }}
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
        table={<TimelineTable rows={rows} />}
      >
        {/* ChartFrame leaves the chart readable by assistive technology: each mark is a link named with its title, status and dates. */}
        <TimelineLegend />
        <div className="mt-2 text-sm text-slate-800">
          {rows.length === 0 ? (
            <p className="py-6 text-center" data-testid="timeline-empty">{tl("empty")}</p>
          ) : (
            <TimelineChart
              items={visible}
              rows={rowsByKey}
              lanes={lanes}
              keepEmptyLanes={filters.jurisdictions.length > 0}
              laneNames={laneNames}
              from={filters.from}
              to={filters.to}
              asOf={today}
              asOfLabel={tl("todayLine", { date: formatDate(today, "DAY", locale) })}
              label={chartLabel}
              itemLabel={(r, visible) =>
                // Starts with the words drawn on the chart (a short title, other parties, a revocation), then the full title when the label cut it.
                tl("itemLabel", { title: visible.startsWith(r.title) ? visible : `${visible} — ${r.title}`, status: [r.status, r.revokedBy].filter(Boolean).join(", "), dates: r.dates })
              }
              tooltipWords={{
                milestones: tl("milestones"),
                confidence: t("common.confidence"),
                sources: t("common.sources"),
                related: (title) => tl("related", { title }),
                also: (codes) => tl("alsoParties", { codes }),
              }}
            />
          )}
          <p className="mt-2 text-xs text-slate-600 sm:hidden">{tl("scrollHint")}</p>
        </div>
      </ChartFrame>
    </div>
  );
}
