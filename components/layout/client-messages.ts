import "server-only";
import type { AbstractIntlMessages } from "next-intl";

/**
 * The message namespaces that client components read (useTranslations in a "use client" module, or in a hook
 * such a module imports). The locale layout hands only these to NextIntlClientProvider: every other catalog
 * (overview, investment, jurisdiction pages, methodology, audit, HTTP errors…) is used by server components only
 * and would otherwise travel in every page's HTML. The admin layout gives its pages every catalog (curation forms
 * label options from many). tests/unit/client-messages.test.ts keeps this list complete.
 */
export const CLIENT_NAMESPACES = [
  // Site header and every chart
  "nav",
  "roles",
  "common",
  "confidence",
  "charts",
  "briefing",
  // Public client islands
  "compare",
  "sources",
  "trust.cite",
  "trust.report",
  "embed",
  // Signed-in areas (sign-in, account, admin, decks, presenter)
  "auth",
  "account",
  "users",
  "decks",
  "present",
] as const;

/** `messages` reduced to CLIENT_NAMESPACES (dotted entries pick one sub-namespace). */
export function clientMessages(messages: AbstractIntlMessages): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const path of CLIENT_NAMESPACES) {
    const [top, sub] = path.split(".");
    const value = messages[top];
    if (value === undefined) continue;
    if (!sub) picked[top] = value;
    else if (typeof value === "object" && value[sub] !== undefined) {
      const into = (picked[top] ??= {}) as AbstractIntlMessages;
      into[sub] = value[sub];
    }
  }
  return picked;
}
