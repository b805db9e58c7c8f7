import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { InstrumentDto, InstrumentRef, InstrumentStatus } from "@/lib/dto/jurisdictions";
import { asDateLocale, formatDate, machineDate, type DatePrecision } from "@/lib/format/dates";
import { SourceKeys } from "@/components/sources/source-keys";
import { FlaggedClaimLinks } from "@/components/sources/flagged-claim-links";
import { Card } from "@/components/ui/card";
import { FactList, type Fact } from "@/components/ui/fact-list";
import { ConfidenceBadge } from "./confidence-badge";
import { englishOnly, localized } from "./localized";

const STATUS_STYLE: Record<InstrumentStatus, string> = {
  PROPOSED: "bg-slate-100 text-slate-800 border-slate-500",
  ADOPTED: "bg-sky-50 text-sky-900 border-sky-700",
  IN_FORCE: "bg-emerald-50 text-emerald-900 border-emerald-700",
  REVOKED: "bg-red-50 text-red-900 border-red-700",
  REJECTED: "bg-red-50 text-red-900 border-red-700",
};

function Dated({ iso, precision, locale }: { iso: string; precision: DatePrecision; locale: string }) {
  return <time dateTime={machineDate(iso, precision)}>{formatDate(iso, precision, asDateLocale(locale))}</time>;
}

function InstrumentLink({ target, locale }: { target: InstrumentRef; locale: string }) {
  return (
    <Link href={`/jurisdictions/${target.jurisdictionCode.toLowerCase()}#instrument-${target.slug}`} className="text-brand-700 underline hover:text-brand-900">
      {localized(locale, target.titleEn, target.titleZh)}
    </Link>
  );
}

function InstrumentLinks({ targets, locale }: { targets: InstrumentRef[]; locale: string }) {
  return targets.map((r, n) => (
    <span key={r.slug}>
      {n > 0 && ", "}
      <InstrumentLink target={r} locale={locale} />
    </span>
  ));
}

type FactKey = "type" | "adopted" | "effective" | "revoked" | "revokedBy" | "revokes" | "alsoParties" | "dateNote" | "summary";

export async function InstrumentCard({
  instrument: i,
  pageCode,
  within = {},
}: {
  instrument: InstrumentDto;
  pageCode: string;
  within?: Record<string, string>;
}) {
  const t = await getTranslations();
  const locale = await getLocale();
  const statusLabel = t(`jurisdictions.status.${i.status}`);
  const statusNote = i.statusNote ? localized(locale, i.statusNote, i.statusNoteZh) : null;
  const showNote = statusNote && statusNote.toLowerCase() !== statusLabel.toLowerCase();
  const state = within[i.jurisdictionCode];
  const shared = i.jurisdictionCode !== pageCode && !state;
  const otherParties = i.alsoJurisdictions.filter((c) => c !== pageCode);
  const secondaryTitle = locale === "zh" ? (i.titleZh ? i.titleEn : null) : i.titleZh;
  const fact = (key: FactKey, value: ReactNode, extra?: Pick<Fact, "testId" | "lang">): Fact => ({ label: t(`jurisdiction.${key}`), value, ...extra });
  const facts = [
    fact("type", localized(locale, i.type, i.typeZh), { lang: englishOnly(locale, i.typeZh) }),
    i.adoptedOn && fact("adopted", <Dated iso={i.adoptedOn} precision={i.adoptedPrecision} locale={locale} />, { testId: "adopted" }),
    i.effectiveOn && fact("effective", <Dated iso={i.effectiveOn} precision={i.effectivePrecision} locale={locale} />, { testId: "effective" }),
    i.revokedOn && fact("revoked", <Dated iso={i.revokedOn} precision="DAY" locale={locale} />),
    i.revokedBy && fact("revokedBy", <InstrumentLink target={i.revokedBy} locale={locale} />, { testId: "revoked-by" }),
    i.revokes.length > 0 && fact("revokes", <InstrumentLinks targets={i.revokes} locale={locale} />, { testId: "revokes" }),
    otherParties.length > 0 && fact("alsoParties", otherParties.join(", "), { testId: "also-parties" }),
    i.dateNote && fact("dateNote", localized(locale, i.dateNote, i.dateNoteZh), { lang: englishOnly(locale, i.dateNoteZh) }),
    fact("summary", localized(locale, i.summaryEn, i.summaryZh)),
  ];
  return (
    <Card id={`instrument-${i.slug}`} data-testid="instrument" data-slug={i.slug} data-shared={shared ? "true" : undefined}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="font-semibold">{localized(locale, i.titleEn, i.titleZh)}</h3>
          {secondaryTitle && (
            <p className="text-sm text-slate-700" lang={locale === "zh" ? "en" : "zh-CN"}>
              {secondaryTitle}
            </p>
          )}
        </div>
        <p className="text-sm" data-testid="instrument-status">
          <span className={`inline-block rounded border px-2 py-0.5 font-medium ${STATUS_STYLE[i.status]}`}>{statusLabel}</span>
          {showNote && (
            <span className="ml-2 text-slate-700" lang={englishOnly(locale, i.statusNoteZh)}>
              {statusNote}
            </span>
          )}
        </p>
      </div>
      {state && (
        <p className="mt-1 text-xs font-medium text-slate-800" data-testid="state-instrument">
          <Link href={`/jurisdictions/${i.jurisdictionCode.toLowerCase()}`} className="text-brand-700 underline">
            {t("jurisdiction.withinState", { state })}
          </Link>
        </p>
      )}
      {shared && (
        <p className="mt-1 text-xs font-medium text-amber-900" data-testid="shared-instrument">
          {t("jurisdiction.sharedInstrument", { jurisdiction: i.jurisdictionCode })}
        </p>
      )}
      <FactList className="mt-2 gap-y-1 text-sm" facts={facts} />
      {i.milestones.length > 0 && (
        <div className="mt-3">
          <h4 className="text-sm font-semibold">{t("jurisdiction.milestones")}</h4>
          <ol className="mt-1 space-y-1 border-l-2 border-slate-300 pl-3 text-sm" data-testid="milestones">
            {i.milestones.map((m) => (
              <li key={`${m.date}-${m.labelEn}`} data-superseded={m.superseded ? "true" : undefined}>
                <span className={m.superseded ? "text-slate-500 line-through" : undefined}>
                  <span className="font-medium tabular-nums">
                    <Dated iso={m.date} precision="DAY" locale={locale} />
                  </span>{" "}
                  — {localized(locale, m.labelEn, m.labelZh)}
                </span>{" "}
                <SourceKeys sources={m.sources} />
                {m.superseded && (
                  <span className="block text-xs font-medium text-amber-900" data-testid="milestone-superseded">
                    {m.superseded.by
                      ? t("jurisdiction.supersededBy", {
                          date: m.superseded.on ? formatDate(m.superseded.on, "DAY", asDateLocale(locale)) : "–",
                          title: localized(locale, m.superseded.by.titleEn, m.superseded.by.titleZh),
                        })
                      : t("jurisdiction.superseded", { date: m.superseded.on ? formatDate(m.superseded.on, "DAY", asDateLocale(locale)) : "–" })}
                    {m.superseded.noteEn ? ` ${localized(locale, m.superseded.noteEn, m.superseded.noteZh)}` : ""}
                  </span>
                )}
              </li>
            ))}
          </ol>
        </div>
      )}
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <ConfidenceBadge confidence={i.confidence} />
        <SourceKeys sources={i.sources} />
        <FlaggedClaimLinks slugs={i.claimSlugs} />
      </div>
    </Card>
  );
}
