import { getLocale, getTranslations } from "next-intl/server";
import type { JurisdictionPageDto } from "@/lib/dto/jurisdictions";
import { SourceKeys } from "@/components/sources/source-keys";
import { ConfidenceBadge } from "./confidence-badge";
import { PageSection } from "./page-section";
import { localized } from "./localized";

export async function ApproachSection({ jurisdiction }: { jurisdiction: JurisdictionPageDto["jurisdiction"] }) {
  const t = await getTranslations();
  const locale = await getLocale();
  return (
    <PageSection id="approach" title={t("jurisdiction.approachTitle")}>
      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="approach">
        <p className="max-w-4xl">{localized(locale, jurisdiction.approachEn, jurisdiction.approachZh)}</p>
        <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium text-slate-700">{t("jurisdiction.blocs")}</dt>
          <dd lang={locale === "zh" ? "en" : undefined}>{jurisdiction.blocs || "–"}</dd>
          <dt className="font-medium text-slate-700">{t("jurisdictions.kindColumn")}</dt>
          <dd>{t(`jurisdictions.kind.${jurisdiction.kind}`)}</dd>
        </dl>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <ConfidenceBadge confidence={jurisdiction.confidence} />
          <SourceKeys sources={jurisdiction.sources} />
        </div>
      </div>
    </PageSection>
  );
}
