import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PresenterConsole } from "@/components/present/presenter-console";
import { loadPresentDeck } from "../load-present-deck";
import { EmptyDeck } from "../empty-deck";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/present/[id]/presenter">): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "present" }))("presenterView"), robots: { index: false } };
}

export default async function PresenterPage({ params }: PageProps<"/[locale]/present/[id]/presenter">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const deck = await loadPresentDeck(locale, id, `/present/${encodeURIComponent(id)}/presenter`);
  if (deck.slides.length === 0) return <EmptyDeck deckId={deck.id} />;
  return <PresenterConsole deck={deck} />;
}
