import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { AREA_NAMESPACES, SITE_NAMESPACES, clientMessages, type MessageArea } from "./client-messages";

/**
 * A signed-in area's client messages: the site's (SITE_NAMESPACES) and the area's own. Nested inside the locale
 * layout's provider, it replaces that provider's messages for the area's pages, so the deck editor's or the sign-in
 * form's texts reach only those pages, not every public page's HTML.
 */
export async function AreaMessages({ area, children }: { area: MessageArea; children: ReactNode }) {
  const messages = clientMessages(await getMessages(), [...SITE_NAMESPACES, ...AREA_NAMESPACES[area]]);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
