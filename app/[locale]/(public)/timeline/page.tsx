import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getTimelineData } from "@/lib/queries/timeline";
import { TimelineFromUrl } from "@/components/timeline/timeline-from-url";
import { PageHeader } from "@/components/layout/page-header";

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
      {/* The prerendered HTML shows the unfiltered timeline; the URL's filters apply once the client reads them. */}
      <TimelineFromUrl data={data} />
    </div>
  );
}
