import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { CitingRecord, CitingRecordType, SourceDto } from "@/lib/dto/sources";
import { asDateLocale, formatDate } from "@/lib/format/dates";
import { localized } from "@/components/jurisdictions/localized";
import { ExternalLink } from "./external-link";

const TYPE_ORDER: CitingRecordType[] = [
  "claim", "claimEvidence", "jurisdiction", "assessment", "instrument", "milestone", "figure", "event", "expertView", "exchangeRate",
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
  return (
    <article id={`source-${s.key}`} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm target:ring-2 target:ring-amber-500" data-testid="source" data-key={s.key} data-seed={s.isSeedArticle ? "true" : undefined}>
      <h3 className="font-semibold">
        <span className="mr-2 font-mono text-brand-900">{s.key}</span>
        <span lang={locale === "zh" && !s.titleZh ? "en" : undefined}>{title}</span>
        {s.isSeedArticle && (
          <span className="ml-2 inline-block rounded bg-amber-100 px-1.5 py-0.5 align-middle text-xs font-medium text-amber-900" data-testid="seed-badge">
            {t("seedArticle")}
          </span>
        )}
      </h3>
      {otherTitle && (
        <p className="text-sm text-slate-700" lang={locale === "zh" ? "en" : "zh-CN"}>
          {otherTitle}
        </p>
      )}
      <dl className="mt-2 grid gap-x-4 gap-y-0.5 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-slate-700">{t("publisher")}</dt>
        <dd>{s.publisher || t("noPublisher")}</dd>
        <dt className="font-medium text-slate-700">{t("date")}</dt>
        <dd>
          {s.date ? <time dateTime={s.date}>{formatDate(s.date, "DAY", asDateLocale(locale))}</time> : s.dateNote ? null : t("noDate")}
          {s.dateNote && <span className={s.date ? "ml-2 text-slate-700" : undefined}>{s.dateNote}</span>}
        </dd>
        <dt className="font-medium text-slate-700">{t("language")}</dt>
        <dd>{languageName(s.language, locale)}</dd>
        <dt className="font-medium text-slate-700">{t("kindLabel")}</dt>
        <dd>{t(`kind.${s.kind}`)}</dd>
        <dt className="font-medium text-slate-700">{t("link")}</dt>
        <dd className="min-w-0">{s.url ? <ExternalLink url={s.url} newTabLabel={t("opensInNewTab")} /> : t("noLink")}</dd>
        {s.lastChecked && (
          <>
            <dt className="font-medium text-slate-700">{t("lastCheckedLabel")}</dt>
            <dd>{formatDate(s.lastChecked, "DAY", asDateLocale(locale))}</dd>
          </>
        )}
      </dl>
      <div className="mt-3 border-t border-slate-100 pt-2 text-sm" data-testid="cited-by">
        <p className="font-medium text-slate-700">{t("citedByCount", { count: s.citedBy.length })}</p>
        {groupByType(s.citedBy).map(([type, records]) => (
          <div key={type} className="mt-1">
            <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-600">{t(`recordType.${type}`)}</h4>
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
      </div>
    </article>
  );
}
