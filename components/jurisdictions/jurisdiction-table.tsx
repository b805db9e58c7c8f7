import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { JurisdictionSummaryDto } from "@/lib/dto/jurisdictions";
import { ConfidenceBadge } from "./confidence-badge";
import { firstSentence, localized } from "./localized";

export async function JurisdictionTable({ jurisdictions }: { jurisdictions: JurisdictionSummaryDto[] }) {
  const t = await getTranslations("jurisdictions");
  const locale = await getLocale();
  if (jurisdictions.length === 0) return <p className="text-slate-700">{t("empty")}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full text-left text-sm" data-testid="jurisdiction-table">
        <caption className="sr-only">{t("tableCaption")}</caption>
        <thead className="border-b border-slate-300 bg-slate-50">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("code")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("name")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("kindColumn")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("blocs")}
            </th>
            <th scope="col" className="min-w-64 px-3 py-2">
              {t("approach")}
            </th>
          </tr>
        </thead>
        <tbody>
          {jurisdictions.map((j) => (
            <tr key={j.code} className="border-b border-slate-100 align-top" data-code={j.code} data-parent={j.parentCode ?? undefined}>
              <td className={`px-3 py-2 font-mono font-semibold ${j.parentCode ? "pl-7" : ""}`}>
                <Link href={`/jurisdictions/${j.code.toLowerCase()}`} className="text-brand-700 underline hover:text-brand-900">
                  {j.code}
                </Link>
              </td>
              <th scope="row" className="px-3 py-2 font-normal">
                <Link href={`/jurisdictions/${j.code.toLowerCase()}`} className="font-medium text-brand-700 underline hover:text-brand-900">
                  {j.nameEn}
                </Link>
                <span lang="zh-CN" className="ml-1 text-slate-700">
                  {j.nameZh}
                </span>
                <span className="block text-xs text-slate-600">{t("instrumentCount", { count: j.instrumentCount })}</span>
              </th>
              <td className="px-3 py-2">{t(`kind.${j.kind}`)}</td>
              <td className="px-3 py-2" lang={locale === "zh" ? "en" : undefined}>
                {j.blocs}
              </td>
              <td className="px-3 py-2">
                <p>{firstSentence(localized(locale, j.approachEn, j.approachZh))}</p>
                <div className="mt-1">
                  <ConfidenceBadge confidence={j.confidence} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
