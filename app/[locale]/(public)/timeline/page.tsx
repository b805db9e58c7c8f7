import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getTimelineData } from "@/lib/queries/timeline";
import { TimelineView } from "@/components/timeline/timeline-view";
import { PageHeader } from "@/components/layout/page-header";

// The unfiltered timeline, prerendered and cached. A URL with filters (`?j=EU&from=2025`) is served by ./view,
// rendered on the server for that query (the rewrite is in next.config.ts).
export const revalidate = 60;

export async function generateMetadata({ params }: PageProps<"/[locale]/timeline">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "timeline" });
  return { title: t("title") };
}

export default async function TimelinePage({ params }: PageProps<"/[locale]/timeline">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("timeline");
  const data = await getTimelineData();
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      <TimelineView data={data} locale={locale} params={new URLSearchParams()} />
    </div>
  );
}
