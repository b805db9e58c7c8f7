import { getTranslations } from "next-intl/server";
import type { Headline } from "@/lib/queries/overview";
import { formatFigure } from "@/lib/charts/money";
import { Link } from "@/i18n/navigation";

export async function HeadlineCard({ headline }: { headline: Headline }) {
  const t = await getTranslations();
  const { figure, actual } = headline;
  return (
    <article className="flex flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid={`headline-${headline.key}`}>
      <h3 className="text-sm font-medium text-slate-600">{t(`headline.${headline.key}`)}</h3>
      <p className="mt-1 text-3xl font-bold text-brand-900" data-testid="headline-value">
        {formatFigure(figure)}
      </p>
      <p className="text-sm text-slate-700">
        {figure.periodLabel} · {figure.kindNote ?? t(`kinds.${figure.kind}`)}
      </p>
      <p className="mt-1 text-xs text-slate-600">{figure.measure}</p>
      {actual && (
        <p className="mt-2 text-sm text-emerald-800">
          {t("overview.actualNote", { measure: actual.measure, value: formatFigure(actual), source: actual.sources.map((s) => s.key).join(", ") })}
        </p>
      )}
      <dl className="mt-auto pt-3 text-xs text-slate-600">
        <div>
          <dt className="inline font-medium">{t("common.source")}: </dt>
          <dd className="inline">
            {figure.sources.map((s, i) => (
              <span key={s.key}>
                {i > 0 && "; "}
                <span title={s.title}>
                  {s.key} — {s.title}
                  {s.date ? ` (${s.date})` : ""}
                </span>
              </span>
            ))}
          </dd>
        </div>
        <div>
          <dt className="inline font-medium">{t("common.confidence")}: </dt>
          <dd className="inline" data-testid="headline-confidence">
            {t(`confidence.${figure.confidence}`)}
            {figure.confidenceNote ? ` (${figure.confidenceNote})` : ""}
          </dd>
        </div>
      </dl>
      <div className="text-xs text-slate-600">
        {figure.comparabilityNote && <div className="mt-1 italic">{figure.comparabilityNote}</div>}
        {figure.flaggedClaimSlugs.length > 0 && (
          <Link href={`/sources#claim-${figure.flaggedClaimSlugs[0]}`} className="mt-1 block font-medium text-amber-800 underline" title={t("common.flaggedHint")}>
            ⚑ {t("common.flagged")}
          </Link>
        )}
      </div>
    </article>
  );
}
