import "server-only";
import type { AbstractIntlMessages } from "next-intl";

/**
 * The message namespaces that client components read (useTranslations in a "use client" module, or in a hook such a
 * module imports), by where they are read. The locale layout hands NextIntlClientProvider only SITE_NAMESPACES; the
 * signed-in areas' layouts add their own (components/layout/area-messages.tsx). Every other catalog (overview,
 * investment, jurisdiction pages, methodology, audit, HTTP errors…) is used by server components only and would
 * otherwise travel in every page's HTML. The admin layout gives its pages every catalog (curation forms label options
 * from many). tests/unit/client-messages.test.ts checks, route folder by route folder, that every namespace a
 * reachable client module reads is sent there.
 */
export const SITE_NAMESPACES = [
  // Site header and every chart
  "nav",
  "roles",
  "common",
  "confidence",
  "charts",
  "briefing",
  "embed",
  // Public client islands
  "compare",
  "sources",
  "trust.cite",
  "trust.report",
] as const;

/** What each signed-in area's client components read beyond SITE_NAMESPACES. */
export const AREA_NAMESPACES = {
  auth: ["auth"],
  account: ["account", "users"],
  decks: ["decks", "present"],
  present: ["decks", "present"],
} as const;
export type MessageArea = keyof typeof AREA_NAMESPACES;

/** `messages` reduced to `namespaces` (dotted entries pick one sub-namespace). */
export function clientMessages(messages: AbstractIntlMessages, namespaces: readonly string[] = SITE_NAMESPACES): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const path of namespaces) {
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
