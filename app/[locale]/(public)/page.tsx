import { getTranslations, setRequestLocale } from "next-intl/server";
import { getOverviewData } from "@/lib/queries/overview";
import { buildCapexChart } from "@/lib/charts/capex-state";
import { localizeFigure } from "@/lib/charts/figure-labels";
import { HeadlineCard } from "@/components/overview/headline-card";
import { CapexSection } from "@/components/overview/capex-section";
import { PageHeader } from "@/components/layout/page-header";
import { Section } from "@/components/ui/section";

export const revalidate = 60;

export default async function OverviewPage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("overview");
  const data = await getOverviewData();
  // Figures' text in the page's language (the *Zh fields on /zh, where curators wrote them).
  const l10n = (f: Parameters<typeof localizeFigure>[0]) => localizeFigure(f, locale);
  const capex = data.capex.map(l10n);
  const headlines = data.headlines.map((h) => ({ ...h, evidence: h.evidence.map(l10n), claim: h.claim && l10n(h.claim) }));
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} intro={t("intro")} />
      <Section titleId="headlines" title={t("headlines")} titleClassName="mb-3">
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
          {headlines.map((h) => (
            <HeadlineCard key={h.key} headline={h} />
          ))}
        </div>
      </Section>
      <CapexSection chart={buildCapexChart(capex)} figures={capex} />
    </div>
  );
}
