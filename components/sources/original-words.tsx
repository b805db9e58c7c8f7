import { getLocale, getTranslations } from "next-intl/server";

/** A quotation's Chinese original, folded under its English reading; nothing on a Chinese page or without one. */
export async function OriginalWords({ zh }: { zh: string | null }) {
  const locale = await getLocale();
  if (locale === "zh" || !zh) return null;
  const t = await getTranslations("sources.claim");
  return (
    <details className="mt-2 text-xs text-slate-700">
      <summary className="cursor-pointer">{t("originalWords")}</summary>
      <p lang="zh-CN" className="mt-1">
        {zh}
      </p>
    </details>
  );
}
