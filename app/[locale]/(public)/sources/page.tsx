import { getTranslations } from "next-intl/server";
import { getSourcesPage } from "@/lib/queries/sources";
import { getJurisdictionIndex } from "@/lib/queries/jurisdictions";
import { SourceEntry } from "@/components/sources/source-entry";
import { SourceFilter, type FilterableGroup } from "@/components/sources/source-filter";
import { groupSources, type SourceGroupKey } from "@/components/sources/source-groups";
import { localized } from "@/components/jurisdictions/localized";
import { PageNav } from "@/components/jurisdictions/page-nav";
import { ClaimsSection } from "@/components/jurisdictions/claims-section";
import { PageHeader } from "@/components/layout/page-header";
import { pageLocale, titleMetadata } from "@/i18n/page";

export const revalidate = 60;

export const generateMetadata = titleMetadata("sources", "metaTitle");

export default async function SourcesPage({ params }: PageProps<"/[locale]/sources">) {
  const { locale } = await pageLocale(params);
  const t = await getTranslations("sources");
  const [{ sources, claims, asOf, lastChecked }, jurisdictions] = await Promise.all([getSourcesPage(), getJurisdictionIndex()]);
  const names = new Map(jurisdictions.map((j) => [j.code, localized(locale, j.nameEn, j.nameZh)]));
  const title = (g: SourceGroupKey) =>
    g.type === "seed"
      ? t("seedTitle")
      : g.type === "several"
        ? t("severalTitle")
        : g.type === "none"
          ? t("noneTitle")
          : `${names.get(g.code) ?? g.code} (${g.code})`;
  const groups: FilterableGroup[] = groupSources(
    sources,
    jurisdictions.map((j) => j.code),
  ).map((g) => ({
    id: g.id,
    title: title(g.group),
    // The five seed articles are the page's subject: their group starts open.
    open: g.group.type === "seed",
    kinds: g.kinds.map((k) => ({
      kind: k.kind,
      title: t(`kind.${k.kind}`),
      items: k.sources.map((s) => ({
        key: s.key,
        text: [s.key, s.title, s.titleZh, s.publisher].filter(Boolean).join(" ").toLowerCase(),
        node: <SourceEntry source={s} />,
      })),
    })),
  }));
  const count = (g: FilterableGroup) => g.kinds.reduce((n, k) => n + k.items.length, 0);
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} intro={t("intro")}>
        <p className="mt-1 text-xs text-slate-600" data-testid="page-as-of">
          {t("pageAsOf", { date: asOf ?? "–", checked: lastChecked ?? t("notRecorded") })}
        </p>
        <PageNav
          label={t("onThisPage")}
          sections={[
            ...(claims.length ? [{ id: "claims", label: t("claimsTitle") }] : []),
            ...groups.map((g) => ({ id: g.id, label: `${g.title} · ${count(g)}` })),
          ]}
        />
      </PageHeader>
      <ClaimsSection claims={claims} intro={t("claimsIntro")} />
      <div>
        <p className="mb-3 max-w-3xl text-sm text-slate-700">{t("groupsIntro")}</p>
        <SourceFilter groups={groups} total={sources.length} />
      </div>
    </div>
  );
}
