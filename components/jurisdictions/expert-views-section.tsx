import { getLocale, getTranslations } from "next-intl/server";
import type { ExpertViewDto } from "@/lib/dto/jurisdictions";
import { SourceKeys } from "@/components/sources/source-keys";
import { PageSection } from "./page-section";
import { englishOnly, localized } from "./localized";

export async function ExpertViewsSection({ views }: { views: ExpertViewDto[] }) {
  const t = await getTranslations("jurisdiction");
  const tc = await getTranslations("sources.claim");
  const locale = await getLocale();
  if (views.length === 0) return null;
  return (
    <PageSection id="experts" title={t("expertsTitle")}>
      <div className="grid gap-4 md:grid-cols-2">
        {views.map((v) => (
          <figure
            key={v.slug}
            id={`expert-${v.slug}`}
            className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
            data-testid="expert-view"
          >
            <blockquote className="text-sm">{localized(locale, v.viewEn, v.viewZh)}</blockquote>
            {locale !== "zh" && v.viewZh && (
              <details className="mt-2 text-xs text-slate-700">
                <summary className="cursor-pointer">{tc("originalWords")}</summary>
                <p lang="zh-CN" className="mt-1">
                  {v.viewZh}
                </p>
              </details>
            )}
            <figcaption className="mt-2 text-sm text-slate-700">
              <span className="font-semibold text-slate-900">{localized(locale, v.person, v.personZh)}</span>,{" "}
              <span lang={englishOnly(locale)}>{v.affiliation}</span>
              {v.year !== null && <>, {v.year}</>}
              <span className="ml-2">
                <SourceKeys sources={[v.source]} />
              </span>
            </figcaption>
          </figure>
        ))}
      </div>
    </PageSection>
  );
}
