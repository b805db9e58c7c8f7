// A translator over the whole catalog that works anywhere (server actions, route handlers, tests), so that
// slide data, exports and action messages use the same strings as the pages.
import { createTranslator } from "next-intl";
import { messages } from "../../messages";

export type DeckLocale = "en" | "zh";
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export const asDeckLocale = (locale: unknown): DeckLocale => (locale === "zh" ? "zh" : "en");

export function translator(locale: DeckLocale): Translate {
  const t = createTranslator({ locale, messages: messages[locale] as Record<string, unknown> });
  return (key, values) => (t as unknown as Translate)(key, values);
}
