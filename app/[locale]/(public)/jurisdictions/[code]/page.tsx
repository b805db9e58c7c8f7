import { cache } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "@/i18n/navigation";
import { getJurisdictionPage } from "@/lib/queries/jurisdictions";
import { getGovernanceMatrix } from "@/lib/queries/governance";
import { localized } from "@/components/jurisdictions/localized";
import { ApproachSection } from "@/components/jurisdictions/approach-section";
import { AssessmentsSection } from "@/components/jurisdictions/assessments-section";
import { InstrumentsSection } from "@/components/jurisdictions/instruments-section";
import { FiguresSection } from "@/components/jurisdictions/figures-section";
import { EventsSection } from "@/components/jurisdictions/events-section";
import { ExpertViewsSection } from "@/components/jurisdictions/expert-views-section";
import { ClaimsSection } from "@/components/jurisdictions/claims-section";
import { JurisdictionCharts } from "@/components/jurisdictions/jurisdiction-charts";
import { PageNav } from "@/components/jurisdictions/page-nav";
import { CitedSourcesSection } from "@/components/jurisdictions/cited-sources-section";

export const revalidate = 60;

// Rendered on first request, then cached; no database access at build time.
export function generateStaticParams() {
  return [];
}

// Codes in the URL are lower-case ("eu", a US state "us-ca"); anything else is not a jurisdiction page.
const CODE = /^[a-z]{2,3}(-[a-z]{2,3})?$/;

// Metadata and page share one read per request.
const load = cache(async (code: string) => (CODE.test(code) ? getJurisdictionPage(code) : null));

export async function generateMetadata({ params }: PageProps<"/[locale]/jurisdictions/[code]">): Promise<Metadata> {
  const { locale, code } = await params;
  const data = await load(code);
  if (!data) return {};
  return { title: `${localized(locale, data.jurisdiction.nameEn, data.jurisdiction.nameZh)} (${data.jurisdiction.code})` };
}

export default async function JurisdictionPage({ params }: PageProps<"/[locale]/jurisdictions/[code]">) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  // "/jurisdictions/EU" is a natural thing to type; send it to the canonical lower-case address.
  if (/^[A-Za-z]{2,3}(-[A-Za-z]{2,3})?$/.test(code) && code !== code.toLowerCase()) {
    redirect({ href: `/jurisdictions/${code.toLowerCase()}`, locale });
  }
  const data = await load(code);
  if (!data) notFound();
  const [t, matrix] = await Promise.all([getTranslations("jurisdiction"), getGovernanceMatrix()]);
  const j = data.jurisdiction;
  const name = localized(locale, j.nameEn, j.nameZh);
  const within = Object.fromEntries(data.children.map((c) => [c.code, localized(locale, c.nameEn, c.nameZh)]));
  const sections = [
    { id: "approach", label: t("approachTitle") },
    { id: "charts", label: t("charts.title") },
    ...(data.children.length ? [{ id: "states", label: t("statesTitle") }] : []),
    { id: "assessments", label: t("assessmentsTitle") },
    { id: "instruments", label: t("instrumentsTitle") },
    { id: "figures", label: t("figuresTitle") },
    { id: "events", label: t("eventsTitle") },
    ...(data.expertViews.length ? [{ id: "experts", label: t("expertsTitle") }] : []),
    ...(data.claims.length ? [{ id: "claims", label: t("claimsTitle") }] : []),
    { id: "sources", label: t("sourcesTitle") },
  ];
  return (
    <div className="space-y-8">
      <header>
        <Link href="/jurisdictions" className="text-sm text-brand-700 underline hover:text-brand-900">
          ← {t("allJurisdictions")}
        </Link>
        <h1 className="mt-2 text-3xl font-bold">
          {name} <span className="font-mono text-2xl text-slate-600">({j.code})</span>
        </h1>
        <p className="text-slate-700" lang={locale === "zh" ? "en" : "zh-CN"}>
          {locale === "zh" ? j.nameEn : j.nameZh}
        </p>
        {j.parentCode && (
          <p className="mt-1 text-sm" data-testid="parent-jurisdiction">
            <Link href={`/jurisdictions/${j.parentCode.toLowerCase()}`} className="text-brand-700 underline">
              {t("partOf", { parent: j.parentCode })}
            </Link>
          </p>
        )}
        <p className="mt-1 text-xs text-slate-600" data-testid="page-as-of">
          {t("pageAsOf", { date: data.asOf ?? "–", checked: data.lastChecked ?? t("notRecorded") })}
        </p>
        <PageNav label={t("onThisPage")} sections={sections} />
      </header>
      <ApproachSection jurisdiction={j} />
      <JurisdictionCharts code={j.code} name={name} matrix={matrix} figures={data.figures} />
      {data.children.length > 0 && (
        <section id="states" aria-labelledby="states-title" className="scroll-mt-4 space-y-2">
          <h2 id="states-title" className="text-2xl font-semibold">
            {t("statesTitle")}
          </h2>
          <p className="text-sm text-slate-700">{t("statesIntro", { name })}</p>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" data-testid="states">
            {data.children.map((c) => (
              <li key={c.code}>
                <Link href={`/jurisdictions/${c.code.toLowerCase()}`} className="text-brand-700 underline">
                  {within[c.code]} ({c.code})
                </Link>{" "}
                <span className="text-slate-600">
                  {t("stateCounts", {
                    instruments: data.instruments.filter((i) => i.jurisdictionCode === c.code).length,
                    events: data.events.filter((e) => e.jurisdictionCode === c.code).length,
                  })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <AssessmentsSection code={j.code} name={name} assessments={data.assessments} />
      <InstrumentsSection code={j.code} instruments={data.instruments} within={within} />
      <FiguresSection name={name} figures={data.figures} />
      <EventsSection code={j.code} events={data.events} within={within} />
      <ExpertViewsSection views={data.expertViews} />
      <ClaimsSection claims={data.claims} />
      <CitedSourcesSection sources={data.sources} />
    </div>
  );
}
