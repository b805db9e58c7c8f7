import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <div className="mx-auto max-w-lg p-6">
      <h1 className="text-2xl font-semibold">{t("notFound")}</h1>
      <Link href="/" className="mt-4 inline-block text-brand-700 underline">
        {t("back")}
      </Link>
    </div>
  );
}
