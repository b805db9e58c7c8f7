import { getTranslations } from "next-intl/server";
import { getTimelineData } from "@/lib/queries/timeline";
import { TimelineView } from "@/components/timeline/timeline-view";
import { PageHeader } from "@/components/layout/page-header";
import { pageLocale, titleMetadata } from "@/i18n/page";

// The unfiltered timeline, prerendered and cached. A URL with filters (`?j=EU&from=2025`) is served by ./view,
// rendered on the server for that query (the rewrite is in next.config.ts).
export const revalidate = 60;

export const generateMetadata = titleMetadata("timeline", "title");

export default async function TimelinePage({ params }: PageProps<"/[locale]/timeline">) {
  const { locale } = await pageLocale(params);
  const t = await getTranslations("timeline");
  const data = await getTimelineData();
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      <TimelineView data={data} locale={locale} params={new URLSearchParams()} />
    </div>
  );
}
