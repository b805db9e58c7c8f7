import "server-only";
// Deck and slide writes. Each one: role check (EDIT_DECKS, re-read from the database) → strict validation →
// one transaction that matches the deck on { id, version }, bumps the version and writes an audit entry.
// The deck is the unit of versioning: any slide change conflicts with a stale copy of the same deck.// Slide writes live in deck-slides.ts, the shared claim/audit steps in deck-claim.ts.
import { Prisma } from "../generated/prisma/client";
import { requirePermission } from "../auth/current-user";
import { db } from "../db";
import { DECK_RESTORE_DAYS, canEditDeck, ownedDeckWhere, purgeDate, restoreCutoff } from "../decks/ownership";
import { writeTransaction } from "../db-write";
import { getDeck } from "../queries/decks";
import { createDeckSchema, deckVersionSchema, updateDeckSchema } from "../validations/decks";
import { DeckFailure, runDeckMutation, staleVersion } from "../decks/mutation-runner";
import { snapshotSlides } from "../decks/present-deck";
import type { DeckLocale } from "../decks/translate";
import { audit, claim, date, purgeExpired } from "./deck-claim";

export { addTextSlide, addToBriefing, addViewSlide, deleteSlide, duplicateSlide, moveSlide, updateSlide } from "./deck-slides";

export function createDeck(raw: unknown, locale: DeckLocale) {
  return runDeckMutation(locale, createDeckSchema, raw, async (input, user) =>
    writeTransaction(async (tx) => {
      const deck = await tx.deck.create({
        data: { title: input.title, audience: input.audience, briefingOn: date(input.briefingOn), createdById: user.id },
        select: { id: true, version: true },
      });
      await audit(tx, user, "deck.create", deck.id, { title: input.title });
      return { deckId: deck.id, version: deck.version };
    }),
  );
}

export function updateDeck(raw: unknown, locale: DeckLocale) {
  return runDeckMutation(locale, updateDeckSchema, raw, async (input, user) =>
    writeTransaction(async (tx) => {
      const version = await claim(tx, user, input.deckId, input.version, {
        title: input.title,
        audience: input.audience,
        briefingOn: date(input.briefingOn),
      });
      await audit(tx, user, "deck.update", input.deckId, { title: input.title });
      return { version };
    }),
  );
}

/** A soft delete: the deck leaves every list, page and export, and its owner or an admin can restore it for 30 days. */
export function deleteDeck(raw: unknown, locale: DeckLocale, now = new Date()) {
  return runDeckMutation(locale, deckVersionSchema, raw, async (input, user) =>
    writeTransaction(async (tx) => {
      const version = await claim(tx, user, input.deckId, input.version, { deletedAt: now, deletedById: user.id });
      const deck = await tx.deck.findUniqueOrThrow({ where: { id: input.deckId }, select: { title: true } });
      await audit(tx, user, "deck.delete", input.deckId, { title: deck.title, restorableUntil: purgeDate(now) });
      await purgeExpired(tx, user, now);
      return { version };
    }),
  );
}

/** Brings a deleted deck back (its owner or an admin, within 30 days of the delete), as a new version. */
export function restoreDeck(raw: unknown, locale: DeckLocale, now = new Date()) {
  return runDeckMutation(locale, deckVersionSchema, raw, async (input, user) =>
    writeTransaction(async (tx) => {
      const { count } = await tx.deck.updateMany({
        where: { id: input.deckId, version: input.version, deletedAt: { not: null, gte: restoreCutoff(now) }, ...ownedDeckWhere(user) },
        data: { deletedAt: null, deletedById: null, version: { increment: 1 } },
      });
      if (count === 0) {
        const deck = await tx.deck.findUnique({
          where: { id: input.deckId },
          select: { createdById: true, deletedAt: true, createdBy: { select: { name: true } } },
        });
        if (!deck) throw new DeckFailure("not-found");
        if (!canEditDeck(user, { ownerId: deck.createdById })) throw new DeckFailure("not-owner", { owner: deck.createdBy.name });
        if (deck.deletedAt && deck.deletedAt < restoreCutoff(now)) throw new DeckFailure("restore-expired", { days: DECK_RESTORE_DAYS });
        throw await staleVersion(tx, input.deckId).then((f) => (f.code === "not-found" ? new DeckFailure("conflict") : f));
      }
      const deck = await tx.deck.findUniqueOrThrow({ where: { id: input.deckId }, select: { title: true } });
      await audit(tx, user, "deck.restore", input.deckId, { title: deck.title, version: input.version + 1 });
      await purgeExpired(tx, user, now);
      return { version: input.version + 1 };
    }),
  );
}

/** Purges expired deleted decks on behalf of the signed-in user (called when the deck list is shown). */
export async function purgeExpiredDecks(now = new Date()): Promise<number> {
  const user = await requirePermission("VIEW_DECKS");
  // A read first: most list views find nothing to purge and need no write transaction.
  const due = await db().deck.count({ where: { deletedAt: { lt: restoreCutoff(now) } } });
  if (due === 0) return 0;
  try {
    return await writeTransaction((tx) => purgeExpired(tx, user, now));
  } catch (error) {
    // The list must still show (e.g. another writer held the database): the next list view or delete purges.
    console.error("purging expired decks failed", error);
    return 0;
  }
}

/** Stores every chart and table slide's data (both languages) and the freeze time; presenting then shows these numbers. */
export function freezeDeck(raw: unknown, locale: DeckLocale) {
  return runDeckMutation(locale, deckVersionSchema, raw, async (input, user) => {
    // Resolved before the transaction (it reads many tables); the version check below still guards the write.
    const deck = await getDeck(input.deckId);
    if (!deck) throw new DeckFailure("not-found");
    const snapshot = await snapshotSlides(deck.slides);
    const frozenAt = new Date();
    return writeTransaction(async (tx) => {
      const version = await claim(tx, user, input.deckId, input.version, { frozenAt });
      for (const [slideId, data] of snapshot) await tx.slide.updateMany({ where: { id: slideId, deckId: input.deckId }, data: { frozenData: data } });
      await audit(tx, user, "deck.freeze", input.deckId, { frozenAt: frozenAt.toISOString(), slides: snapshot.size });
      return { version, frozenAt: frozenAt.toISOString() };
    });
  });
}

export function unfreezeDeck(raw: unknown, locale: DeckLocale) {
  return runDeckMutation(locale, deckVersionSchema, raw, async (input, user) =>
    writeTransaction(async (tx) => {
      const version = await claim(tx, user, input.deckId, input.version, { frozenAt: null });
      await tx.slide.updateMany({ where: { deckId: input.deckId }, data: { frozenData: Prisma.DbNull } });
      await audit(tx, user, "deck.unfreeze", input.deckId);
      return { version };
    }),
  );
}
