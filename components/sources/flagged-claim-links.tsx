import { getTranslations } from "next-intl/server";

/** "⚑ Flagged claim" links from a record to the claims about it that the evidence contradicts (same page). */
export async function FlaggedClaimLinks({ slugs, block = false }: { slugs: string[]; block?: boolean }) {
  const t = await getTranslations("common");
  return slugs.map((slug) => (
    <a key={slug} href={`#claim-${slug}`} className={`${block ? "block " : ""}text-xs font-medium text-red-800 underline`}>
      ⚑ {t("flagged")}
    </a>
  ));
}
