import "server-only";
// A deck as it is presented and exported: each slide's data resolved (frozen numbers when the deck is frozen,
// else live), and the list of frozen slides whose live data has changed since.
import type { DeckDto, FrozenSlideData, PresentDeck, PresentSlide, SlideDifference, SlideDto } from "../dto/decks";
import { createViewResolver } from "./resolve-view";
import { diffSlide } from "./diff";
import type { DeckLocale } from "./translate";

const hasView = (s: SlideDto) => s.kind !== "TEXT";

export async function buildPresentDeck(deck: DeckDto, locale: DeckLocale): Promise<PresentDeck> {
  const resolve = createViewResolver(locale);
  const slides = await Promise.all(
    deck.slides.map(async (s): Promise<PresentSlide> => {
      const base = { id: s.id, kind: s.kind, title: s.title, takeaway: s.takeaway, notes: s.notes, body: s.body, frozen: false };
      if (!hasView(s)) return { ...base, data: null, problem: null };
      if (deck.frozenAt && s.frozen) {
        const data = s.frozen[locale];
        return { ...base, frozen: true, data, problem: data ? null : "no-data" };
      }
      // A stored view that no longer parses is passed on raw so that the resolver names the problem.
      const live = await resolve(s.view ?? { chart: s.viewLabel });
      return live.ok ? { ...base, data: live.data, problem: null } : { ...base, data: null, problem: live.problem };
    }),
  );
  return { id: deck.id, title: deck.title, audience: deck.audience, briefingOn: deck.briefingOn, frozenAt: deck.frozenAt, slides };
}

/** Each chart or table slide's data in both languages, as freezing stores it. */
export async function snapshotSlides(slides: SlideDto[]): Promise<Map<string, FrozenSlideData>> {
  const en = createViewResolver("en");
  const zh = createViewResolver("zh");
  const out = new Map<string, FrozenSlideData>();
  for (const s of slides.filter(hasView)) {
    const view = s.view ?? { chart: s.viewLabel };
    const [a, b] = await Promise.all([en(view), zh(view)]);
    out.set(s.id, { en: a.ok ? a.data : null, zh: b.ok ? b.data : null });
  }
  return out;
}

/** Frozen slides whose live data differs now (slides added after freezing show live data and are not listed). */
export async function deckDifferences(deck: DeckDto, locale: DeckLocale): Promise<SlideDifference[]> {
  if (!deck.frozenAt) return [];
  const resolve = createViewResolver(locale);
  const out: SlideDifference[] = [];
  for (const s of deck.slides) {
    if (!hasView(s) || !s.frozen) continue;
    const diff = diffSlide(s.frozen[locale], await resolve(s.view ?? { chart: s.viewLabel }));
    if (diff) out.push({ slideId: s.id, position: s.position, title: s.title, ...diff });
  }
  return out;
}
