// Data fields come in English with an optional Chinese twin; the zh locale shows the twin when there is one.
export function localized(locale: string, en: string, zh: string | null | undefined): string {
  return locale === "zh" && zh ? zh : en;
}

/** lang attribute for an English-only data field shown inside the Chinese interface (screen readers switch voice). */
export function englishOnly(locale: string, zh?: string | null): "en" | undefined {
  return locale === "zh" && !zh ? "en" : undefined;
}

/** The first sentence, for one-line summaries ("Precautionary, rights-based; … delays)." / "…；…。"). */
export function firstSentence(text: string): string {
  // A Chinese full stop ends a sentence outright; an English one only before a space or the end
  // (so a decimal point such as "2.5" does not cut the sentence).
  const match = /^.+?(?:\.(?=\s|$)|。)/su.exec(text.trim());
  return match ? match[0] : text.trim();
}
