import { useLocale, useTranslations } from "next-intl";
import { isSpectrum, localized } from "@/lib/charts/compare-state";
import type { GovernanceAssessmentDto, GovernanceDimensionDto } from "@/lib/dto/governance";
import { AssessmentDetails, useLevelText } from "./assessment-details";
import { levelStyle } from "./level-swatch";

/**
 * One matrix cell, rendered on the server: a native disclosure whose summary shows the coded label and level,
 * coloured by level. Click, Enter or Space opens the details (rationale, confidence, dates, source links) below
 * the label, in the page's own flow: nothing hides on hover, nothing needs a script, and the links are in the tab
 * order only while the details are open (the browser skips closed <details> content).
 */
export function AssessmentCell(props: {
  code: string;
  jurisdictionName: string;
  dimension: GovernanceDimensionDto;
  assessment: GovernanceAssessmentDto | null;
}) {
  const { code, jurisdictionName, dimension, assessment } = props;
  const t = useTranslations("compare");
  const locale = useLocale();
  const levelText = useLevelText();
  const level = assessment?.level ?? null;
  const label = assessment ? localized(locale, assessment.labelEn, assessment.labelZh) : t("noAssessment");
  return (
    <details className="group" data-testid={`cell-details-${code}-${dimension.key}`}>
      <summary
        data-testid={`cell-${code}-${dimension.key}`}
        data-level={level ?? "not-verified"}
        className="block min-h-16 w-full cursor-pointer list-none rounded px-2 py-1.5 text-left text-sm leading-snug [&::-webkit-details-marker]:hidden"
        style={levelStyle(level, dimension.maxLevel, isSpectrum(dimension.key))}
      >
        {level === null ? (
          <>
            <span className="block font-semibold italic">{t("notVerified")}</span>
            {label !== t("notVerified") && <span className="block text-xs">{label}</span>}
          </>
        ) : (
          <>
            <span className="block font-medium">{label}</span>
            <span className="block text-xs">{levelText(level, dimension.maxLevel)}</span>
            {assessment?.since && assessment.earlier.length > 0 && (
              <span className="block text-xs font-medium" data-testid="changed-since">
                {t("changedSince", { date: assessment.since.slice(0, 4) })}
              </span>
            )}
          </>
        )}
      </summary>
      <div
        role="group"
        aria-label={`${jurisdictionName} · ${localized(locale, dimension.nameEn, dimension.nameZh)}`}
        data-testid={`details-${code}-${dimension.key}`}
        className="mt-1 rounded-md border border-slate-300 bg-white p-2 text-slate-900 shadow-sm"
      >
        <AssessmentDetails jurisdictionName={jurisdictionName} code={code} dimension={dimension} assessment={assessment} stacked />
      </div>
    </details>
  );
}
