// Deck helpers shared by the deck integration tests.
import { signIn } from "./auth-stub";

/** Saved views as the explorer stores them on a slide. */
export const PRIVATE_VIEW = { chart: "private", params: {} } as const;
export const CAPEX_VIEW = { chart: "capex", params: { category: "CORPORATE_CAPEX" } } as const;

/** A new deck made by `editor` (who stays signed in), at version 1. */
export async function newDeckBy(editor: { id: string }, title = "Test deck"): Promise<{ deckId: string; version: number }> {
  signIn(editor);
  const { createDeck } = await import("@/lib/mutations/decks");
  const r = await createDeck({ title }, "en");
  if (!r.ok) throw new Error(r.message);
  return { deckId: r.deckId, version: r.version };
}
