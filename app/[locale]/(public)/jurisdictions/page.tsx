import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getJurisdictionIndex } from "@/lib/queries/jurisdictions";
import { JurisdictionTable } from "@/components/jurisdictions/jurisdiction-table";
import { PageHeader } from "@/components/layout/page-header";

export const revalidate = 60;

export async function generateMetadata({ params }: PageProps<"/[locale]/jurisdictions">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "jurisdictions" });
  return { title: t("metaTitle") };
}

export default async function JurisdictionsPage({ params }: PageProps<"/[locale]/jurisdictions">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("jurisdictions");
  const jurisdictions = await getJurisdictionIndex();
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      <JurisdictionTable jurisdictions={jurisdictions} />
    </div>
  );
}
