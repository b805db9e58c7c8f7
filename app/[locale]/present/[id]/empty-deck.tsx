import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export async function EmptyDeck({ deckId }: { deckId: string }) {
  const t = await getTranslations("present");
  return (
    <div className="space-y-3 rounded-lg border border-slate-300 bg-white p-6" role="note" data-testid="present-empty">
      <p className="text-xl font-semibold">{t("emptyDeck")}</p>
      <Link href={`/decks/${deckId}`} className="text-brand-700 underline">
        {t("backToDeck")}
      </Link>
    </div>
  );
}
