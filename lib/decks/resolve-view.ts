import "server-only";
// Turns a saved chart view into SlideData with the charts' own pure transforms. A view that no longer matches
// any data (filters without rows, a chart id this version no longer has, a malformed view) resolves to a
// problem, never to an exception.
import { CHART_IDS, type ChartView, type ResolvedView, type SlideData } from "../dto/decks";
import type { InvestmentFigureDto } from "../dto/investment";
import { buildCapexChart } from "../charts/capex-state";
import { buildInitiativesChart } from "../charts/initiatives-state";
import { FUNDING_ORDER, fundingLabel } from "../charts/figure-labels";
import { buildPrivateChart } from "../charts/private-investment-state";
import { buildComparison, localized } from "../charts/compare-state";
import { anchorDate, applyFilters, lanesFor, parentsOf, parseTimelineFilters, timelineDomain } from "../charts/timeline-state";
import { SERIES_COLORS } from "../../components/charts/palette";
import { MARK_COLORS } from "../../components/timeline/timeline-marks";
import { shortTitle } from "../../components/timeline/timeline-rows";
import { formatDate } from "../format/dates";
import { chartViewSchema } from "../validations/decks";
import { parseInvestmentFilters, type InvestmentFilters } from "../validations/investment-filters";
import { getViewFigures, type ViewFigures } from "../queries/decks";
import { getGovernanceMatrix } from "../queries/governance";
import { getTimelineData } from "../queries/timeline";
import { capexSlideData, compareSlideData, initiativesSlideData, privateSlideData, timelineSlideData, type SourceTitles } from "./slide-data";
import { translator, type DeckLocale, type Translate } from "./translate";
import { jurisdictionFiguresSlide, jurisdictionLevelsSlide, type JurisdictionLoaders } from "./resolve-jurisdiction";
import { getJurisdictionPage } from "../queries/jurisdictions";

const KINDS = ["ACTUAL", "GUIDANCE", "PLAN", "PLEDGE", "COMMITTED", "ESTIMATE"] as const;

function sourceTitles(figures: InvestmentFigureDto[]): SourceTitles {
  return new Map(figures.flatMap((f) => f.sources.map((s) => [s.key, s.title] as const)));
}

function actorLabel(figures: InvestmentFigureDto[], locale: DeckLocale) {
  const zh = new Map(figures.map((f) => [f.actorName, f.actorNameZh]));
  return (name: string) => (locale === "zh" && zh.get(name)) || name;
}

/** Investment slides say when their figures were last checked, as the web views do. */
function withLastChecked(data: ViewFigures, slide: SlideData | null): SlideData | null {
  return slide && { ...slide, lastChecked: data.lastChecked ?? slide.lastChecked };
}

/** Whether the explorer shows this chart for the filters' categories (an excluded category shows nothing). */
function showsCategory(filters: InvestmentFilters, ...categories: string[]): boolean {
  return filters.categories.length === 0 || categories.some((c) => filters.categories.includes(c as never));
}

export type Loaders = {
  figures: (filters: InvestmentFilters, chart: "capex" | "initiatives" | "private") => Promise<ViewFigures>;
  matrix: typeof getGovernanceMatrix;
  timeline: typeof getTimelineData;
  jurisdiction: JurisdictionLoaders["jurisdiction"];
};

function memo<A extends unknown[], R>(fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  const cache = new Map<string, Promise<R>>();
  return (...args) => {
    const key = JSON.stringify(args);
    if (!cache.has(key)) cache.set(key, fn(...args));
    return cache.get(key)!;
  };
}

/** The figures behind one investment chart, or null when the filters' categories leave that chart out. */
function chartFigures(load: Loaders, filters: InvestmentFilters, chart: "capex" | "initiatives" | "private", ...categories: string[]) {
  return showsCategory(filters, ...categories) ? load.figures({ ...filters, page: 1 }, chart) : null;
}

/** An investment slide built from `figures`: their sources' titles and the as-of go in, the last check is added. */
function figureSlide(data: ViewFigures, figures: InvestmentFigureDto[], build: (titles: SourceTitles, asOf: string) => SlideData | null) {
  return withLastChecked(data, build(sourceTitles(figures), data.asOf ?? "–"));
}

const USD_BN = "US$ bn";

