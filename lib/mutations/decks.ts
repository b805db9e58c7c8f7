import "server-only";
// Deck and slide writes. Each one: role check (EDIT_DECKS, re-read from the database) → strict validation →
// one transaction that matches the deck on { id, version }, bumps the version and writes an audit entry.
// The deck is the unit of versioning: any slide change conflicts with a stale copy of the same deck.
import { Prisma } from "../generated/prisma/client";
import { requirePermission, type CurrentUser } from "../auth/current-user";
import { db } from "../db";
import { DECK_RESTORE_DAYS, canEditDeck, ownedDeckWhere, purgeDate, restoreCutoff } from "../decks/ownership";
import type { Tx } from "../db-client";
import { writeTransaction } from "../db-write";
import { writeAudit } from "./write-audit";
import { getDeck } from "../queries/decks";
import {
  LIMITS,
  addTextSlideSchema,
  addToBriefingSchema,
  addViewSlideSchema,
  createDeckSchema,
  deckVersionSchema,
  moveSlideSchema,
  slideRefSchema,
  updateDeckSchema,
  updateSlideSchema,
} from "../validations/decks";
import { DeckFailure, runDeckMutation, staleVersion } from "../decks/mutation-runner";
import { snapshotSlides } from "../decks/present-deck";
import { resolveView } from "../decks/resolve-view";
import type { DeckLocale } from "../decks/translate";

const date = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

