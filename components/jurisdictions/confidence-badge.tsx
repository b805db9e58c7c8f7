import { getTranslations } from "next-intl/server";
import type { Confidence } from "@/lib/dto/jurisdictions";

const STYLE: Record<Confidence, string> = {
  HIGH: "border-emerald-700 text-emerald-800",
  MEDIUM: "border-amber-700 text-amber-900",
  LOW: "border-red-700 text-red-800",
};

/**
 * The grade in words. The fact sheet's own shorthand ("H/M", "H (as reported)") is a curator's note and stays in
 * the admin: readers see High / Medium / Low, explained on the methodology page.
 */
export async function ConfidenceBadge({ confidence }: { confidence: Confidence }) {
  const t = await getTranslations();
  const grade = t(`confidence.${confidence}`);
  return (
    <span className={`inline-block rounded border bg-white px-1.5 py-0.5 text-xs font-medium ${STYLE[confidence]}`} data-testid="confidence">
      {t("jurisdiction.confidence", { grade })}
    </span>
  );
}
