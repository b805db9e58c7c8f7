import { getLocale, getTranslations } from "next-intl/server";
import type { InvestmentFigureDto } from "@/lib/dto/investment";
import { formatFigure } from "@/lib/charts/money";
import { localizeFigure } from "@/lib/charts/figure-labels";
import { SourceKeys } from "@/components/sources/source-keys";
import { FlaggedClaimLinks } from "@/components/sources/flagged-claim-links";
import { ConfidenceBadge } from "./confidence-badge";
import { PageSection } from "./page-section";
import { THead, Table, Th } from "@/components/ui/table";
import { englishOnly } from "./localized";

// A table, not a chart: the figures measure different things in different currencies and must never be summed.

const COLUMNS = ["jurisdiction.actor", "jurisdiction.measure", "common.value", "common.period", "common.kind", "common.confidence", "common.sources"] as const;

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
        <Table frameClassName="shadow-sm" data-testid="figures-table" caption={t("jurisdiction.figuresCaption", { name })}>
          <THead tone="plain" className="bg-slate-50" columns={COLUMNS.map((key) => t(key))} />
          <tbody>
            {figures
              .map((raw) => ({ raw, f: localizeFigure(raw, locale) }))
              .map(({ raw, f }) => (
                <tr key={f.slug} id={`figure-${f.slug}`} data-slug={f.slug} className="scroll-mt-4 border-b border-slate-100 align-top target:bg-amber-50">
                  <Th scope="row" weight="medium">
                    {f.actorName}
                  </Th>
                  <td className="min-w-48" lang={lang(raw.measureZh)}>
                    {f.measure}
                    {f.comparabilityNote && <span className="block text-xs text-slate-600">{f.comparabilityNote}</span>}
                  </td>
                  <td className="whitespace-nowrap font-semibold tabular-nums" data-testid="figure-value">
                    {formatFigure(f, locale)}
                  </td>
                  <td lang={lang(raw.periodLabelZh)}>{f.periodLabel}</td>
                  <td>
                    {t(`kinds.${f.kind}`)}
                    {kindDetail(f.kindNote) && (
                      <span className="block text-xs text-slate-600" lang={lang(raw.kindNoteZh)}>
                        {kindDetail(f.kindNote)}
                      </span>
                    )}
                  </td>
                  <td>
                    <ConfidenceBadge confidence={f.confidence} />
                  </td>
                  <td>
                    <SourceKeys sources={f.sources} />
                    <FlaggedClaimLinks slugs={f.flaggedClaimSlugs} block />
                  </td>
                </tr>
              ))}
          </tbody>
        </Table>
      )}
    </PageSection>
  );
}
