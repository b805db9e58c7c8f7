import "server-only";
import { notFound } from "next/navigation";
import { getDeck } from "@/lib/queries/decks";
import { deckIdSchema } from "@/lib/validations/decks";
import { buildPresentDeck } from "@/lib/decks/present-deck";
import { requireDeckReader } from "@/lib/decks/page-guard";
import { asDeckLocale, translator } from "@/lib/decks/translate";
import { paginateDeck } from "@/lib/decks/paginate";
import type { PresentDeck } from "@/lib/dto/decks";

/** Gate (any signed-in team member), validate the id (unknown → 404) and resolve every slide into the page. */
export async function loadPresentDeck(locale: string, id: string, path: string): Promise<PresentDeck> {
  await requireDeckReader(locale, path);
  if (!deckIdSchema.safeParse(id).success) notFound();
  const deck = await getDeck(id);
  if (!deck) notFound();
  const lang = asDeckLocale(locale);
  // Presented as exported: long timelines continue over slides, long source lists on a sources slide.
  return paginateDeck(await buildPresentDeck(deck, lang), translator(lang));
}
