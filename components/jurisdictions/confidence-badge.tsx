import { getTranslations } from "next-intl/server";
import type { Confidence } from "@/lib/dto/jurisdictions";

const STYLE: Record<Confidence, string> = {
  HIGH: "border-emerald-700 text-emerald-800",
  MEDIUM: "border-amber-700 text-amber-900",
  LOW: "border-red-700 text-red-800",
};

/** The grade, plus the fact sheet's own wording when it is not a plain H/M/L (e.g. "H/M"). */
export async function ConfidenceBadge({ confidence, note }: { confidence: Confidence; note?: string | null }) {
  const t = await getTranslations();
  const grade = t(`confidence.${confidence}`);
  return (
    <span className={`inline-block rounded border bg-white px-1.5 py-0.5 text-xs font-medium ${STYLE[confidence]}`} data-testid="confidence">
      {note ? t("jurisdiction.confidenceWithNote", { grade, note }) : t("jurisdiction.confidence", { grade })}
    </span>
  );
}