async function investmentSlide(view: ChartView, locale: DeckLocale, t: Translate, load: Loaders): Promise<SlideData | null> {
  const { filters } = parseInvestmentFilters(view.params);
  const kinds = Object.fromEntries(KINDS.map((k) => [k, t(`kinds.${k}`)]));
  if (view.chart === "capex") {
    const data = await chartFigures(load, filters, "capex", "CORPORATE_CAPEX");
    if (!data) return null;
    const company = actorLabel(data.capex, locale);
    return figureSlide(data, data.capex, (titles, asOf) =>
      capexSlideData(buildCapexChart(data.capex), titles, asOf, {
        title: t("overview.capexTitle"),
        subtitle: t("overview.capexSubtitle"),
        unit: USD_BN,
        columns: {
          company: t("common.company"),
          year: t("common.year"),
          value: `${t("common.value")} (${USD_BN})`,
          kind: t("common.kind"),
          sources: t("common.sources"),
        },
        kinds,
        company,
        projected: (points) => t("decks.slideData.capexProjected", { points }),
      }),
    );
  }
  if (view.chart === "private") {
    const data = await chartFigures(load, filters, "private", "PRIVATE_INVESTMENT_AGGREGATE", "CORPORATE_INVESTMENT_AGGREGATE");
    if (!data) return null;
    return figureSlide(data, data.privateAggregates, (titles, asOf) =>
      privateSlideData(buildPrivateChart(data.privateAggregates), titles, asOf, {
        title: t("investment.privateTitle"),
        subtitle: t("investment.privateSubtitle"),
        unit: USD_BN,
        columns: { country: t("investment.actor"), year: t("common.year"), value: `${t("common.value")} (${USD_BN})`, sources: t("common.sources") },
        country: actorLabel(data.privateAggregates, locale),
      }),
    );
  }
  const data = await chartFigures(load, filters, "initiatives", "PUBLIC_INITIATIVE", "PRIVATE_INITIATIVE");
  if (!data) return null;
  const label = (f: InvestmentFigureDto) => (locale === "zh" && f.actorNameZh) || f.actorName;
  const chart = buildInitiativesChart(data.initiatives, filters.currency, data.rates, locale, label);
  const group = view.params.group ? chart.groups.find((g) => g.currency === view.params.group) : chart.groups[0];
  if (!group) return null;
  const converted = filters.currency !== "original";
  const unit = `${group.currency} bn`;
  return figureSlide(data, data.initiatives, (titles, asOf) =>
    initiativesSlideData(group, titles, asOf, {
      title: t(converted ? "investment.initiativesTitleConverted" : "investment.initiativesTitle", { currency: group.currency }),
      subtitle: t("investment.initiativesSubtitle", { currency: group.currency }),
      unit,
      columns: {
        actor: t("investment.actor"),
        value: `${t("common.value")} (${unit})`,
        stated: t("investment.stated"),
        kind: t("common.kind"),
        horizon: t("investment.horizon"),
        sources: t("common.sources"),
      },
      kinds,
      funding: {
        column: t("investment.funding"),
        labels: Object.fromEntries(FUNDING_ORDER.map((f) => [f, fundingLabel(f, locale)])),
      },
      caveat: (shown) => t("decks.slideData.initiativesCaveat", { kinds: shown.join(locale === "zh" ? "、" : ", ") }),
    }),
  );
}

async function compareSlide(view: ChartView, locale: DeckLocale, t: Translate, load: Loaders): Promise<SlideData | null> {
  const matrix = await load.matrix();
  const available = matrix.jurisdictions.map((j) => j.code);
  const requested = (view.params.j ?? "EU,US,CN")
    .split(",")
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);
  // A jurisdiction removed since the view was saved is left out; fewer than two left means the view is gone.
  const codes = [...new Set(requested)].filter((c) => available.includes(c)).slice(0, 4);
  if (codes.length < 2) return null;
  const names = Object.fromEntries(matrix.jurisdictions.map((j) => [j.code, localized(locale, j.nameEn, j.nameZh)]));
  const dimensions = new Map(matrix.dimensions.map((d) => [d.key, localized(locale, d.nameEn, d.nameZh)]));
  return compareSlideData(buildComparison(matrix, codes), codes, matrix.asOf ?? "–", {
    title: t("compare.chartTitle"),
    subtitle: t("decks.slideData.compareSubtitle", { jurisdictions: codes.map((c) => names[c]).join(locale === "zh" ? "、" : ", ") }),
    unit: t("decks.slideData.shareUnit"),
    dimension: t("compare.dimension"),
    notVerified: t("compare.notVerified"),
    names,
    dimensionName: (key) => dimensions.get(key) ?? key,
    cellLabel: (en, zh) => localized(locale, en, zh),
    caveat: t("decks.slideData.compareCaveat"),
    changed: (name, dimension, since) => t("decks.slideData.compareChanged", { name, dimension, since }),
    lastChecked: matrix.lastChecked ?? t("timeline.notRecorded"),
    colors: SERIES_COLORS,
  });
}

const STATUS_KEYS = ["PROPOSED", "ADOPTED", "IN_FORCE", "REVOKED", "REJECTED"] as const;

