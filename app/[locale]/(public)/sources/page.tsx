import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getSourcesPage } from "@/lib/queries/sources";
import { FlaggedClaimCard } from "@/components/sources/flagged-claim-card";
import { SourceEntry } from "@/components/sources/source-entry";
import { SourceFilter } from "@/components/sources/source-filter";
import { PageHeader } from "@/components/layout/page-header";

export const revalidate = 60;

export async function generateMetadata({ params }: PageProps<"/[locale]/sources">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "sources" });
  return { title: t("metaTitle") };
}

export default async function SourcesPage({ params }: PageProps<"/[locale]/sources">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("sources");
  const { sources, claims, asOf, lastChecked } = await getSourcesPage();
  const items = sources.map((s) => ({
    key: s.key,
    group: s.isSeedArticle ? ("seed" as const) : ("other" as const),
    text: [s.key, s.title, s.titleZh, s.publisher].filter(Boolean).join(" ").toLowerCase(),
    node: <SourceEntry source={s} />,
  }));
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} intro={t("intro")}>
        <p className="mt-1 text-xs text-slate-600" data-testid="page-as-of">
          {t("pageAsOf", { date: asOf ?? "–", checked: lastChecked ?? t("notRecorded") })}
        </p>
        <nav aria-label={t("onThisPage")} className="mt-3">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {[
              ...(claims.length ? [{ id: "claims", label: t("claimsTitle") }] : []),
              { id: "sources-seed", label: t("seedTitle") },
              { id: "sources-other", label: t("otherTitle") },
            ].map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`} className="text-brand-700 underline hover:text-brand-900">
                  {s.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </PageHeader>
      {claims.length > 0 && (
        <section id="claims" aria-labelledby="claims-title" className="scroll-mt-4">
          <h2 id="claims-title" className="text-xl font-semibold">
            {t("claimsTitle")}
          </h2>
          <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("claimsIntro")}</p>
          <div className="mt-3 space-y-4">
            {claims.map((c) => (
              <FlaggedClaimCard key={c.slug} claim={c} />
            ))}
          </div>
        </section>
      )}
      <SourceFilter items={items} total={sources.length} />
    </div>
  );
}
