import { getLocale, getTranslations } from "next-intl/server";
import type { CitedSource } from "@/lib/dto/jurisdictions";
import { ExternalLink } from "@/components/sources/external-link";
import { asDateLocale, formatDate } from "@/lib/format/dates";
import { PageSection } from "./page-section";
import { localized } from "./localized";

export async function CitedSourcesSection({ sources }: { sources: CitedSource[] }) {
  const t = await getTranslations();
  const locale = await getLocale();
  return (
    <PageSection id="sources" title={t("jurisdiction.sourcesTitle")} intro={t("jurisdiction.sourcesIntro")}>
      <ul className="space-y-1 text-sm" data-testid="cited-sources">
        {sources.map((s) => (
          <li key={s.key} data-key={s.key}>
            {/* A plain link, as in SourceKeys: one per cited source, none of them worth a client component. */}
            <a href={`/${locale}/sources#source-${s.key}`} className="font-mono font-semibold text-brand-700 underline hover:text-brand-900">
              {s.key}
            </a>{" "}
            {localized(locale, s.title, s.titleZh)}
            {s.isSeedArticle && <span className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-900">{t("sources.seedArticle")}</span>}
            <span className="text-slate-700" data-testid="source-publisher-date">
              {" — "}
              {s.publisher || t("sources.noPublisher")} · {s.publishedOn ? formatDate(s.publishedOn, "DAY", asDateLocale(locale)) : t("sources.noDate")}
            </span>
            {s.url && (
              <>
                {" · "}
                <ExternalLink url={s.url} newTabLabel={t("sources.opensInNewTab")} />
              </>
            )}
          </li>
        ))}
      </ul>
    </PageSection>
  );
}
