"use client";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { localized } from "@/lib/charts/compare-state";
import type { GovernanceMatrixDto } from "@/lib/dto/governance";
import { AssessmentCell } from "./assessment-cell";

/**
 * Jurisdictions (rows) × dimensions (columns): each cell is a native disclosure (<details>) whose details open
 * below it, so nothing in the matrix needs a script to work. It is a client component for the size of the page
 * only: its HTML is rendered on the server all the same, but its props are the `matrix` object that the compare
 * page already sends to the side-by-side view, so the RSC payload refers to that data once instead of carrying
 * the matrix a second time as a tree of ~2,000 elements (measured on /en/compare: 580 KB of HTML, 225 KB of it
 * that element tree).
 */
export function GovernanceMatrix({ matrix }: { matrix: GovernanceMatrixDto }) {
  const t = useTranslations("compare");
  const locale = useLocale();
  const names = Object.fromEntries(matrix.jurisdictions.map((j) => [j.code, localized(locale, j.nameEn, j.nameZh)]));
  return (
    <div className="scroll-pl-32 overflow-x-auto rounded-lg border border-slate-200 bg-white sm:scroll-pl-40">
      <table className="w-full min-w-[52rem] table-fixed border-separate border-spacing-1 text-left text-sm" data-testid="governance-matrix">
        <caption className="px-2 pt-2 text-left text-sm text-slate-700">{t("matrixCaption")}</caption>
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 z-10 w-28 bg-white px-1 py-2 align-bottom sm:w-36">
              {t("jurisdiction")}
            </th>
            {matrix.dimensions.map((d) => (
              <th key={d.key} scope="col" className="px-1 py-2 align-bottom" data-testid={`dimension-${d.key}`}>
                {localized(locale, d.nameEn, d.nameZh)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.jurisdictions.map((j) => {
            const name = localized(locale, j.nameEn, j.nameZh);
            return (
              <tr key={j.code} data-code={j.code} data-parent={j.parentCode ?? undefined}>
                {/* Sticky so that the jurisdiction stays in view while the table scrolls sideways on a phone. */}
                <th scope="row" className={`sticky left-0 z-10 bg-white px-1 align-top font-medium ${j.parentCode ? "pl-4" : ""}`}>
                  {j.parentCode && (
                    <span className="block text-xs font-normal text-slate-600">{t("withinParent", { parent: names[j.parentCode] ?? j.parentCode })}</span>
                  )}
                  <Link href={`/jurisdictions/${j.code.toLowerCase()}`} className="text-brand-700 underline">
                    {name}
                  </Link>
                  <span className="block text-xs font-normal text-slate-600">{j.code}</span>
                </th>
                {matrix.dimensions.map((d) => (
                  <td key={d.key} className="align-top">
                    <AssessmentCell code={j.code} jurisdictionName={name} dimension={d} assessment={j.assessments[d.key] ?? null} />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
