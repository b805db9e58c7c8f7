import { useLocale, useTranslations } from "next-intl";
import { isSpectrum, localized } from "@/lib/charts/compare-state";
import type { GovernanceDimensionDto } from "@/lib/dto/governance";
import { levelStyle, NOT_VERIFIED_STYLE } from "./level-swatch";
import { Section } from "@/components/ui/section";

/** Per dimension, each level's colour and meaning; plus the hatched "not verified" swatch. */
export function MatrixLegend({ dimensions }: { dimensions: GovernanceDimensionDto[] }) {
  const t = useTranslations("compare");
  const locale = useLocale();
  const swatch = "mt-0.5 inline-flex h-6 w-8 shrink-0 items-center justify-center rounded text-xs font-semibold";
  return (
    <Section titleId="legend-title" title={t("legendTitle")} size="lg" className="rounded-lg border border-slate-200 bg-white p-4" data-testid="matrix-legend">
      <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("legendIntro")}</p>
      <p className="mt-2 flex items-start gap-2 text-sm">
        <span className={swatch} style={NOT_VERIFIED_STYLE} aria-hidden />
        <span>{t("legendNotVerified")}</span>
      </p>
      <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {dimensions.map((d) => (
          <div key={d.key}>
            <h3 className="text-sm font-semibold">{localized(locale, d.nameEn, d.nameZh)}</h3>
            <p className="text-xs text-slate-600">{localized(locale, d.descriptionEn, d.descriptionZh)}</p>
            {isSpectrum(d.key) && (
              <p className="mt-1 text-xs font-medium text-slate-800" data-testid="spectrum-note">
                {t("spectrumNote")}
              </p>
            )}
            <ul className="mt-1 space-y-1">
              {d.scale.map((s) => (
                <li key={s.level} className="flex items-start gap-2 text-xs">
                  <span className={swatch} style={levelStyle(s.level, d.maxLevel, isSpectrum(d.key))} aria-hidden>
                    {s.level}
                  </span>
                  <span>
                    <span className="font-medium">{t("levelOnly", { level: s.level })}:</span> {localized(locale, s.en, s.zh)}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </Section>
  );
}
