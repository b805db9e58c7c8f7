import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { FlaggedClaimDto } from "@/lib/dto/jurisdictions";
import { localized } from "@/components/jurisdictions/localized";
import { Card } from "@/components/ui/card";
import { SourceKeys } from "./source-keys";
import { OriginalWords } from "./original-words";

/** "The source says … / The evidence says …", side by side, never merged into one silently corrected sentence. */
export async function FlaggedClaimCard({ claim, headingLevel = 3 }: { claim: FlaggedClaimDto; headingLevel?: 3 | 4 }) {
  const t = await getTranslations("sources.claim");
  const locale = await getLocale();
  const Heading = `h${headingLevel}` as const;
  const record = claim.instrument
    ? {
        href: `/jurisdictions/${claim.instrument.jurisdictionCode.toLowerCase()}#instrument-${claim.instrument.slug}`,
        label: `${localized(locale, claim.instrument.titleEn, claim.instrument.titleZh)} (${claim.instrument.jurisdictionCode})`,
      }
    : claim.figure
      ? {
          href: claim.figure.jurisdictionCode ? `/jurisdictions/${claim.figure.jurisdictionCode.toLowerCase()}#figure-${claim.figure.slug}` : null,
          label: `${localized(locale, claim.figure.actorName, claim.figure.actorNameZh)}: ${claim.figure.measure}, ${claim.figure.periodLabel}${
            claim.figure.jurisdictionCode ? ` (${claim.figure.jurisdictionCode})` : ""
          }`,
        }
      : null;
  return (
    <Card id={`claim-${claim.slug}`} tone="flagged" data-testid="flagged-claim" data-slug={claim.slug}>
      <Heading className="text-sm font-semibold text-slate-700">
        <Link href={`/sources#source-${claim.source.key}`} className="text-brand-700 underline hover:text-brand-900">
          {t("madeIn", { key: claim.source.key })}
        </Link>{" "}
        <span className="font-normal">— {localized(locale, claim.source.title, claim.source.titleZh)}</span>
      </Heading>
      <div className="mt-3 grid gap-3 md:grid-cols-2">
        <div className="rounded bg-red-50 p-3" data-testid="claim-says">
          <p className="text-xs font-bold uppercase tracking-wide text-red-800">{t("sourceSays")} …</p>
          <blockquote className="mt-1 text-sm text-slate-900">{localized(locale, claim.claimEn, claim.claimZh)}</blockquote>
          <OriginalWords zh={claim.claimZh} />
        </div>
        <div className="rounded bg-emerald-50 p-3" data-testid="evidence-says">
          <p className="text-xs font-bold uppercase tracking-wide text-emerald-800">{t("evidenceSays")} …</p>
          <p className="mt-1 text-sm text-slate-900">{localized(locale, claim.correctionEn, claim.correctionZh)}</p>
          <p className="mt-2">
            {claim.evidence.length > 0 ? (
              <SourceKeys sources={claim.evidence} label={t("evidence")} />
            ) : (
              <span className="text-xs text-slate-700">{t("noEvidence")}</span>
            )}
          </p>
        </div>
      </div>
      {record && (
        <p className="mt-2 text-xs text-slate-700">
          {t("linkedRecord")}:{" "}
          {record.href ? (
            <Link href={record.href} className="text-brand-700 underline hover:text-brand-900">
              {record.label}
            </Link>
          ) : (
            record.label
          )}
        </p>
      )}
    </Card>
  );
}
