import { PresentStage } from "@/components/present/present-stage";
import { loadPresentDeck } from "./load-present-deck";
import { EmptyDeck } from "./empty-deck";
import { pageLocale, titleMetadata } from "@/i18n/page";

// Gated and per deck: rendered per request, with the whole deck's data in the page (no requests while presenting).
export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("decks", "present", { robots: { index: false } });

export default async function PresentPage({ params }: PageProps<"/[locale]/present/[id]">) {
  const { locale, id } = await pageLocale(params);
  const deck = await loadPresentDeck(locale, id, `/present/${encodeURIComponent(id)}`);
  if (deck.slides.length === 0) return <EmptyDeck deckId={deck.id} />;
  return <PresentStage deck={deck} />;
}
