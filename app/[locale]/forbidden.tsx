import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export default async function Forbidden() {
  const t = await getTranslations();
  return (
    <div className="mx-auto max-w-lg rounded border border-red-200 bg-white p-6">
      <h1 className="text-2xl font-semibold">{t("admin.forbiddenTitle")}</h1>
      <p className="mt-2">{t("admin.forbidden")}</p>
      <Link href="/" className="mt-4 inline-block text-brand-700 underline">
        {t("errors.back")}
      </Link>
    </div>
  );
}
