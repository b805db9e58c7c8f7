import "server-only";
// Slide writes: add (text, chart or table view, or "add to briefing" from a chart), edit, move, duplicate, delete.
// Each claims the deck at the version the editor saw: the deck is the unit of versioning.
import { Prisma } from "../generated/prisma/client";
import { writeTransaction } from "../db-write";
import { addTextSlideSchema, addToBriefingSchema, addViewSlideSchema, moveSlideSchema, slideRefSchema, updateSlideSchema } from "../validations/decks";
import { DeckFailure, runDeckMutation } from "../decks/mutation-runner";
import { resolveView } from "../decks/resolve-view";
import type { DeckLocale } from "../decks/translate";
import { audit, claim, nextPosition, slideOf } from "./deck-claim";

export function addTextSlide(raw: unknown, locale: DeckLocale) {
  return runDeckMutation(locale, addTextSlideSchema, raw, async (input, user) =>
    writeTransaction(async (tx) => {
      const version = await claim(tx, user, input.deckId, input.version);
      const slide = await tx.slide.create({
        data: {
          deckId: input.deckId,
          position: await nextPosition(tx, input.deckId),
          kind: "TEXT",
          title: input.title,
          body: input.body,
          takeaway: input.takeaway,
          notes: input.notes,
        },
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
