import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { GovernanceMatrixDto } from "@/lib/dto/governance";
import type { InvestmentFigureDto } from "@/lib/dto/investment";
import { describeSource, type ExportRow } from "@/lib/charts/export-rows";
import { fundingLabel, fundingOf, kindText, localizeFigure } from "@/lib/charts/figure-labels";
import { formatFigure } from "@/lib/charts/money";
import { bySourceKey } from "@/lib/format/source-order";
import { ChartFrame } from "@/components/charts/chart-frame";
import { ChartLegend } from "@/components/charts/chart-legend";
import { chartText } from "@/components/charts/chart-text";
import { ChartDataTable } from "@/components/charts/chart-data-table";
import type { ChartView } from "@/lib/dto/decks";
import { buildLevelStrip, type LevelStripRow } from "./level-strip-state";
import { buildFigureTimeline, yearSpan } from "./figure-timeline-state";
import { LevelsStripSvg } from "./levels-strip-svg";
import { FiguresTimelineSvg } from "./figures-timeline-svg";
import { PageSection } from "./page-section";
import { localized } from "./localized";

type LevelSource = GovernanceMatrixDto["jurisdictions"][number]["assessments"][string]["sources"][number];

/** The jurisdiction's coded levels against the others, and its investment figures over time: server SVG, no JS. */
export async function JurisdictionCharts(props: { code: string; name: string; matrix: GovernanceMatrixDto; figures: InvestmentFigureDto[] }) {
  const t = await getTranslations();
  const text = await chartText();
  const { locale } = text;
  const list = (items: string[]) => items.join(locale === "zh" ? "、" : ", ");
  const names = new Map(props.matrix.jurisdictions.map((j) => [j.code, localized(locale, j.nameEn, j.nameZh)]));
  const levelText = (level: number, max: number | null) => (max === null ? String(level) : t("jurisdiction.charts.levelOf", { level, max }));

  // (a) Levels: this jurisdiction first in each dimension, then every other coded one.
  const rows = buildLevelStrip(props.matrix, props.code).filter((r) => r.coded || r.others.length > 0);
  const dimensionName = (r: LevelStripRow) => localized(locale, r.nameEn, r.nameZh);
  const tableRows = rows.flatMap((r) =>
    [props.code, ...props.matrix.jurisdictions.map((j) => j.code).filter((c) => c !== props.code)].flatMap((c) => {
      const a = props.matrix.jurisdictions.find((j) => j.code === c)?.assessments[r.dimensionKey];
      if (!a) return [];
      return [{ row: r, code: c, a, self: c === props.code }];
    }),
  );
  const written = (s: LevelSource, withUrl = false) =>
    describeSource(
      { key: s.key, title: localized(locale, s.title, s.titleZh), url: s.url, publisher: s.publisher, date: s.publishedOn ?? null },
      t("charts.undated"),
      withUrl,
    );
  const levelSources = [...new Map(tableRows.filter((x) => x.self).flatMap((x) => x.a.sources.map((s) => [s.key, s] as const))).values()].sort(bySourceKey);
  // The CSV / JSON write every row's sources out in full (the table links the keys).
  const levelSourceNotes = Object.fromEntries(tableRows.flatMap((x) => x.a.sources.map((s) => [s.key, written(s, true)])));
  const levelExport: ExportRow[] = tableRows.map(({ row, code, a }) => ({
    dimension: dimensionName(row),
    jurisdiction: names.get(code) ?? code,
    code,
    level: a.level,
    maxLevel: row.maxLevel,
    label: a.level === null ? t("jurisdiction.notVerified") : localized(locale, a.labelEn, a.labelZh),
    asOf: a.asOf,
    sources: a.sources.map((s) => s.key).join("; "),
  }));
  const levelSummary = [
    t("jurisdiction.charts.levelsSummary", { name: props.name, count: props.matrix.jurisdictions.length - 1 }),
    ...rows.map((r) =>
      r.level === null
        ? t("jurisdiction.charts.levelsRowNotVerified", { dimension: dimensionName(r) })
        : t("jurisdiction.charts.levelsRow", {
            dimension: dimensionName(r),
            label: localized(locale, r.labelEn ?? "", r.labelZh),
            level: levelText(r.level, r.maxLevel),
            higher: r.higher,
            same: r.same,
            lower: r.lower,
          }),
    ),
  ].join(" ");
  const asOfLevels = t("compare.dataAsOf", { date: props.matrix.asOf ?? "–", checked: props.matrix.lastChecked ?? "–" });
  const levelsTitle = t("jurisdiction.charts.levelsTitle", { name: props.name });

  // (b) Figures over time, in their own currencies.
  const figures = props.figures.map((f) => localizeFigure(f, locale));
  // Over more than eight years a column is too narrow for an amount label: the next year in a lane stays free.
  const timeline = buildFigureTimeline(figures, yearSpan(figures) > 8 ? 1 : 0);
  const drawn = new Set(timeline.series.flatMap((s) => s.marks.map((m) => m.figure.slug)));
  const figuresTitle = t("jurisdiction.charts.figuresTitle", { name: props.name });
  const count = (kinds: string[]) => figures.filter((f) => kinds.includes(f.kind)).length;
  const figureSummary =
    figures.length === 0
      ? t("jurisdiction.charts.figuresEmpty", { name: props.name })
      : t("jurisdiction.charts.figuresSummary", {
          count: figures.length,
          currencies: list(timeline.currencies) || "–",
          actual: count(["ACTUAL"]),
          pledged: count(["PLEDGE", "PLAN", "COMMITTED", "GUIDANCE"]),
          estimates: count(["ESTIMATE"]),
          undated: timeline.undated.length,
        });
  const figureExport: ExportRow[] = figures.map((f) => ({
    actor: f.actorName,
    measure: f.measure,
    period: f.periodLabel,
    periodStart: f.periodStart,
    periodEnd: f.periodEnd,
    kind: kindText(f, locale),
    funding: fundingLabel(fundingOf(f), locale),
    value: formatFigure(f, locale),
    amount: f.amount,
    amountLow: f.amountLow,
    amountHigh: f.amountHigh,
    currency: f.currency,
    sources: f.sources.map((s) => s.key).join("; "),
    drawn: drawn.has(f.slug) ? t("jurisdiction.charts.drawn") : t("jurisdiction.charts.notDrawn"),
  }));
  const fundings = new Set(timeline.series.flatMap((s) => s.marks.map((m) => m.funding)));
  const legends = [text.kindLegend(new Set(timeline.series.flatMap((s) => s.marks.map((m) => m.figure.kind)))), text.fundingLegend(fundings)];
  const figuresAsOf = text.asOf(figures);
  const slug = props.code.toLowerCase();
  // Decks and embeds redraw these charts from the same data (lib/decks/resolve-jurisdiction.ts).
  const levelsView: ChartView | undefined = rows.some((r) => r.level !== null) ? { chart: "jurisdiction-levels", params: { code: props.code } } : undefined;
  const figuresView: ChartView | undefined = figures.length ? { chart: "jurisdiction-figures", params: { code: props.code } } : undefined;

  return (
    <PageSection id="charts" title={t("jurisdiction.charts.title")} intro={t("jurisdiction.charts.intro")}>
      <div className="space-y-6">
        <ChartFrame
          id="jurisdiction-levels"
          title={levelsTitle}
          subtitle={t("jurisdiction.charts.levelsSubtitle", { name: props.name })}
          summary={rows.length ? levelSummary : t("jurisdiction.charts.levelsEmpty", { name: props.name })}
          asOf={asOfLevels}
          view={levelsView}
          tableLabel={t("common.dataTable")}
          exportData={
            rows.length
              ? {
                  filename: `govatlas-levels-${slug}`,
                  rows: levelExport,
                  sourceNotes: levelSourceNotes,
                  stamp: {
                    title: levelsTitle,
                    subtitle: t("jurisdiction.charts.levelsSubtitle", { name: props.name }),
                    asOf: asOfLevels,
                    sourcesTitle: text.sourcesTitle,
                    sources: levelSources.map((s) => written(s)),
                  },
                }
              : undefined
          }
          notes={
            <p>
              {t("jurisdiction.charts.levelsNote")}{" "}
              <Link href={`/compare?j=${props.code}`} className="text-brand-700 underline">
                {t("jurisdiction.charts.compareLink", { name: props.name })}
              </Link>
            </p>
          }
          table={
            // Cell text only (a client table's props are its strings): the RSC payload stays small on a phone.
            <ChartDataTable
              testId="levels-table"
              columns={[
                t("jurisdiction.charts.dimension"),
                t("jurisdiction.charts.jurisdiction"),
                t("jurisdiction.charts.levelColumn"),
                t("jurisdiction.charts.codedAs"),
                t("common.sources"),
              ]}
              numeric={[2]}
              rows={tableRows.map(({ row, code, a }) => ({
                key: `${row.dimensionKey}:${code}`,
                slug: `${row.dimensionKey}:${code}`,
                cells: [
                  dimensionName(row),
                  `${names.get(code) ?? code} (${code})`,
                  a.level === null ? t("jurisdiction.notVerified") : levelText(a.level, row.maxLevel),
                  a.level === null ? "–" : localized(locale, a.labelEn, a.labelZh),
                  a.sources.map((s) => s.key).join(", ") || "–",
                ],
              }))}
            />
          }
        >
          {rows.length ? (
            <LevelsStripSvg
              rows={rows}
              code={props.code}
              title={levelsTitle}
              dimensionName={dimensionName}
              otherName={(c) => names.get(c) ?? c}
              levelText={levelText}
              notVerified={t("jurisdiction.notVerified")}
            />
          ) : (
            <p className="text-sm text-slate-700" data-testid="levels-empty">
              {t("jurisdiction.charts.levelsEmpty", { name: props.name })}
            </p>
          )}
        </ChartFrame>
        <ChartFrame
          id="jurisdiction-figures"
          title={figuresTitle}
          subtitle={t("jurisdiction.charts.figuresSubtitle")}
          summary={figureSummary}
          asOf={figuresAsOf}
          view={figuresView}
          tableLabel={t("common.dataTable")}
          exportData={
            timeline.years
              ? text.figureExport({
                  filename: `govatlas-figures-${slug}`,
                  rows: figureExport,
                  noted: figures,
                  drawn: figures,
                  stamp: { title: figuresTitle, subtitle: t("jurisdiction.charts.figuresSubtitle"), legends, asOf: figuresAsOf },
                })
              : undefined
          }
          notes={
            <>
              {timeline.years && <ChartLegend id="jurisdiction-figures" legends={legends} />}
              {timeline.undated.length > 0 && (
                <p data-testid="figures-undated">
                  {t("jurisdiction.charts.undatedNote", { list: list(timeline.undated.map((f) => `${f.actorName} (${formatFigure(f, locale)})`)) })}
                </p>
              )}
            </>
          }
          table={
            <ChartDataTable
              testId="figures-chart-table"
              columns={[
                t("jurisdiction.actor"),
                t("jurisdiction.measure"),
                t("common.period"),
                t("common.kind"),
                t("jurisdiction.charts.funding"),
                t("common.value"),
                t("common.sources"),
                t("jurisdiction.charts.drawnColumn"),
              ]}
              numeric={[5]}
              rows={figures.map((f) => ({
                key: f.slug,
                slug: f.slug,
                cells: [
                  f.actorName,
                  f.measure,
                  f.periodLabel,
                  kindText(f, locale),
                  fundingLabel(fundingOf(f), locale),
                  formatFigure(f, locale),
                  f.sources.map((s) => s.key).join(", ") || "–",
                  drawn.has(f.slug) ? t("jurisdiction.charts.drawn") : t("jurisdiction.charts.notDrawn"),
                ],
              }))}
            />
          }
        >
          {timeline.years ? (
            <FiguresTimelineSvg
              timeline={timeline}
              title={figuresTitle}
              locale={locale}
              seriesLabel={(s) => `${s.actorName} — ${s.measure}${s.currency ? ` (${s.currency})` : ""}`}
            />
          ) : (
            <p className="text-sm text-slate-700" data-testid="figures-empty">
              {figures.length === 0
                ? t("jurisdiction.charts.figuresEmpty", { name: props.name })
                : t("jurisdiction.charts.figuresNoPeriod", { name: props.name })}
            </p>
          )}
        </ChartFrame>
      </div>
    </PageSection>
  );
}
