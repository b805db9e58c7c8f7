"use server";
// Thin server actions: each delegates to lib/mutations/decks, whose first step is the role check (EDIT_DECKS,
// re-read from the database), then strict validation and one audited, version-checked transaction.
import * as decks from "@/lib/mutations/decks";
import { asDeckLocale } from "@/lib/decks/translate";

export async function createDeckAction(input: unknown, locale: unknown) {
  return decks.createDeck(input, asDeckLocale(locale));
}
export async function updateDeckAction(input: unknown, locale: unknown) {
  return decks.updateDeck(input, asDeckLocale(locale));
}
export async function deleteDeckAction(input: unknown, locale: unknown) {
  return decks.deleteDeck(input, asDeckLocale(locale));
}
export async function addTextSlideAction(input: unknown, locale: unknown) {
  return decks.addTextSlide(input, asDeckLocale(locale));
}
export async function addViewSlideAction(input: unknown, locale: unknown) {
  return decks.addViewSlide(input, asDeckLocale(locale));
}
export async function addToBriefingAction(input: unknown, locale: unknown) {
  return decks.addToBriefing(input, asDeckLocale(locale));
}
export async function updateSlideAction(input: unknown, locale: unknown) {
  return decks.updateSlide(input, asDeckLocale(locale));
}
export async function moveSlideAction(input: unknown, locale: unknown) {
  return decks.moveSlide(input, asDeckLocale(locale));
}
export async function duplicateSlideAction(input: unknown, locale: unknown) {
  return decks.duplicateSlide(input, asDeckLocale(locale));
}
export async function deleteSlideAction(input: unknown, locale: unknown) {
  return decks.deleteSlide(input, asDeckLocale(locale));
}
export async function freezeDeckAction(input: unknown, locale: unknown) {
  return decks.freezeDeck(input, asDeckLocale(locale));
}
export async function unfreezeDeckAction(input: unknown, locale: unknown) {
  return decks.unfreezeDeck(input, asDeckLocale(locale));
}
export async function restoreDeckAction(input: unknown, locale: unknown) {
  return decks.restoreDeck(input, asDeckLocale(locale));
}
