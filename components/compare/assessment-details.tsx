import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { formatDate } from "@/lib/format/dates";
import { localized } from "@/lib/charts/compare-state";
import type { GovernanceAssessmentDto, GovernanceDimensionDto } from "@/lib/dto/governance";

/** "Level 2 of 3" or "Not verified" — the level in words, so that colour is never the only cue. */
export function useLevelText() {
  const t = useTranslations("compare");
  return (level: number | null, maxLevel: number | null) => {
    if (level === null) return t("notVerified");
    return maxLevel === null ? t("levelOnly", { level }) : t("levelOf", { level, max: maxLevel });
  };
}

/**
 * A term and its value. Stacked (the matrix's narrow cells, 80 of them on the compare page) they sit directly in
 * the <dl>, one above the other, without a wrapper element each: fewer nodes for the browser to parse and hydrate.
 */
function Row({ stacked, testId, children }: { stacked?: boolean; testId?: string; children: ReactNode }) {
  if (stacked) return <>{children}</>;
  return (
    <div className="grid grid-cols-[7rem_1fr] gap-x-2" data-testid={testId}>
      {children}
    </div>
  );
}

/**
 * Everything behind one coded cell: label, level and its meaning on the dimension's scale, rationale, confidence,
 * as-of date and sources. `stacked` puts each term above its value (the matrix's narrow cells).
 */
export function AssessmentDetails(props: {
  jurisdictionName: string;
  code: string;
  dimension: GovernanceDimensionDto;
  assessment: GovernanceAssessmentDto | null;
  stacked?: boolean;
}) {
  const { jurisdictionName, code, dimension, assessment } = props;
  const t = useTranslations("compare");
  const tc = useTranslations("confidence");
  const locale = useLocale();
  const levelText = useLevelText();
  const level = assessment?.level ?? null;
  const meaning = dimension.scale.find((s) => s.level === level);
  return (
    <div className={props.stacked ? "text-xs leading-snug" : "text-sm"}>
      <p className="font-semibold">
        {jurisdictionName} · {localized(locale, dimension.nameEn, dimension.nameZh)}
      </p>
      <dl className={props.stacked ? "mt-1 [&>dt]:mt-1" : "mt-2 space-y-1"}>
        <Row stacked={props.stacked}>
          <dt className="text-slate-600">{t("codedAs")}</dt>
          <dd>
            {assessment ? localized(locale, assessment.labelEn, assessment.labelZh) : t("noAssessment")} ({levelText(level, dimension.maxLevel)})
          </dd>
        </Row>
        <Row stacked={props.stacked}>
          <dt className="text-slate-600">{t("meaning")}</dt>
          <dd>{level === null ? t("notVerifiedMeaning") : meaning ? localized(locale, meaning.en, meaning.zh) : "–"}</dd>
        </Row>
        {assessment && (
          <>
            <Row stacked={props.stacked}>
              <dt className="text-slate-600">{t("rationale")}</dt>
              <dd data-testid="details-rationale">{localized(locale, assessment.rationaleEn, assessment.rationaleZh) || "–"}</dd>
            </Row>
            <Row stacked={props.stacked}>
              <dt className="text-slate-600">{t("confidence")}</dt>
              <dd>{tc(assessment.confidence)}</dd>
            </Row>
            <Row stacked={props.stacked}>
              <dt className="text-slate-600">{t("asOf")}</dt>
              <dd>
                <time dateTime={assessment.asOf}>{formatDate(assessment.asOf, "DAY", locale === "zh" ? "zh" : "en")}</time>
                {" · "}
                {t("lastChecked", { date: assessment.lastChecked })}
              </dd>
            </Row>
            {assessment.since && (
              <Row stacked={props.stacked}>
                <dt className="text-slate-600">{t("since")}</dt>
                <dd>{formatDate(assessment.since, "DAY", locale === "zh" ? "zh" : "en")}</dd>
              </Row>
            )}
            {assessment.earlier.length > 0 && (
              <Row stacked={props.stacked} testId="details-earlier">
                <dt className="text-slate-600">{t("earlierCodings")}</dt>
                <dd>
                  <ul className="space-y-0.5">
                    {assessment.earlier.map((e) => (
                      <li key={`${e.since ?? "start"}-${e.asOf}`}>
                        {e.since ? t("fromDate", { date: e.since }) : t("fromStart")}: {localized(locale, e.labelEn, e.labelZh)} (
                        {levelText(e.level, dimension.maxLevel)})
                      </li>
                    ))}
                  </ul>
                </dd>
              </Row>
            )}
            <Row stacked={props.stacked}>
              <dt className="text-slate-600">{t("sources")}</dt>
              <dd>
                {assessment.sources.length === 0 && t("noSources")}
                <ul className="space-y-0.5">
                  {assessment.sources.map((s) => (
                    <li key={s.key}>
                      <Link href={`/sources#source-${s.key}`} className="font-medium text-brand-700 underline">
                        {s.key}
                      </Link>{" "}
                      {localized(locale, s.title, s.titleZh)}
                    </li>
                  ))}
                </ul>
              </dd>
            </Row>
          </>
        )}
      </dl>
      <p className="mt-2">
        <Link href={`/jurisdictions/${code.toLowerCase()}#assessment-${dimension.key}`} className="text-brand-700 underline">
          {t("openJurisdiction", { name: jurisdictionName })}
        </Link>
      </p>
    </div>
  );
}
