import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { CitingRecord, CitingRecordType, SourceDto } from "@/lib/dto/sources";
import { asDateLocale, formatDate } from "@/lib/format/dates";
import { localized } from "@/components/jurisdictions/localized";
import { Card } from "@/components/ui/card";
import { FactList } from "@/components/ui/fact-list";
import { ExternalLink } from "./external-link";

const TYPE_ORDER: CitingRecordType[] = [
  "claim",
  "claimEvidence",
  "jurisdiction",
  "assessment",
  "instrument",
  "milestone",
  "figure",
  "event",
  "expertView",
  "exchangeRate",
];

function groupByType(records: CitingRecord[]): [CitingRecordType, CitingRecord[]][] {
  return TYPE_ORDER.map((type) => [type, records.filter((r) => r.type === type)] as [CitingRecordType, CitingRecord[]]).filter(([, list]) => list.length > 0);
}

/** "hu" → "Hungarian" / "匈牙利语"; the code itself when the runtime has no name for it. */
function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale === "zh" ? "zh-CN" : "en"], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** One source with its metadata and every published record that cites it, each linked to its anchor. */
export async function SourceEntry({ source: s }: { source: SourceDto }) {
  const t = await getTranslations("sources");
  const locale = await getLocale();
  const title = localized(locale, s.title, s.titleZh);
  const otherTitle = locale === "zh" ? (s.titleZh ? s.title : null) : s.titleZh;
  const date = s.date ? <time dateTime={s.date}>{formatDate(s.date, "DAY", asDateLocale(locale))}</time> : s.dateNote ? null : t("noDate");
  return (
    <Card id={`source-${s.key}`} tone="entry" data-testid="source" data-key={s.key} data-seed={s.isSeedArticle ? "true" : undefined}>
      <h4 className="font-semibold">
        <span className="mr-2 font-mono text-brand-900">{s.key}</span>
        <span lang={locale === "zh" && !s.titleZh ? "en" : undefined}>{title}</span>
        {s.isSeedArticle && (
          <span className="ml-2 inline-block rounded bg-amber-100 px-1.5 py-0.5 align-middle text-xs font-medium text-amber-900" data-testid="seed-badge">
            {t("seedArticle")}
          </span>
        )}
      </h4>
      {/* One line of what a reader checks first; the rest (language, checks, citing records) opens on demand. */}
      <p className="mt-1 text-sm text-slate-800" data-testid="source-line">
        <span className="sr-only">{t("publisher")}: </span>
        {s.publisher || t("noPublisher")}
        {" · "}
        <span className="sr-only">{t("date")}: </span>
        {date}
        {s.dateNote && <span className={s.date ? "ml-1 text-slate-700" : undefined}>{s.dateNote}</span>}
        {" · "}
        <span className="sr-only">{t("kindLabel")}: </span>
        {t(`kind.${s.kind}`)}
        {" · "}
        {s.url ? <ExternalLink url={s.url} newTabLabel={t("opensInNewTab")} /> : t("noLink")}
      </p>
      <details className="mt-1 text-sm" data-testid="cited-by" data-reveal>
        <summary className="cursor-pointer font-medium text-brand-700">{t("citedByCount", { count: s.citedBy.length })}</summary>
        <FactList
          className="mt-2 gap-y-0.5"
          facts={[
            otherTitle && { label: t("titleOtherLanguage"), value: otherTitle, lang: locale === "zh" ? "en" : "zh-CN" },
            { label: t("language"), value: languageName(s.language, locale) },
            s.lastChecked && { label: t("lastCheckedLabel"), value: formatDate(s.lastChecked, "DAY", asDateLocale(locale)) },
          ]}
        />
        {groupByType(s.citedBy).map(([type, records]) => (
          <div key={type} className="mt-1">
            <h5 className="text-xs font-semibold uppercase tracking-wide text-slate-600">{t(`recordType.${type}`)}</h5>
            <ul className="flex flex-wrap gap-x-3 gap-y-0.5">
              {records.map((r) => (
                <li key={`${type}-${r.id}`} data-type={type} data-id={r.id}>
                  {r.href ? (
                    <Link href={r.href} className="text-brand-700 underline hover:text-brand-900">
                      {localized(locale, r.labelEn, r.labelZh)}
                    </Link>
                  ) : (
                    localized(locale, r.labelEn, r.labelZh)
                  )}
                  {r.jurisdictionCode && type !== "jurisdiction" && <span className="text-slate-600"> ({r.jurisdictionCode})</span>}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </details>
    </Card>
  );
}
