import { getLocale, getTranslations } from "next-intl/server";
import type { InvestmentFigureDto } from "@/lib/dto/investment";
import { formatFigure } from "@/lib/charts/money";
import { localizeFigure } from "@/lib/charts/figure-labels";
import { SourceKeys } from "@/components/sources/source-keys";
import { ConfidenceBadge } from "./confidence-badge";
import { PageSection } from "./page-section";
import { englishOnly } from "./localized";

// A table, not a chart: the figures measure different things in different currencies and must never be summed.

/** A kind note without the kind it restates ("Guidance (Oct 2024)" → "Oct 2024"): the kind is already shown as a label. */
function kindDetail(note: string | null): string | null {
  if (!note) return null;
  const rest = note
    .replace(/^(actual|guidance|plan|pledge|committed|estimate)\b[;:,]?\s*/i, "")
    .replace(/^\((.*)\)$/, "$1")
    .trim();
  return rest || null;
}

export async function FiguresSection({ name, figures }: { name: string; figures: InvestmentFigureDto[] }) {
  const t = await getTranslations();
  const locale = await getLocale();
  const en = englishOnly(locale);
  // Measures, periods and notes in the reader's language where the data has a translation (lang="en" only where not).
  const lang = (zh: string | null | undefined) => (zh ? undefined : en);
  return (
    <PageSection id="figures" title={t("jurisdiction.figuresTitle")} intro={t("jurisdiction.figuresIntro")}>
      {figures.length === 0 ? (
        <p className="text-sm text-slate-700">{t("jurisdiction.none")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="min-w-full text-left text-sm" data-testid="figures-table">
            <caption className="sr-only">{t("jurisdiction.figuresCaption", { name })}</caption>
            <thead className="border-b border-slate-300 bg-slate-50">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t("jurisdiction.actor")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("jurisdiction.measure")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("common.value")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("common.period")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("common.kind")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("common.confidence")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("common.sources")}
                </th>
              </tr>
            </thead>
            <tbody>
              {figures
                .map((raw) => ({ raw, f: localizeFigure(raw, locale) }))
                .map(({ raw, f }) => (
                  <tr key={f.slug} id={`figure-${f.slug}`} data-slug={f.slug} className="scroll-mt-4 border-b border-slate-100 align-top target:bg-amber-50">
                    <th scope="row" className="px-3 py-2 font-medium">
                      {f.actorName}
                    </th>
                    <td className="min-w-48 px-3 py-2" lang={lang(raw.measureZh)}>
                      {f.measure}
                      {f.comparabilityNote && <span className="block text-xs text-slate-600">{f.comparabilityNote}</span>}
                    </td>
                    <td className="whitespace-nowrap px-3 py-2 font-semibold tabular-nums" data-testid="figure-value">
                      {formatFigure(f)}
                    </td>
                    <td className="px-3 py-2" lang={lang(raw.periodLabelZh)}>
                      {f.periodLabel}
                    </td>
                    <td className="px-3 py-2">
                      {t(`kinds.${f.kind}`)}
                      {kindDetail(f.kindNote) && (
                        <span className="block text-xs text-slate-600" lang={lang(raw.kindNoteZh)}>
                          {kindDetail(f.kindNote)}
                        </span>
                      )}
                    </td>
                    <td className="px-3 py-2">
                      <ConfidenceBadge confidence={f.confidence} />
                    </td>
                    <td className="px-3 py-2">
                      <SourceKeys sources={f.sources} />
                      {f.flaggedClaimSlugs.map((slug) => (
                        <a key={slug} href={`#claim-${slug}`} className="block text-xs font-medium text-red-800 underline">
                          ⚑ {t("common.flagged")}
                        </a>
                      ))}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      )}
    </PageSection>
  );
}
