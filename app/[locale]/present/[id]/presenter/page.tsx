import { PresenterConsole } from "@/components/present/presenter-console";
import { loadPresentDeck } from "../load-present-deck";
import { EmptyDeck } from "../empty-deck";
import { pageLocale, titleMetadata } from "@/i18n/page";

export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("present", "presenterView", { robots: { index: false } });

export default async function PresenterPage({ params }: PageProps<"/[locale]/present/[id]/presenter">) {
  const { locale, id } = await pageLocale(params);
  const deck = await loadPresentDeck(locale, id, `/present/${encodeURIComponent(id)}/presenter`);
  if (deck.slides.length === 0) return <EmptyDeck deckId={deck.id} />;
  return <PresenterConsole deck={deck} />;
}
