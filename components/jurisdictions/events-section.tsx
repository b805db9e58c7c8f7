import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { EventDto } from "@/lib/dto/jurisdictions";
import { asDateLocale, formatDate, machineDate } from "@/lib/format/dates";
import { SourceKeys } from "@/components/sources/source-keys";
import { ConfidenceBadge } from "./confidence-badge";
import { PageSection } from "./page-section";
import { englishOnly, localized } from "./localized";

export async function EventsSection({ code, events, within = {} }: { code: string; events: EventDto[]; within?: Record<string, string> }) {
  const t = await getTranslations("jurisdiction");
  const locale = await getLocale();
  return (
    <PageSection id="events" title={t("eventsTitle")}>
      {events.length === 0 ? (
        <p className="text-sm text-slate-700">{t("none")}</p>
      ) : (
        <ol className="space-y-3 border-l-2 border-slate-300 pl-4">
          {events.map((e) => (
            <li key={e.slug} id={`event-${e.slug}`} className="scroll-mt-4" data-testid="event" data-slug={e.slug}>
              <p className="text-sm font-medium tabular-nums text-slate-700">
                <time dateTime={machineDate(e.date, e.datePrecision)}>{formatDate(e.date, e.datePrecision, asDateLocale(locale))}</time>
                {e.dateNote && (
                  <span className="ml-2 font-normal" lang={englishOnly(locale, e.dateNoteZh)}>
                    ({localized(locale, e.dateNote, e.dateNoteZh)})
                  </span>
                )}
              </p>
              <p className="font-medium">{localized(locale, e.titleEn, e.titleZh)}</p>
              <div className="mt-1 flex flex-wrap items-center gap-3 text-xs text-slate-700">
                {within[e.jurisdictionCode] ? (
                  <span data-testid="state-event">{t("withinState", { state: within[e.jurisdictionCode] })}</span>
                ) : (
                  e.jurisdictionCode !== code && <span data-testid="shared-event">{t("sharedEvent", { jurisdiction: e.jurisdictionCode })}</span>
                )}
                {e.alsoJurisdictions.length > 0 && (
                  <span>
                    {t("alsoParties")}: {e.alsoJurisdictions.join(", ")}
                  </span>
                )}
                {e.instrument && (
                  <Link
                    href={`/jurisdictions/${e.instrument.jurisdictionCode.toLowerCase()}#instrument-${e.instrument.slug}`}
                    className="text-brand-700 underline hover:text-brand-900"
                  >
                    {t("instrumentLink", { title: localized(locale, e.instrument.titleEn, e.instrument.titleZh) })}
                  </Link>
                )}
                <ConfidenceBadge confidence={e.confidence} />
                <SourceKeys sources={e.sources} />
              </div>
            </li>
          ))}
        </ol>
      )}
    </PageSection>
  );
}
