import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { CsvImport } from "@/components/admin/csv-import";

export const dynamic = "force-dynamic";

export default async function ImportPage({ params }: PageProps<"/[locale]/admin/import">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("curation.import");
  const user = await requirePagePermission("VIEW_ADMIN", locale);
  return (
    <>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-sm text-slate-700">
        {t("intro")} <a href="/api/admin/export/investmentFigures" className="text-brand-700 underline">CSV</a>
      </p>
      <CsvImport canPublish={can(user.role, "PUBLISH")} />
    </>
  );
}
