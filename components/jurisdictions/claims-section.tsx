import { getTranslations } from "next-intl/server";
import type { FlaggedClaimDto } from "@/lib/dto/jurisdictions";
import { FlaggedClaimCard } from "@/components/sources/flagged-claim-card";
import { PageSection } from "./page-section";

/** The flagged claims, each beside its evidence; `intro` replaces the jurisdiction page's introduction (the sources page says more). */
export async function ClaimsSection({ claims, intro }: { claims: FlaggedClaimDto[]; intro?: string }) {
  const t = await getTranslations("jurisdiction");
  if (claims.length === 0) return null;
  return (
    <PageSection id="claims" title={t("claimsTitle")} intro={intro ?? t("claimsIntro")}>
      <div className="space-y-4">
        {claims.map((c) => (
          <FlaggedClaimCard key={c.slug} claim={c} />
        ))}
      </div>
    </PageSection>
  );
}
