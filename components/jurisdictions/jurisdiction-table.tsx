import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { JurisdictionSummaryDto } from "@/lib/dto/jurisdictions";
import { THead, Table, Th } from "@/components/ui/table";
import { ConfidenceBadge } from "./confidence-badge";
import { firstSentence, localized } from "./localized";

export async function JurisdictionTable({ jurisdictions }: { jurisdictions: JurisdictionSummaryDto[] }) {
  const t = await getTranslations("jurisdictions");
  const locale = await getLocale();
  if (jurisdictions.length === 0) return <p className="text-slate-700">{t("empty")}</p>;
  return (
    <Table frameClassName="shadow-sm" data-testid="jurisdiction-table" caption={t("tableCaption")}>
      <THead tone="plain" className="bg-slate-50" columns={[t("code"), t("name"), t("kindColumn"), t("blocs"), t("approach")]} />
      <tbody>
        {jurisdictions.map((j) => (
          <tr key={j.code} className="border-b border-slate-100 align-top" data-code={j.code} data-parent={j.parentCode ?? undefined}>
            <td className={`font-mono font-semibold ${j.parentCode ? "pl-7!" : ""}`}>
              <Link href={`/jurisdictions/${j.code.toLowerCase()}`} className="text-brand-700 underline hover:text-brand-900">
                {j.code}
              </Link>
            </td>
            <Th scope="row">
              <Link href={`/jurisdictions/${j.code.toLowerCase()}`} className="font-medium text-brand-700 underline hover:text-brand-900">
                {j.nameEn}
              </Link>
              <span lang="zh-CN" className="ml-1 text-slate-700">
                {j.nameZh}
              </span>
              <span className="block text-xs text-slate-600">{t("instrumentCount", { count: j.instrumentCount })}</span>
            </Th>
            <td>{t(`kind.${j.kind}`)}</td>
            <td lang={locale === "zh" ? "en" : undefined}>{j.blocs}</td>
            <td className="min-w-64">
              <p>{firstSentence(localized(locale, j.approachEn, j.approachZh))}</p>
              <div className="mt-1">
                <ConfidenceBadge confidence={j.confidence} />
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
