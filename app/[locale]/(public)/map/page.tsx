import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getGovernanceMatrix } from "@/lib/queries/governance";
import { pickDimension } from "@/lib/charts/map-state";
import { localized } from "@/lib/charts/compare-state";
import { getTimelineData } from "@/lib/queries/timeline";
import { LAW_MODE, lawCodings, type LawWords } from "@/lib/charts/map-law";

const STATUSES = ["PROPOSED", "ADOPTED", "IN_FORCE", "REVOKED", "REJECTED"] as const;
import { PageHeader } from "@/components/layout/page-header";
import { MapView } from "@/components/map/map-view";

// The dimension is in the query string, so the page renders per request (the locale layout is otherwise static);
// the shapes are projected once per process (components/map/map-geometry.ts).
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/map">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "map" });
  return { title: t("title"), description: t("intro") };
}

export default async function MapPage({ params, searchParams }: PageProps<"/[locale]/map">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("map");
  const raw = (await searchParams).d;
  const requested = typeof raw === "string" ? raw : Array.isArray(raw) ? (raw[0] ?? null) : null;
  const coded = await getGovernanceMatrix();
  const lawMode = requested === LAW_MODE;
  // The law "dimension" carries both languages, as the coded dimensions do.
  const [en, zh, enTimeline, zhTimeline] = await Promise.all([
    getTranslations({ locale: "en", namespace: "map" }),
    getTranslations({ locale: "zh", namespace: "map" }),
    getTranslations({ locale: "en", namespace: "timeline" }),
    getTranslations({ locale: "zh", namespace: "timeline" }),
  ]);
  const bothLanguages = (key: string) => ({ en: en(key as never), zh: zh(key as never) });
  const lawDimension = lawMode
    ? lawCodings(coded.jurisdictions, (await getTimelineData()).items, {
        name: bothLanguages("lawName"),
        description: bothLanguages("lawDescription"),
        levels: [0, 1, 2, 3].map((i) => bothLanguages(`lawLevels.${i}`)),
        status: Object.fromEntries(STATUSES.map((s) => [s, { en: enTimeline(`status.${s}`), zh: zhTimeline(`status.${s}`) }])) as LawWords["status"],
      })
    : null;
  // In law mode the map draws the main laws as its one "dimension" (lib/charts/map-law.ts).
  const matrix = lawDimension ? { ...coded, dimensions: [lawDimension.dimension], jurisdictions: lawDimension.jurisdictions } : coded;
  const { dimension, unknown } = lawDimension ? { dimension: lawDimension.dimension, unknown: false } : pickDimension(coded.dimensions, requested);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      {dimension && (
        <nav aria-label={t("dimension")}>
          <p className="text-sm font-medium">{t("dimension")}</p>
          <ul className="mt-1 flex flex-wrap gap-2">
            {[...coded.dimensions, { key: LAW_MODE, nameEn: t("lawName"), nameZh: t("lawName") }].map((d) => (
              <li key={d.key}>
                <a
                  href={`/${locale}/map?d=${d.key}`}
                  aria-current={d.key === dimension.key ? "page" : undefined}
                  className={`inline-block rounded border px-2 py-1 text-sm ${d.key === dimension.key ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50"}`}
                  data-testid={`map-dimension-${d.key}`}
                >
                  {localized(locale, d.nameEn, d.nameZh)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {unknown && dimension && (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 p-2 text-sm" data-testid="map-unknown-dimension">
          {t("unknownDimension", { value: (requested ?? "").slice(0, 40), dimension: localized(locale, dimension.nameEn, dimension.nameZh) })}
        </p>
      )}
      {dimension ? <MapView matrix={matrix} dimensionKey={dimension.key} locale={locale} /> : <p>{t("notCovered")}</p>}
    </div>
  );
}
