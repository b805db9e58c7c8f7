import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export default async function DeckNotFound() {
  const t = await getTranslations("decks");
  return (
    <div className="space-y-3" data-testid="deck-not-found">
      <h1 className="text-2xl font-bold">{t("errors.deckNotFound")}</h1>
      <Link href="/decks" className="text-brand-700 underline">
        {t("allDecks")}
      </Link>
    </div>
  );
}
