"use client";
import { useEffect, useState } from "react";
import { useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { ChartFrame } from "@/components/charts/chart-frame";
import { AddToBriefing } from "@/components/decks/add-to-briefing";
import { seriesColor } from "@/components/charts/palette";
import {
  buildComparison,
  comparisonExportRows,
  comparisonSourceKeys,
  comparisonStats,
  localized,
  parseSelection,
  serializeSelection,
  toggleSelection,
  type ComparisonCell,
  type Selection,
} from "@/lib/charts/compare-state";
import type { GovernanceMatrixDto } from "@/lib/dto/governance";
import { ComparisonChartView } from "./comparison-chart";
import { JurisdictionPicker } from "./jurisdiction-picker";
import { SelectionNotices } from "./selection-notices";
import { SideBySideTable } from "./side-by-side-table";
import { useLevelText } from "./assessment-details";

// A native pushState keeps the page static (no server round trip); Next syncs useSearchParams with it and
// back/forward restores the previous selection.
function pushSelection(codes: string[]) {
  const params = new URLSearchParams(window.location.search);
  params.set("j", serializeSelection(codes));
  window.history.pushState(null, "", `?${params.toString().replace(/%2C/g, ",")}`);
}

/** Reads `?j=` on the client; must sit inside <Suspense> so that the page itself stays static. */
export function SideBySideFromUrl({ matrix }: { matrix: GovernanceMatrixDto }) {
  const search = useSearchParams();
  const selection = parseSelection(search.get("j"), matrix.jurisdictions.map((j) => j.code));
  return <SideBySide matrix={matrix} selection={selection} />;
}

export function SideBySide({ matrix, selection }: { matrix: GovernanceMatrixDto; selection: Selection }) {
  const t = useTranslations("compare");
  const tc = useTranslations("confidence");
  const tcharts = useTranslations("charts");
  const locale = useLocale();
  const levelText = useLevelText();
  // Marks when the selection controls respond, so that browser tests do not click before hydration.
  const [interactive, setInteractive] = useState(false);
  useEffect(() => setInteractive(true), []);
  const { codes } = selection;
  const rows = buildComparison(matrix, codes);
  const names = Object.fromEntries(matrix.jurisdictions.map((j) => [j.code, localized(locale, j.nameEn, j.nameZh)]));
  const dimensionNames = Object.fromEntries(matrix.dimensions.map((d) => [d.key, localized(locale, d.nameEn, d.nameZh)]));
  const exportRows = comparisonExportRows(rows, t("notVerified"), locale);
  // Same order as exportRows (dimension, then jurisdiction), so row i of the table is row i of the export.
  const flatCells = rows.flatMap((r) => r.cells);
  const stats = comparisonStats(rows, codes);
  const percent = (share: number) => `${Math.round(share * 100)}%`;
  const list = codes.map((c) => names[c]).join(locale === "zh" ? "、" : ", ");
  const summary =
    stats.highest && stats.lowest
      ? t("chartSummary", {
          jurisdictions: list,
          dimensions: rows.length,
          highest: names[stats.highest.code],
          highestShare: percent(stats.highest.mean),
          lowest: names[stats.lowest.code],
          lowestShare: percent(stats.lowest.mean),
          notVerified: stats.notVerified,
          cells: stats.cells,
        })
      : t("chartSummaryNoData", { jurisdictions: list, dimensions: rows.length, cells: stats.cells });
  const sourceKeys = comparisonSourceKeys(rows);
  const asOf = t("dataAsOf", { date: matrix.asOf ?? "–" });

  const cellLabel = (c: ComparisonCell) =>
    c.assessment && c.level !== null
      ? `${localized(locale, c.assessment.labelEn, c.assessment.labelZh)} — ${levelText(c.level, c.maxLevel)}`
      : t("tooltipNotVerified");
  const cellDetail = (c: ComparisonCell) =>
    c.assessment
      ? `${t("confidence")}: ${tc(c.assessment.confidence)} · ${t("asOf")} ${c.assessment.asOf} · ${t("sources")}: ${c.assessment.sources.map((s) => s.key).join(", ") || "–"}`
      : "";

  return (
    <section aria-labelledby="compare-side-title" className="space-y-4" data-testid="side-by-side" data-interactive={interactive}>
      <h2 id="compare-side-title" className="text-2xl font-semibold">
        {t("compareTitle")}
      </h2>
      <JurisdictionPicker
        jurisdictions={matrix.jurisdictions}
        selected={codes}
        onToggle={(code) => {
          const next = toggleSelection(codes, code);
          if (next.join() !== codes.join()) pushSelection(next);
        }}
      />
      <SelectionNotices notices={selection.notices} names={names} />
      <ChartFrame
        id="compare"
        title={t("chartTitle")}
        subtitle={t("chartSubtitle")}
        summary={summary}
        asOf={asOf}
        tableLabel={t("dataTable")}
        actions={<AddToBriefing view={{ chart: "compare", params: { j: codes.join(",") } }} defaultTitle={`${t("chartTitle")}: ${list}`} />}
        exportData={{
          filename: `govatlas-governance-${codes.join("-").toLowerCase()}`,
          rows: exportRows,
          stamp: {
            title: `${t("chartTitle")}: ${list}`,
            sourceLine: tcharts("sourceLine", { sources: sourceKeys.join(", ") }),
            asOf,
            legend: codes.map((c, i) => ({ label: names[c], color: seriesColor(i) })),
          },
        }}
        notes={<p data-testid="compare-gap-note">{t("gapNote")}</p>}
        table={
          <table className="min-w-full text-left text-sm" data-testid="compare-data-table">
            <thead className="border-b border-slate-300">
              <tr>
                {(["jurisdiction", "dimension", "level", "scaleMax", "label", "confidence", "asOf", "sources"] as const).map((k) => (
                  <th key={k} scope="col" className="py-1 pr-3">
                    {t(`columns.${k}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {exportRows.map((r, i) => (
                <tr key={`${r.jurisdiction}:${r.dimension}`} className="border-b border-slate-100" data-row={`${r.jurisdiction}:${r.dimension}`}>
                  <td className="py-1 pr-3">{r.jurisdiction}</td>
                  <td className="py-1 pr-3">{dimensionNames[r.dimension]}</td>
                  <td className="py-1 pr-3 tabular-nums" data-col="level">{r.level ?? t("notVerified")}</td>
                  <td className="py-1 pr-3 tabular-nums" data-col="scaleMax">{r.scaleMax ?? "–"}</td>
                  <td className="py-1 pr-3">{r.label}</td>
                  <td className="py-1 pr-3">{r.confidence ? tc(r.confidence) : "–"}</td>
                  <td className="py-1 pr-3">{r.asOf ?? "–"}</td>
                  <td className="py-1 pr-3">{flatCells[i].assessment?.sources.map((s) => s.key).join(", ") || "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      >
        <ComparisonChartView
          rows={rows}
          codes={codes}
          labels={{ names, dimensionNames, notVerified: t("notVerifiedShort"), axis: t("axisShare"), cellLabel, cellDetail }}
        />
      </ChartFrame>
      <SideBySideTable rows={rows} codes={codes} names={names} />
    </section>
  );
}
