// Who may change a deck: its owner (an editor or admin who created it) and any admin. Everyone with VIEW_DECKS
// may open, present and export it. Pure, so pages (to hide controls) and mutations (to refuse) share one rule.
import { can, type Role } from "../auth/roles";

export type DeckActor = { id: string; role: Role };

/** A deleted deck can be restored for this many days; after that it is purged. */
export const DECK_RESTORE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export function canEditDeck(user: DeckActor | null | undefined, deck: { ownerId: string }): boolean {
  if (!user || !can(user.role, "EDIT_DECKS")) return false;
  return user.role === "ADMIN" || deck.ownerId === user.id;
}

/** The Prisma `where` part that limits a write to the decks this user may change. */
export function ownedDeckWhere(user: DeckActor): { createdById?: string } {
  return user.role === "ADMIN" ? {} : { createdById: user.id };
}

/** Decks deleted before this moment are past their restore window. */
export function restoreCutoff(now: Date): Date {
  return new Date(now.getTime() - DECK_RESTORE_DAYS * DAY_MS);
}

/** The day a deck deleted at `deletedAt` is purged ("YYYY-MM-DD", UTC). */
export function purgeDate(deletedAt: Date): string {
  return new Date(deletedAt.getTime() + DECK_RESTORE_DAYS * DAY_MS).toISOString().slice(0, 10);
}
