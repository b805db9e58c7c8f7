import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { AssessmentDto } from "@/lib/dto/jurisdictions";
import { formatDate, asDateLocale } from "@/lib/format/dates";
import { SourceKeys } from "@/components/sources/source-keys";
import { ConfidenceBadge } from "./confidence-badge";
import { PageSection } from "./page-section";
import { localized } from "./localized";

// Codes compared by default next to this one: the three largest regimes.
const COMPARE_WITH = ["EU", "US", "CN"];

function LevelMeter({ level, min, max }: { level: number | null; min: number; max: number }) {
  // One box per step above the lowest level: level 0 of 0–3 shows three empty boxes, level 3 three full ones.
  const steps = Array.from({ length: Math.max(max - min, 0) }, (_, i) => min + 1 + i);
  return (
    <span className="inline-flex gap-0.5 align-middle" aria-hidden>
      {steps.map((s) => (
        <span key={s} className={`h-2.5 w-5 rounded-sm border border-brand-700 ${level !== null && s <= level ? "bg-brand-700" : "bg-white"}`} />
      ))}
    </span>
  );
}

async function AssessmentCard({ a }: { a: AssessmentDto }) {
  const t = await getTranslations("jurisdiction");
  const locale = await getLocale();
  const min = a.scale[0]?.level ?? 0;
  const max = a.scale[a.scale.length - 1]?.level ?? 0;
  const meaning = a.scale.find((s) => s.level === a.level);
  return (
    <article id={`assessment-${a.dimensionKey}`} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="assessment">
      <h3 className="font-semibold">{localized(locale, a.dimensionNameEn, a.dimensionNameZh)}</h3>
      <p className="mt-1 text-lg font-medium" data-testid="assessment-label">
        {localized(locale, a.labelEn, a.labelZh)}
      </p>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-sm" data-testid="assessment-level">
        {a.level === null ? (
          <span className="font-medium text-slate-700">{t("notVerified")}</span>
        ) : (
          <>
            <LevelMeter level={a.level} min={min} max={max} />
            <span>{t("level", { level: a.level, min, max })}</span>
          </>
        )}
      </p>
      {meaning && (
        <p className="mt-1 text-sm text-slate-700">{t("levelMeaning", { level: meaning.level, meaning: locale === "zh" ? meaning.zh : meaning.en })}</p>
      )}
      <p className="mt-2 text-sm">
        <span className="font-medium">{t("rationale")}:</span> {localized(locale, a.rationaleEn, a.rationaleZh)}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3 text-xs text-slate-700">
        <ConfidenceBadge confidence={a.confidence} />
        <span>{t("asOf", { date: formatDate(a.asOf, "DAY", asDateLocale(locale)) })}</span>
        <span>{t("lastChecked", { date: formatDate(a.lastChecked, "DAY", asDateLocale(locale)) })}</span>
        <SourceKeys sources={a.sources} />
      </div>
      {a.since && (
        <p className="mt-1 text-sm font-medium" data-testid="assessment-since">
          {t("codedSince", { date: formatDate(a.since, "DAY", asDateLocale(locale)) })}
        </p>
      )}
      {a.earlier.length > 0 && (
        <details className="mt-2 text-sm" data-testid="assessment-history" open>
          <summary className="cursor-pointer font-medium">{t("earlierCodings", { count: a.earlier.length })}</summary>
          <ol className="mt-1 space-y-1">
            {a.earlier.map((e) => (
              <li key={`${e.since ?? "start"}-${e.asOf}`} className="text-slate-800">
                <span className="font-medium">{e.since ? t("fromDate", { date: formatDate(e.since, "DAY", asDateLocale(locale)) }) : t("fromStart")}:</span>{" "}
                {localized(locale, e.labelEn, e.labelZh)}
                {e.level !== null ? ` (${t("level", { level: e.level, min, max })})` : ` (${t("notVerified")})`} —{" "}
                {localized(locale, e.rationaleEn, e.rationaleZh)} <SourceKeys sources={e.sources} />
              </li>
            ))}
          </ol>
        </details>
      )}
      {a.scale.length > 0 && (
        <details className="mt-2 text-xs text-slate-700">
          <summary className="cursor-pointer">{t("scale")}</summary>
          <ol className="mt-1 space-y-0.5">
            {a.scale.map((s) => (
              <li key={s.level} className={s.level === a.level ? "font-semibold text-slate-900" : undefined}>
                {s.level}: {locale === "zh" ? s.zh : s.en}
              </li>
            ))}
          </ol>
        </details>
      )}
    </article>
  );
}

export async function AssessmentsSection({ code, name, assessments }: { code: string; name: string; assessments: AssessmentDto[] }) {
  const t = await getTranslations("jurisdiction");
  const compare = [code, ...COMPARE_WITH.filter((c) => c !== code)].slice(0, 3).join(",");
  return (
    <PageSection id="assessments" title={t("assessmentsTitle")} intro={t("assessmentsIntro")}>
      <p className="mb-3 text-sm">
        <Link href={`/compare?j=${compare}`} className="font-medium text-brand-700 underline hover:text-brand-900" data-testid="compare-link">
          {t("compareLink", { name })}
        </Link>
      </p>
      {assessments.length === 0 ? (
        <p className="text-sm text-slate-700">{t("none")}</p>
      ) : (
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {assessments.map((a) => (
            <AssessmentCard key={a.dimensionKey} a={a} />
          ))}
        </div>
      )}
    </PageSection>
  );
}
