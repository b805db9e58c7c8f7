import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PresentStage } from "@/components/present/present-stage";
import { loadPresentDeck } from "./load-present-deck";
import { EmptyDeck } from "./empty-deck";

// Gated and per deck: rendered per request, with the whole deck's data in the page (no requests while presenting).
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/present/[id]">): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "decks" }))("present"), robots: { index: false } };
}

export default async function PresentPage({ params }: PageProps<"/[locale]/present/[id]">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const deck = await loadPresentDeck(locale, id, `/present/${encodeURIComponent(id)}`);
  if (deck.slides.length === 0) return <EmptyDeck deckId={deck.id} />;
  return <PresentStage deck={deck} />;
}
