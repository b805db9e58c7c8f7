import "server-only";
// The steps every deck write shares inside its transaction: claim the deck at the version the editor saw (or say
// why not), number a new slide, find a slide of the deck, purge decks past their restore window, write the audit.
import type { Prisma } from "../generated/prisma/client";
import type { CurrentUser } from "../auth/current-user";
import { DECK_RESTORE_DAYS, canEditDeck, ownedDeckWhere, restoreCutoff } from "../decks/ownership";
import type { Tx } from "../db-client";
import { writeAudit } from "./write-audit";
import { LIMITS } from "../validations/decks";
import { DeckFailure, staleVersion } from "../decks/mutation-runner";

export const date = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

export function audit(tx: Tx, user: CurrentUser, action: string, deckId: string, detail: Record<string, unknown> = {}) {
  return writeAudit(tx, { actorId: user.id, actorEmail: user.email, action, entityType: "Deck", entityId: deckId, detail });
}

/**
 * Why a deck cannot be changed by this user: gone (never existed, deleted), not theirs (an editor's deck is
 * changed by its owner or an admin), or changed since they opened it (a conflict naming who changed it).
 */
async function refusal(tx: Tx, user: CurrentUser, deckId: string): Promise<DeckFailure> {
  const deck = await tx.deck.findUnique({ where: { id: deckId }, select: { createdById: true, deletedAt: true, createdBy: { select: { name: true } } } });
  if (!deck || deck.deletedAt) return new DeckFailure("not-found");
  if (!canEditDeck(user, { ownerId: deck.createdById })) return new DeckFailure("not-owner", { owner: deck.createdBy.name });
  return staleVersion(tx, deckId);
}

/**
 * Claims the deck at the version the editor saw and returns the new version. The same conditional UPDATE checks
 * the owner (admins: any deck) and that the deck is not deleted, so a refused write changes nothing.
 */
export async function claim(tx: Tx, user: CurrentUser, deckId: string, version: number, data: Prisma.DeckUpdateManyMutationInput = {}): Promise<number> {
  const { count } = await tx.deck.updateMany({
    where: { id: deckId, version, deletedAt: null, ...ownedDeckWhere(user) },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw await refusal(tx, user, deckId);
  return version + 1;
}

/**
 * Removes the decks deleted more than DECK_RESTORE_DAYS ago (their slides go with them), one audit entry each.
 * Runs inside every delete and restore, and when the deck list is shown (purgeExpiredDecks), so no scheduler is
 * needed; a deck past its window cannot be restored even before it is purged.
 */
export async function purgeExpired(tx: Tx, user: CurrentUser, now: Date): Promise<number> {
  const expired = await tx.deck.findMany({
    where: { deletedAt: { lt: restoreCutoff(now) } },
    select: { id: true, title: true, deletedAt: true, deletedById: true, createdById: true },
  });
  for (const deck of expired) {
    await audit(tx, user, "deck.purge", deck.id, {
      title: deck.title,
      deletedAt: deck.deletedAt!.toISOString(),
      deletedById: deck.deletedById,
      ownerId: deck.createdById,
      reason: `deleted more than ${DECK_RESTORE_DAYS} days ago`,
    });
  }
  if (expired.length) await tx.deck.deleteMany({ where: { id: { in: expired.map((d) => d.id) }, deletedAt: { lt: restoreCutoff(now) } } });
  return expired.length;
}

export async function slideOf(tx: Tx, deckId: string, slideId: string) {
  const slide = await tx.slide.findFirst({ where: { id: slideId, deckId } });
  if (!slide) throw new DeckFailure("not-found");
  return slide;
}

export async function nextPosition(tx: Tx, deckId: string): Promise<number> {
  const count = await tx.slide.count({ where: { deckId } });
  if (count >= LIMITS.slides) throw new DeckFailure("too-many-slides", { max: LIMITS.slides });
  const last = await tx.slide.aggregate({ where: { deckId }, _max: { position: true } });
  return (last._max.position ?? -1) + 1;
}
