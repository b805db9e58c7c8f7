import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { asOfLine, figuresAsOf } from "@/lib/charts/as-of";
import { describeSource } from "@/lib/charts/export-rows";
import { FUNDING_COLORS, FUNDING_ORDER, KIND_FILL, KIND_ORDER, kindLegendLabel, fundingLabel, type FundingKey } from "@/lib/charts/figure-labels";
import type { ExportRow } from "@/lib/charts/export-rows";
import type { ExportStamp, LegendGroup } from "@/lib/charts/export-svg";
import type { FigureKind, InvestmentFigureDto, SourceRef } from "@/lib/dto/investment";
import { bySourceKey } from "@/lib/format/source-order";

/**
 * The reader-facing text every chart frame and export shares: the as-of line (newest information and last
 * check, never the database's write time), the sources written out, and the kind / funding legends.
 */
export async function chartText() {
  const t = await getTranslations("charts");
  const locale = await getLocale();
  const sources = (figures: InvestmentFigureDto[]): string[] => {
    const byKey = new Map<string, SourceRef>();
    for (const f of figures) for (const s of f.sources) byKey.set(s.key, s);
    return [...byKey.values()].sort(bySourceKey).map((s) => describeSource(s, t("undated")));
  };
  const sourceNotes = (figures: InvestmentFigureDto[]): Record<string, string> =>
    Object.fromEntries(figures.flatMap((f) => f.sources.map((s) => [s.key, describeSource(s, t("undated"), true)])));
  const sourcesTitle = t("sourcesTitle");
  return {
    locale,
    asOf: (figures: InvestmentFigureDto[]) =>
      asOfLine(figuresAsOf(figures), {
        newest: (date) => t("newest", { date }),
        checked: (dates) => t("checked", { dates }),
        notRecorded: t("notRecorded"),
        partlyRecorded: (count, total) => t("partlyRecorded", { count, total }),
        unknown: t("notStated"),
      }),
    /**
     * A figure chart's exports: its rows (each source key noted with its source), stamped with title, caveat,
     * legends, as-of and the sources of the figures `drawn` written out (plus `moreSources`, e.g. a rate's).
     */
    figureExport: (e: {
      filename: string;
      rows: ExportRow[];
      noted: InvestmentFigureDto[];
      drawn: InvestmentFigureDto[];
      moreSources?: string[];
      stamp: Pick<ExportStamp, "title" | "subtitle" | "legends" | "asOf">;
    }) => ({
      filename: e.filename,
      rows: e.rows,
      sourceNotes: sourceNotes(e.noted),
      stamp: { ...e.stamp, sourcesTitle, sources: [...sources(e.drawn), ...(e.moreSources ?? [])] },
    }),
    kindLegend: (kinds: Iterable<FigureKind>, color = "#334155"): LegendGroup => {
      const shown = new Set(kinds);
      return {
        title: t("kindLegend"),
        items: KIND_ORDER.filter((k) => shown.has(k)).map((k) => ({ label: kindLegendLabel(k, locale), color, fill: KIND_FILL[k] })),
      };
    },
    fundingLegend: (fundings: Iterable<FundingKey>): LegendGroup => {
      const shown = new Set(fundings);
      return {
        title: t("fundingLegend"),
        items: FUNDING_ORDER.filter((f) => shown.has(f)).map((f) => ({ label: fundingLabel(f, locale), color: FUNDING_COLORS[f] })),
      };
    },
    sourcesTitle,
  };
}
