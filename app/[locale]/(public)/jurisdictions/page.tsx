import { getTranslations } from "next-intl/server";
import { getJurisdictionIndex } from "@/lib/queries/jurisdictions";
import { JurisdictionTable } from "@/components/jurisdictions/jurisdiction-table";
import { PageHeader } from "@/components/layout/page-header";
import { pageLocale, titleMetadata } from "@/i18n/page";

export const revalidate = 60;

export const generateMetadata = titleMetadata("jurisdictions", "metaTitle");

export default async function JurisdictionsPage({ params }: PageProps<"/[locale]/jurisdictions">) {
  await pageLocale(params);
  const t = await getTranslations("jurisdictions");
  const jurisdictions = await getJurisdictionIndex();
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      <JurisdictionTable jurisdictions={jurisdictions} />
    </div>
  );
}