async function timelineSlide(view: ChartView, locale: DeckLocale, t: Translate, load: Loaders): Promise<SlideData | null> {
  const data = await load.timeline();
  const domain = timelineDomain(
    data.items,
    data.jurisdictions.map((j) => j.code),
    parentsOf(data.jurisdictions),
  );
  const { filters } = parseTimelineFilters(new URLSearchParams(view.params), domain);
  const items = applyFilters(data.items, filters, domain.parents);
  const names = new Map(data.jurisdictions.map((j) => [j.code, `${j.parentCode ? "↳ " : ""}${localized(locale, j.nameEn, j.nameZh)}`]));
  const today = new Date().toISOString().slice(0, 10);
  const dateOf = (date: string, precision: "DAY" | "MONTH" | "YEAR" = "DAY") => formatDate(date, precision, locale);
  return timelineSlideData(items, data.asOf ?? "–", {
    title: t("timeline.chartTitle"),
    subtitle: (total) => t("decks.slideData.timelineSubtitle", { total, from: filters.from, to: filters.to }),
    columns: {
      date: t("timeline.columns.date"),
      jurisdiction: t("timeline.columns.jurisdiction"),
      title: t("timeline.columns.title"),
      type: t("timeline.columns.type"),
      status: t("timeline.columns.status"),
    },
    event: t("timeline.event"),
    status: Object.fromEntries(STATUS_KEYS.map((s) => [s, t(`timeline.status.${s}`)])),
    itemTitle: (i) => localized(locale, i.titleEn, i.titleZh),
    shortTitle: (i) => shortTitle(localized(locale, i.titleEn, i.titleZh), locale),
    date: (i) => {
      const anchor = anchorDate(i);
      return anchor ? formatDate(anchor.date, anchor.precision, locale) : "–";
    },
    superseded: (i) => {
      if (i.kind !== "instrument") return null;
      const moved = i.milestones.filter((m) => m.superseded);
      if (!moved.length) return null;
      return moved
        .map((m) => {
          const by = m.superseded?.by ? shortTitle(localized(locale, m.superseded.by.titleEn, m.superseded.by.titleZh), locale) : null;
          const on = m.superseded?.on ? dateOf(m.superseded.on) : "–";
          const what = `${dateOf(m.date)} ${localized(locale, m.labelEn, m.labelZh)}`;
          return by ? t("decks.slideData.supersededBy", { what, on, by }) : t("decks.slideData.superseded", { what, on });
        })
        .join("; ");
    },
    laneLabel: (code) => names.get(code) ?? code,
    lanes: lanesFor(filters.jurisdictions, domain),
    from: filters.from,
    to: filters.to,
    today,
    lastChecked: data.lastChecked ?? t("timeline.notRecorded"),
    caveat: t("decks.slideData.timelineCaveat"),
    legend: [
      ...STATUS_KEYS.map((s) => ({ label: t(`timeline.status.${s}`), color: MARK_COLORS[s] })),
      { label: t("timeline.event"), color: MARK_COLORS.EVENT },
      { label: t("decks.slideData.supersededLegend"), color: "#64748b" },
    ],
  });
}

/** A resolver that loads each dataset once, for pages and exports that resolve many slides. */
export function createViewResolver(locale: DeckLocale, loaders: Partial<Loaders> = {}): (view: unknown) => Promise<ResolvedView> {
  const t = translator(locale);
  // `loaders` replaces where the data comes from (frozen embeds read it as published on a past day).
  const load: Loaders = {
    figures: memo(loaders.figures ?? getViewFigures),
    matrix: loaders.matrix ?? getGovernanceMatrix,
    timeline: memo(loaders.timeline ?? getTimelineData),
    jurisdiction: memo(loaders.jurisdiction ?? getJurisdictionPage),
  };
  return async (raw) => {
    const chart = raw && typeof raw === "object" && "chart" in raw ? (raw as { chart: unknown }).chart : undefined;
    if (!(CHART_IDS as readonly unknown[]).includes(chart)) return { ok: false, problem: "unknown-chart" };
    const parsed = chartViewSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, problem: "invalid-view" };
    const view = parsed.data;
    const data =
      view.chart === "compare"
        ? await compareSlide(view, locale, t, load)
        : view.chart === "timeline"
          ? await timelineSlide(view, locale, t, load)
          : view.chart === "jurisdiction-levels"
            ? await jurisdictionLevelsSlide(view, locale, t, load)
            : view.chart === "jurisdiction-figures"
              ? await jurisdictionFiguresSlide(view, locale, t, load)
              : await investmentSlide(view, locale, t, load);
    return data ? { ok: true, data } : { ok: false, problem: "no-data" };
  };
}

export function resolveView(view: unknown, locale: DeckLocale): Promise<ResolvedView> {
  return createViewResolver(locale)(view);
}
