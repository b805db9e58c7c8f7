import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getGovernanceMatrix } from "@/lib/queries/governance";
import { GovernanceMatrix } from "@/components/compare/governance-matrix";
import { MatrixLegend } from "@/components/compare/matrix-legend";
import { SideBySideFromUrl } from "@/components/compare/side-by-side";
import { PageHeader } from "@/components/layout/page-header";
import { pageLocale } from "@/i18n/page";

export const revalidate = 60;

export async function generateMetadata({ params }: PageProps<"/[locale]/compare">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "compare" });
  return { title: t("title"), description: t("intro") };
}

export default async function ComparePage({ params }: PageProps<"/[locale]/compare">) {
  await pageLocale(params);
  const t = await getTranslations("compare");
  const matrix = await getGovernanceMatrix();
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} intro={t("intro")} />
      <section aria-labelledby="matrix-title" className="space-y-3">
        <h2 id="matrix-title" className="text-2xl font-semibold">
          {t("matrixTitle")}
        </h2>
        <p className="max-w-3xl text-sm text-slate-700">{t("matrixHelp")}</p>
        <GovernanceMatrix matrix={matrix} />
        <p className="text-xs text-slate-600">{t("dataAsOf", { date: matrix.asOf ?? "–", checked: matrix.lastChecked ?? "–" })}</p>
        <MatrixLegend dimensions={matrix.dimensions} />
      </section>
      {/* The prerendered HTML shows the default selection; the client then applies ?j= from the address. */}
      <SideBySideFromUrl matrix={matrix} />
    </div>
  );
}
