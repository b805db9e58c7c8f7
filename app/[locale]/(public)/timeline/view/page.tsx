import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getTimelineData } from "@/lib/queries/timeline";
import { TimelineView } from "@/components/timeline/timeline-view";
import { PageHeader } from "@/components/layout/page-header";

// `/en/timeline?j=EU&from=2025` is rewritten here (next.config.ts): the timeline filtered on the server, so the
// browser receives the drawing, table and summary of exactly that view and runs no layout code. Bad values are
// ignored with a notice (parseTimelineFilters), never an error. Rendered per request: the locale layout's static
// params would otherwise make Next prerender it without a query.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/timeline/view">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "timeline" });
  return { title: t("title"), robots: { index: false } };
}

export default async function FilteredTimelinePage({ params, searchParams }: PageProps<"/[locale]/timeline/view">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("timeline");
  const [data, query] = await Promise.all([getTimelineData(), searchParams]);
  // A plain form submission repeats a name (`j=EU&j=US`); a shared link lists values (`j=EU,US`): both read alike.
  const get = (name: string) => {
    const value = query[name];
    return value === undefined ? null : Array.isArray(value) ? value.join(",") : value;
  };
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      <TimelineView data={data} locale={locale} params={{ get }} />
    </div>
  );
}
