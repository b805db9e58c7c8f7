import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { isSpectrum, localized, type ComparisonRow } from "@/lib/charts/compare-state";
import { useLevelText } from "./assessment-details";
import { levelStyle } from "./level-swatch";

/** Dimensions down, the selected jurisdictions across: label, level, rationale, confidence, date and sources. */
export function SideBySideTable({ rows, codes, names }: { rows: ComparisonRow[]; codes: string[]; names: Record<string, string> }) {
  const t = useTranslations("compare");
  const tc = useTranslations("confidence");
  const locale = useLocale();
  const levelText = useLevelText();
  return (
    <section aria-labelledby="side-by-side-title" className="min-w-0 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="side-by-side-title" className="text-xl font-semibold">
        {t("tableTitle")}
      </h2>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full min-w-[40rem] table-fixed text-left text-sm" data-testid="side-by-side-table">
          <thead className="border-b border-slate-300">
            <tr>
              <th scope="col" className="w-36 py-2 pr-3">
                {t("dimension")}
              </th>
              {codes.map((code) => (
                <th key={code} scope="col" className="py-2 pr-3" data-code={code}>
                  {names[code]} <span className="text-xs font-normal text-slate-600">({code})</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ dimension, cells }) => (
              <tr key={dimension.key} className="border-b border-slate-100 align-top" data-dimension={dimension.key}>
                <th scope="row" className="py-2 pr-3 font-medium">
                  {localized(locale, dimension.nameEn, dimension.nameZh)}
                </th>
                {cells.map((c) => {
                  const a = c.assessment;
                  return (
                    <td key={c.code} className="py-2 pr-3" data-code={c.code}>
                      <span
                        className="inline-block rounded px-1.5 py-0.5 text-xs font-medium"
                        style={levelStyle(c.level, c.maxLevel, isSpectrum(dimension.key))}
                      >
                        {a && c.level !== null ? localized(locale, a.labelEn, a.labelZh) : t("notVerified")}
                      </span>
                      <span className="mt-0.5 block text-xs text-slate-600">{levelText(c.level, c.maxLevel)}</span>
                      {a && (
                        <>
                          <p className="mt-1">{localized(locale, a.rationaleEn, a.rationaleZh) || "–"}</p>
                          <p className="mt-1 text-xs text-slate-600">
                            {t("confidence")}: {tc(a.confidence)} · {t("asOf")} {a.asOf}
                            {a.since && a.earlier.length > 0 && <> · {t("changedSince", { date: a.since.slice(0, 4) })}</>}
                          </p>
                          <p className="mt-0.5 text-xs">
                            {a.sources.map((s, i) => (
                              <span key={s.key}>
                                {i > 0 && ", "}
                                <Link href={`/sources#source-${s.key}`} className="text-brand-700 underline" title={localized(locale, s.title, s.titleZh)}>
                                  {s.key}
                                </Link>
                              </span>
                            ))}
                          </p>
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
