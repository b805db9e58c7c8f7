// Error messages from the whole catalog in one language, outside React (actions, route handlers, tests).
import { createTranslator } from "next-intl";
import { messages } from "../../messages";
import type { Translate } from "./result";

export type ErrorLocale = "en" | "zh";
export const asErrorLocale = (locale: unknown): ErrorLocale => (locale === "zh" ? "zh" : "en");

const cache = new Map<ErrorLocale, Translate>();

export function errorTranslator(locale: ErrorLocale): Translate {
  let t = cache.get(locale);
  if (!t) {
    const intl = createTranslator({ locale, messages: messages[locale] as Record<string, unknown> });
    t = (key, values) => (intl as unknown as Translate)(key, values);
    cache.set(locale, t);
  }
  return t;
}