function audit(tx: Tx, user: CurrentUser, action: string, deckId: string, detail: Record<string, unknown> = {}) {
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
async function claim(tx: Tx, user: CurrentUser, deckId: string, version: number, data: Prisma.DeckUpdateManyMutationInput = {}): Promise<number> {
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
async function purgeExpired(tx: Tx, user: CurrentUser, now: Date): Promise<number> {
  const expired = await tx.deck.findMany({ where: { deletedAt: { lt: restoreCutoff(now) } }, select: { id: true, title: true, deletedAt: true, deletedById: true, createdById: true } });
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

async function slideOf(tx: Tx, deckId: string, slideId: string) {
  const slide = await tx.slide.findFirst({ where: { id: slideId, deckId } });
  if (!slide) throw new DeckFailure("not-found");
  return slide;
}

async function nextPosition(tx: Tx, deckId: string): Promise<number> {
  const count = await tx.slide.count({ where: { deckId } });
  if (count >= LIMITS.slides) throw new DeckFailure("too-many-slides", { max: LIMITS.slides });
  const last = await tx.slide.aggregate({ where: { deckId }, _max: { position: true } });
  return (last._max.position ?? -1) + 1;
}

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
        const deck = await tx.deck.findUnique({ where: { id: input.deckId }, select: { createdById: true, deletedAt: true, createdBy: { select: { name: true } } } });
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

export function addTextSlide(raw: unknown, locale: DeckLocale) {
  return runDeckMutation(locale, addTextSlideSchema, raw, async (input, user) =>
    writeTransaction(async (tx) => {
      const version = await claim(tx, user, input.deckId, input.version);
      const slide = await tx.slide.create({
        data: { deckId: input.deckId, position: await nextPosition(tx, input.deckId), kind: "TEXT", title: input.title, body: input.body, takeaway: input.takeaway, notes: input.notes },
        select: { id: true },
      });
      await audit(tx, user, "deck.slide.add", input.deckId, { slideId: slide.id, kind: "TEXT" });
      return { version, slideId: slide.id };
    }),
  );
}

export function addViewSlide(raw: unknown, locale: DeckLocale) {
  return runDeckMutation(locale, addViewSlideSchema, raw, async (input, user, t) => {
    // Without a title the slide takes the chart's own (a comparison table: the jurisdictions compared; a view
    // without data: the chart's name).
    const resolved = input.title ? null : await resolveView(input.view, locale);
    const compared = resolved?.ok && input.kind === "TABLE" && input.view.chart === "compare" ? resolved.data.table.columns.slice(1) : null;
    const title =
      input.title ??
      (compared
        ? t("decks.compareTableTitle", { jurisdictions: compared.join(locale === "zh" ? "、" : ", ") })
        : resolved?.ok
          ? resolved.data.title
          : t(`decks.charts.${input.view.chart}`));
    return writeTransaction(async (tx) => {
      const version = await claim(tx, user, input.deckId, input.version);
      const slide = await tx.slide.create({
        data: { deckId: input.deckId, position: await nextPosition(tx, input.deckId), kind: input.kind, title, takeaway: input.takeaway, view: input.view },
        select: { id: true },
      });
      await audit(tx, user, "deck.slide.add", input.deckId, { slideId: slide.id, kind: input.kind, view: input.view });
      return { version, slideId: slide.id };
    });
  });
}

/** "Add to briefing" from a chart: to an existing deck at the version the dialog listed, or to a new deck. */
export function addToBriefing(raw: unknown, locale: DeckLocale) {
  return runDeckMutation(locale, addToBriefingSchema, raw, async (input, user) =>
    writeTransaction(async (tx) => {
      let deckId: string;
      if ("newDeckTitle" in input.target) {
        const deck = await tx.deck.create({ data: { title: input.target.newDeckTitle, createdById: user.id }, select: { id: true } });
        deckId = deck.id;
        await audit(tx, user, "deck.create", deckId, { title: input.target.newDeckTitle });
      } else {
        deckId = input.target.deckId;
        await claim(tx, user, deckId, input.target.version);
      }
      const slide = await tx.slide.create({
        data: { deckId, position: await nextPosition(tx, deckId), kind: "CHART", title: input.title, view: input.view },
        select: { id: true },
      });
      await audit(tx, user, "deck.slide.add", deckId, { slideId: slide.id, kind: "CHART", view: input.view });
      const deck = await tx.deck.findUniqueOrThrow({ where: { id: deckId }, select: { title: true, _count: { select: { slides: true } } } });
      return { deckId, deckTitle: deck.title, slideCount: deck._count.slides };
    }),
  );
}

export function updateSlide(raw: unknown, locale: DeckLocale) {
  return runDeckMutation(locale, updateSlideSchema, raw, async (input, user) =>
    writeTransaction(async (tx) => {
      const version = await claim(tx, user, input.deckId, input.version);
      const slide = await slideOf(tx, input.deckId, input.slideId);
      await tx.slide.update({
        where: { id: slide.id },
        // Only text slides have a body; a chart's body stays empty whatever the form sends.
        data: { title: input.title, takeaway: input.takeaway, notes: input.notes, body: slide.kind === "TEXT" ? input.body : slide.body },
      });
      await audit(tx, user, "deck.slide.update", input.deckId, { slideId: slide.id });
      return { version };
    }),
  );
}

export function moveSlide(raw: unknown, locale: DeckLocale) {
  return runDeckMutation(locale, moveSlideSchema, raw, async (input, user) =>
    writeTransaction(async (tx) => {
      const version = await claim(tx, user, input.deckId, input.version);
      const slides = await tx.slide.findMany({ where: { deckId: input.deckId }, select: { id: true }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] });
      const from = slides.findIndex((s) => s.id === input.slideId);
      if (from === -1) throw new DeckFailure("not-found");
      const to = input.direction === "up" ? from - 1 : from + 1;
      if (to >= 0 && to < slides.length) [slides[from], slides[to]] = [slides[to], slides[from]];
      // Rewriting every position keeps them 0…n−1 even if an earlier write left gaps.
      for (const [position, s] of slides.entries()) await tx.slide.update({ where: { id: s.id }, data: { position } });
      await audit(tx, user, "deck.slide.move", input.deckId, { slideId: input.slideId, direction: input.direction });
      return { version };
    }),
  );
}

export function duplicateSlide(raw: unknown, locale: DeckLocale) {
  return runDeckMutation(locale, slideRefSchema, raw, async (input, user) =>
    writeTransaction(async (tx) => {
      const version = await claim(tx, user, input.deckId, input.version);
      const slide = await slideOf(tx, input.deckId, input.slideId);
      await nextPosition(tx, input.deckId); // enforces the slide limit
      await tx.slide.updateMany({ where: { deckId: input.deckId, position: { gt: slide.position } }, data: { position: { increment: 1 } } });
      const copy = await tx.slide.create({
        data: {
          deckId: input.deckId,
          position: slide.position + 1,
          kind: slide.kind,
          title: slide.title,
          takeaway: slide.takeaway,
          notes: slide.notes,
          body: slide.body,
          view: slide.view ?? Prisma.DbNull,
          frozenData: slide.frozenData ?? Prisma.DbNull,
        },
        select: { id: true },
      });
      await audit(tx, user, "deck.slide.duplicate", input.deckId, { slideId: slide.id, copyId: copy.id });
      return { version, slideId: copy.id };
    }),
  );
}

export function deleteSlide(raw: unknown, locale: DeckLocale) {
  return runDeckMutation(locale, slideRefSchema, raw, async (input, user) =>
    writeTransaction(async (tx) => {
      const version = await claim(tx, user, input.deckId, input.version);
      const slide = await slideOf(tx, input.deckId, input.slideId);
      await tx.slide.delete({ where: { id: slide.id } });
      await tx.slide.updateMany({ where: { deckId: input.deckId, position: { gt: slide.position } }, data: { position: { decrement: 1 } } });
      await audit(tx, user, "deck.slide.delete", input.deckId, { slideId: slide.id, title: slide.title });
      return { version };
    }),
  );
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
