"use client";
import { useLocale, useTranslations } from "next-intl";
import { localized, MAX_SELECTED, MIN_SELECTED } from "@/lib/charts/compare-state";
import type { GovernanceJurisdictionDto } from "@/lib/dto/governance";

/** Checkboxes for 2–4 jurisdictions; choices that would break the limits are disabled with the reason shown. */
export function JurisdictionPicker(props: { jurisdictions: GovernanceJurisdictionDto[]; selected: string[]; onToggle: (code: string) => void }) {
  const t = useTranslations("compare");
  const locale = useLocale();
  const { selected } = props;
  const full = selected.length >= MAX_SELECTED;
  const minimal = selected.length <= MIN_SELECTED;
  return (
    <fieldset className="rounded-lg border border-slate-200 bg-white p-3" data-testid="jurisdiction-picker">
      <legend className="px-1 text-sm font-semibold">{t("pickLegend")}</legend>
      <p id="pick-hint" className="text-xs text-slate-600">
        {t("pickHint")} {full ? t("limitMax") : minimal ? t("limitMin") : ""}
      </p>
      <div className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
        {props.jurisdictions.map((j) => {
          const checked = selected.includes(j.code);
          const disabled = checked ? minimal : full;
          return (
            <label key={j.code} className={`flex items-center gap-1.5 text-sm ${disabled ? "text-slate-600" : ""}`}>
              <input
                type="checkbox"
                className="h-4 w-4"
                checked={checked}
                disabled={disabled}
                aria-describedby="pick-hint"
                value={j.code}
                onChange={() => props.onToggle(j.code)}
              />
              {localized(locale, j.nameEn, j.nameZh)} <span className="text-xs text-slate-600">({j.code})</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
