import "server-only";
import { headers } from "next/headers";
import { httpLocale } from "../http/messages";
import type { ErrorLocale } from "./translate";

/**
 * The language of the request being answered: the page's locale that next-intl's proxy put on a server action's
 * request (/zh/admin/… → zh); for route handlers (not behind the proxy) the locale cookie or Accept-Language, as
 * lib/http/json-body.ts decides. Outside a request (scripts, tests) English.
 */
export async function requestLocale(): Promise<ErrorLocale> {
  let h: Awaited<ReturnType<typeof headers>>;
  try {
    h = await headers();
  } catch {
    return "en";
  }
  const intl = h.get("x-next-intl-locale");
  if (intl === "zh" || intl === "en") return intl;
  return httpLocale(h);
}
