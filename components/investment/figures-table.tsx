import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { formatFigure } from "@/lib/charts/money";
import { fundingLabel, fundingOf, kindText } from "@/lib/charts/figure-labels";
import { isInitiative } from "@/lib/charts/initiatives-state";
import type { InvestmentFigureDto } from "@/lib/dto/investment";
import { FigureRows } from "./figure-rows";

/** Every matching figure; `figures` are already localized (actor, measure, period, notes). */
export async function FiguresTable(props: { figures: InvestmentFigureDto[]; total: number; page: number; pageSize: number; query: string }) {
  const t = await getTranslations();
  const locale = await getLocale();
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  const pageHref = (p: number) => {
    const q = new URLSearchParams(props.query);
    if (p > 1) q.set("page", String(p));
    else q.delete("page");
    const s = q.toString();
    return `/investment${s ? `?${s}` : ""}`;
  };
  return (
    <section aria-labelledby="figures-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="figures-title" className="text-xl font-semibold">{t("investment.tableTitle")}</h2>
      <div className="mt-2 overflow-x-auto">
        <table className="min-w-full text-left text-sm" data-testid="figures-table">
          <thead className="border-b border-slate-300">
            <tr>
              <th scope="col" className="py-1 pr-3">{t("investment.actor")}</th>
              <th scope="col" className="py-1 pr-3">{t("investment.category")}</th>
              <th scope="col" className="py-1 pr-3">{t("investment.measure")}</th>
              <th scope="col" className="py-1 pr-3">{t("common.value")}</th>
              <th scope="col" className="py-1 pr-3">{t("common.period")}</th>
              <th scope="col" className="py-1 pr-3">{t("common.kind")}</th>
              <th scope="col" className="py-1 pr-3">{t("investment.funding")}</th>
              <th scope="col" className="py-1 pr-3">{t("common.confidence")}</th>
              <th scope="col" className="py-1 pr-3">{t("common.sources")}</th>
            </tr>
          </thead>
          <FigureRows
            flaggedHint={t("common.flaggedHint")}
            rows={props.figures.map((f) => ({
              id: f.id,
              slug: f.slug,
              actor: f.actorName,
              actorHref: f.jurisdictionCode ? `/jurisdictions/${f.jurisdictionCode.toLowerCase()}#figure-${f.slug}` : null,
              category: t(`investment.categories.${f.category}`),
              measure: f.measure,
              value: formatFigure(f),
              flagged: f.flaggedClaimSlugs.length > 0,
              period: f.periodLabel,
              kind: kindText(f, locale),
              funding: isInitiative(f) ? fundingLabel(fundingOf(f), locale) : "–",
              confidence: t(`confidence.${f.confidence}`),
              sources: f.sources.map((s) => ({ key: s.key, title: s.title })),
            }))}
          />
        </table>
      </div>
      {pages > 1 && (
        <nav aria-label={t("investment.tableTitle")} className="mt-3 flex items-center gap-4 text-sm">
          {props.page > 1 && <Link href={pageHref(props.page - 1)} className="text-brand-700 underline">{t("investment.previous")}</Link>}
          <span>{t("investment.page", { page: props.page, pages })}</span>
          {props.page < pages && <Link href={pageHref(props.page + 1)} className="text-brand-700 underline">{t("investment.next")}</Link>}
        </nav>
      )}
    </section>
  );
}
