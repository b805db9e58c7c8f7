"use client";
import { Suspense, useEffect, useState } from "react";
import { useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { ChartFrame } from "@/components/charts/chart-frame";
import { seriesColor } from "@/components/charts/palette";
import {
  buildComparison,
  comparisonExportRows,
  comparisonSourceKeys,
  comparisonSourcesWritten,
  changedCodings,
  dimensionSummaries,
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
import { useBrowserValue } from "@/lib/hooks/use-browser-value";

// A native pushState keeps the page static (no server round trip); Next syncs useSearchParams with it and
// back/forward restores the previous selection.
function pushSelection(codes: string[]) {
  const params = new URLSearchParams(window.location.search);
  params.set("j", serializeSelection(codes));
  window.history.pushState(null, "", `?${params.toString().replace(/%2C/g, ",")}`);
}

/**
 * The prerendered HTML shows the default selection and hydrates as it is; `?j=` applies once the client has read it.
 * (Reading the URL above the view inside <Suspense> would make React discard the server HTML and build it again.)
 */
export function SideBySideFromUrl({ matrix }: { matrix: GovernanceMatrixDto }) {
  const [j, setJ] = useState<string | null>(null);
  const selection = parseSelection(
    j,
    matrix.jurisdictions.map((x) => x.code),
  );
  return (
    <>
      <Suspense fallback={null}>
        <SelectionReader onRead={setJ} />
      </Suspense>
      <SideBySide matrix={matrix} selection={selection} />
    </>
  );
}

function SelectionReader({ onRead }: { onRead: (j: string | null) => void }) {
  const j = useSearchParams().get("j");
  useEffect(() => onRead(j), [j, onRead]);
  return null;
}

export function SideBySide({ matrix, selection }: { matrix: GovernanceMatrixDto; selection: Selection }) {
  const t = useTranslations("compare");
  const tc = useTranslations("confidence");
  const tcharts = useTranslations("charts");
  const locale = useLocale();
  const levelText = useLevelText();
  // Marks when the selection controls respond, so that browser tests do not click before hydration.
  const interactive = useBrowserValue(() => true, false);
  const { codes } = selection;
  const rows = buildComparison(matrix, codes);
  const names = Object.fromEntries(matrix.jurisdictions.map((j) => [j.code, localized(locale, j.nameEn, j.nameZh)]));
  const dimensionNames = Object.fromEntries(matrix.dimensions.map((d) => [d.key, localized(locale, d.nameEn, d.nameZh)]));
  const exportRows = comparisonExportRows(rows, t("notVerified"), locale);
  // Same order as exportRows (dimension, then jurisdiction), so row i of the table is row i of the export.
  const flatCells = rows.flatMap((r) => r.cells);
  const list = codes.map((c) => names[c]).join(locale === "zh" ? "、" : ", ");
  const sep = locale === "zh" ? "；" : "; ";
  // One sentence per dimension: scales differ (and policy stance is a position), so levels are never averaged.
  const details = dimensionSummaries(rows)
    .map((d) => {
      const entries = d.entries.map((e) =>
        t("summaryEntry", { name: names[e.code], label: localized(locale, e.labelEn, e.labelZh), level: levelText(e.level, e.maxLevel) }),
      );
      const gaps = d.notVerified.length ? [t("summaryGaps", { names: d.notVerified.map((c) => names[c]).join(locale === "zh" ? "、" : ", ") })] : [];
      return t(d.spectrum ? "dimensionSummarySpectrum" : "dimensionSummary", {
        dimension: dimensionNames[d.dimensionKey],
        levels: [...entries, ...gaps].join(sep),
      });
    })
    .join(" ");
  const changed = changedCodings(rows).map((c) =>
    t("changedNote", { name: names[c.code], dimension: dimensionNames[c.dimensionKey], date: c.since.slice(0, 4) }),
  );
  const summary = [t("chartSummary", { jurisdictions: list, dimensions: rows.length }), details, ...changed].join(" ");
  const sourceKeys = comparisonSourceKeys(rows);
  const asOf = t("dataAsOf", { date: matrix.asOf ?? "–", checked: matrix.lastChecked ?? "–" });

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
        view={{ chart: "compare", params: { j: codes.join(",") } }}
        viewTitle={`${t("chartTitle")}: ${list}`}
        exportData={{
          filename: `govatlas-governance-${codes.join("-").toLowerCase()}`,
          rows: exportRows,
          stamp: {
            title: `${t("chartTitle")}: ${list}`,
            sourceLine: tcharts("sourceLine", { sources: sourceKeys.join(", ") }),
            sources: comparisonSourcesWritten(rows, tcharts("undated"), locale === "zh"),
            asOf,
            legend: codes.map((c, i) => ({ label: names[c], color: seriesColor(i) })),
          },
        }}
        notes={<p data-testid="compare-gap-note">{t("gapNote")}</p>}
        table={
          <table className="min-w-full text-left text-sm" data-testid="compare-data-table">
            <thead className="border-b border-slate-300">
              <tr>
                {(["jurisdiction", "dimension", "level", "scaleMax", "label", "confidence", "asOf", "since", "sources"] as const).map((k) => (
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
                  <td className="py-1 pr-3 tabular-nums" data-col="level">
                    {r.level ?? t("notVerified")}
                  </td>
                  <td className="py-1 pr-3 tabular-nums" data-col="scaleMax">
                    {r.scaleMax ?? "–"}
                  </td>
                  <td className="py-1 pr-3">{r.label}</td>
                  <td className="py-1 pr-3">{r.confidence ? tc(r.confidence) : "–"}</td>
                  <td className="py-1 pr-3">{r.asOf ?? "–"}</td>
                  <td className="py-1 pr-3">{r.since ?? t("sinceStart")}</td>
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
          labels={{
            names,
            dimensionNames,
            notVerified: t("notVerifiedShort"),
            axis: t("axisShare"),
            title: t("chartTitle"),
            cellLabel,
            cellDetail,
            position: (c) => `${c.level}/${c.maxLevel ?? "?"}`,
          }}
        />
      </ChartFrame>
      <SideBySideTable rows={rows} codes={codes} names={names} />
    </section>
  );
}
