import { getLocale, getTranslations } from "next-intl/server";
import type { ExpertViewDto } from "@/lib/dto/jurisdictions";
import { SourceKeys } from "@/components/sources/source-keys";
import { OriginalWords } from "@/components/sources/original-words";
import { Card } from "@/components/ui/card";
import { PageSection } from "./page-section";
import { englishOnly, localized } from "./localized";

export async function ExpertViewsSection({ views }: { views: ExpertViewDto[] }) {
  const t = await getTranslations("jurisdiction");
  const locale = await getLocale();
  if (views.length === 0) return null;
  return (
    <PageSection id="experts" title={t("expertsTitle")}>
      <div className="grid gap-4 md:grid-cols-2">
        {views.map((v) => (
          <Card as="figure" key={v.slug} id={`expert-${v.slug}`} data-testid="expert-view">
            <blockquote className="text-sm">{localized(locale, v.viewEn, v.viewZh)}</blockquote>
            <OriginalWords zh={v.viewZh} />
            <figcaption className="mt-2 text-sm text-slate-700">
              <span className="font-semibold text-slate-900">{localized(locale, v.person, v.personZh)}</span>,{" "}
              <span lang={englishOnly(locale)}>{v.affiliation}</span>
              {v.year !== null && <>, {v.year}</>}
              <span className="ml-2">
                <SourceKeys sources={[v.source]} />
              </span>
            </figcaption>
          </Card>
        ))}
      </div>
    </PageSection>
  );
}
