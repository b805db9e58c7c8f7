// The "What changed" page's period, from its URL: ?from=YYYY-MM-DD&to=YYYY-MM-DD (inclusive days, UTC), or
// ?deck=<id> for "since that deck was frozen". Bad input never fails the page: it falls back to the last 30 days
// and says so.
import { z } from "zod";

export const DEFAULT_DAYS = 30;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s));

export const changesParamsSchema = z.object({
  from: day.optional(),
  to: day.optional(),
  deck: z
    .string()
    .regex(/^[a-z0-9]{10,40}$/)
    .optional(),
});

export type ChangesRange = {
  /** Inclusive first day and last day shown in the form (YYYY-MM-DD). */
  fromDay: string;
  toDay: string;
  /** Instants queried: [start, end). */
  start: string;
  end: string;
  deck: { id: string; title: string; frozenAt: string } | null;
  notice: "invalidDates" | "unknownDeck" | null;
};

const addDays = (isoDay: string, days: number) => new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

type Raw = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function parseChangesRange(raw: Raw, today: string, decks: { id: string; title: string; frozenAt: string }[]): ChangesRange {
  const parsed = changesParamsSchema.safeParse({ from: one(raw.from) || undefined, to: one(raw.to) || undefined, deck: one(raw.deck) || undefined });
  const fallback = (notice: ChangesRange["notice"]): ChangesRange => {
    const fromDay = addDays(today, -DEFAULT_DAYS);
    return { fromDay, toDay: today, start: `${fromDay}T00:00:00.000Z`, end: `${addDays(today, 1)}T00:00:00.000Z`, deck: null, notice };
  };
  if (!parsed.success) return fallback("invalidDates");
  const { from, to, deck: deckId } = parsed.data;
  let notice: ChangesRange["notice"] = null;
  if (deckId) {
    const deck = decks.find((d) => d.id === deckId);
    if (deck) return { fromDay: deck.frozenAt.slice(0, 10), toDay: today, start: deck.frozenAt, end: `${addDays(today, 1)}T00:00:00.000Z`, deck, notice: null };
    notice = "unknownDeck";
  }
  const toDay = to ?? today;
  const fromDay = from ?? addDays(toDay, -DEFAULT_DAYS);
  if (fromDay > toDay) return fallback("invalidDates");
  return { fromDay, toDay, start: `${fromDay}T00:00:00.000Z`, end: `${addDays(toDay, 1)}T00:00:00.000Z`, deck: null, notice };
}
