import { getTranslations } from "next-intl/server";
import type { Headline } from "@/lib/queries/overview";
import { formatFigure } from "@/lib/charts/money";
import { fundingLabel, fundingOf, kindText } from "@/lib/charts/figure-labels";
import { isInitiative } from "@/lib/charts/initiatives-state";
import { describeSource } from "@/lib/charts/export-rows";
import { chartText } from "@/components/charts/chart-text";
import type { InvestmentFigureDto } from "@/lib/dto/investment";
import { Link } from "@/i18n/navigation";

/** A headline card: the best current evidence first, the source article's claim beside it, flagged. */
export async function HeadlineCard({ headline }: { headline: Headline }) {
  const t = await getTranslations();
  const text = await chartText();
  const { locale } = text;
  const { evidence, claim } = headline;
  const several = evidence.length > 1;
  const line = (f: InvestmentFigureDto) => [f.periodLabel, kindText(f, locale), ...(isInitiative(f) ? [fundingLabel(fundingOf(f), locale)] : [])].join(" · ");
  const sources = [...new Map([...evidence, ...(claim ? [claim] : [])].flatMap((f) => f.sources.map((s) => [s.key, s]))).values()];
  return (
    <article className="flex flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid={`headline-${headline.key}`}>
      <h3 className="text-sm font-medium text-slate-600">{t(`headline.${headline.key}`)}</h3>
      {evidence.length === 0 && <p className="mt-1 text-sm text-slate-700">{t("overview.noEvidence")}</p>}
      <ul className="mt-1 space-y-2" data-testid="headline-evidence">
        {evidence.map((f) => (
          <li key={f.slug} data-slug={f.slug}>
            {several && <span className="block text-xs font-medium text-slate-700">{f.actorName}</span>}
            <span className={`${several ? "text-xl" : "text-3xl"} block font-bold text-brand-900`} data-testid="headline-value">
              {formatFigure(f, locale)}
            </span>
            <span className="block text-xs text-slate-700">{f.measure}</span>
            <span className="block text-xs text-slate-600" data-testid="headline-kind">
              {line(f)}
            </span>
            {f.comparabilityNote && <span className="block text-xs italic text-slate-600">{f.comparabilityNote}</span>}
          </li>
        ))}
      </ul>
      {claim && (
        <div className="mt-3 rounded border border-amber-300 bg-amber-50 p-2 text-xs text-amber-900" data-testid="headline-claim">
          <p className="font-semibold">⚑ {t("overview.claimTitle")}</p>
          <p>
            <span className="font-medium" data-testid="headline-claim-value">
              {formatFigure(claim, locale)}
            </span>{" "}
            — {claim.measure} · {claim.periodLabel} · {kindText(claim, locale)}
          </p>
          {claim.comparabilityNote && <p className="italic">{claim.comparabilityNote}</p>}
          {claim.flaggedClaimSlugs.length > 0 && (
            <Link href={`/sources#claim-${claim.flaggedClaimSlugs[0]}`} className="font-medium underline" title={t("common.flaggedHint")}>
              {t("common.flagged")}
            </Link>
          )}
        </div>
      )}
      <dl className="mt-auto pt-3 text-xs text-slate-600">
        <div>
          <dt className="inline font-medium">{t("common.sources")}: </dt>
          <dd className="inline">{sources.map((s) => describeSource(s, t("charts.undated"))).join("; ")}</dd>
        </div>
        {evidence.length > 0 && (
          <div>
            <dt className="inline font-medium">{t("common.confidence")}: </dt>
            <dd className="inline" data-testid="headline-confidence">
              {[...new Set(evidence.map((f) => t(`confidence.${f.confidence}`)))].join(" / ")}
            </dd>
          </div>
        )}
      </dl>
      <p className="text-xs text-slate-600" data-testid="headline-as-of">
        {text.asOf(evidence)}
      </p>
    </article>
  );
}
