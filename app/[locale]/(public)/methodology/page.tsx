import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getGovernanceMatrix } from "@/lib/queries/governance";
import { isSpectrum, localized } from "@/lib/charts/compare-state";
import { PageHeader } from "@/components/layout/page-header";
import { levelStyle } from "@/components/compare/level-swatch";
import { ReportErrorForm } from "@/components/methodology/report-error-form";
import { CiteExample } from "@/components/methodology/cite-example";

export const revalidate = 60;

const KINDS = ["ACTUAL", "GUIDANCE", "PLAN", "PLEDGE", "COMMITTED", "ESTIMATE"] as const;
const FUNDING = ["PUBLIC", "PRIVATE", "MIXED"] as const;
const GRADES = ["HIGH", "MEDIUM", "LOW"] as const;
const SECTIONS = ["codebook", "grades", "figures", "dates", "cite", "licence", "report"] as const;

export async function generateMetadata({ params }: PageProps<"/[locale]/methodology">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "trust" });
  return { title: t("title"), description: t("intro") };
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-4 space-y-3">
      <h2 id={`${id}-title`} className="text-2xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The trust page: codebook (from the Dimension table), grades, figure kinds and funding, dates, citing, licence, reports. */
export default async function MethodologyPage({ params }: PageProps<"/[locale]/methodology">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("trust");
  const tAll = await getTranslations();
  const matrix = await getGovernanceMatrix();
  return (
    <div className="max-w-4xl space-y-10">
      <PageHeader title={t("title")} intro={t("intro")}>
        <p className="mt-1 text-xs text-slate-600" data-testid="page-as-of">
          {t("asOf", { date: matrix.asOf ?? "–", checked: matrix.lastChecked ?? "–" })}
        </p>
        <nav aria-label={t("toc")} className="mt-3">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {SECTIONS.map((id) => (
              <li key={id}>
                <a href={`#${id}`} className="text-brand-700 underline hover:text-brand-900">
                  {t(`${id}.title`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </PageHeader>

      <Section id="codebook" title={t("codebook.title")}>
        <p className="text-slate-800">{t("codebook.intro")}</p>
        <div className="space-y-5" data-testid="codebook">
          {matrix.dimensions.map((d) => (
            <article key={d.key} className="rounded-lg border border-slate-200 bg-white p-4" data-dimension={d.key}>
              <h3 className="text-lg font-semibold">{localized(locale, d.nameEn, d.nameZh)}</h3>
              <p className="text-sm text-slate-700">{localized(locale, d.descriptionEn, d.descriptionZh)}</p>
              {isSpectrum(d.key) && <p className="mt-1 text-sm font-medium text-slate-900">{t("codebook.spectrum")}</p>}
              <ol className="mt-2 space-y-1">
                {d.scale.map((s) => (
                  <li key={s.level} className="flex items-start gap-2 text-sm" data-level={s.level}>
                    <span
                      className="inline-flex h-6 w-8 shrink-0 items-center justify-center rounded text-xs font-semibold"
                      style={levelStyle(s.level, d.maxLevel, isSpectrum(d.key))}
                      aria-hidden
                    >
                      {s.level}
                    </span>
                    <span>
                      <span className="font-medium">{t("codebook.level", { level: s.level })}:</span> {localized(locale, s.en, s.zh)}
                    </span>
                  </li>
                ))}
              </ol>
            </article>
          ))}
        </div>
        <p className="text-sm text-slate-800">{t("codebook.history")}</p>
      </Section>

      <Section id="grades" title={t("grades.title")}>
        <p className="text-slate-800">{t("grades.intro")}</p>
        <ul className="list-disc space-y-1 pl-5 text-sm" data-testid="grades">
          {GRADES.map((g) => (
            <li key={g}>{t(`grades.${g}`)}</li>
          ))}
        </ul>
      </Section>

      <Section id="figures" title={t("figures.title")}>
        <p className="text-slate-800">{t("figures.kindsIntro")}</p>
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]" data-testid="kinds">
          {KINDS.map((k) => (
            <div key={k} className="contents">
              <dt className="font-medium">{tAll(`kinds.${k}`)}</dt>
              <dd>{t(`figures.${k}`)}</dd>
            </div>
          ))}
        </dl>
        <p className="text-slate-800">{t("figures.fundingIntro")}</p>
        <ul className="list-disc space-y-1 pl-5 text-sm" data-testid="funding">
          {FUNDING.map((f) => (
            <li key={f}>{t(`figures.${f}`)}</li>
          ))}
        </ul>
        <p className="text-slate-800">{t("figures.choice")}</p>
        <p className="text-slate-800" data-testid="currency-rule">
          {t("figures.currency")}
        </p>
      </Section>

      <Section id="dates" title={t("dates.title")}>
        <p className="text-slate-800">{t("dates.body")}</p>
      </Section>

      <Section id="cite" title={t("cite.title")}>
        <p className="text-slate-800">{t("cite.body")}</p>
        <p className="rounded border border-slate-300 bg-white p-3 font-mono text-sm" data-testid="cite-template">
          {t("cite.template", { view: "…", url: "…", asOf: "YYYY-MM-DD", accessed: "YYYY-MM-DD" })}
        </p>
        <CiteExample view={tAll("compare.chartTitle")} path={`/${locale}/compare?j=EU,US,CN`} asOf={matrix.asOf ?? "–"} />
      </Section>

      <Section id="licence" title={t("licence.title")}>
        <p className="text-slate-800" data-testid="licence">
          {t("licence.body")}
        </p>
        <p className="text-sm">
          <a href="https://creativecommons.org/licenses/by/4.0/" className="text-brand-700 underline" rel="license noopener" target="_blank">
            {t("licence.link")}
          </a>
        </p>
      </Section>

      <Section id="report" title={t("report.title")}>
        <p className="text-slate-800">{t("report.intro")}</p>
        <ReportErrorForm />
      </Section>
    </div>
  );
}
