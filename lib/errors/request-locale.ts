import "server-only";
import { headers } from "next/headers";
import { httpLocale } from "../http/messages";
import type { ErrorLocale } from "./translate";

/**
 * The language of the request being answered: the page's locale that next-intl's proxy put on a server action's
 * request (/zh/admin/… → zh); for route handlers (not behind the proxy) the page the request came from, the locale
 * cookie or Accept-Language. Outside a request (scripts, tests) English.
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
  let refererPath = "";
  try {
    refererPath = new URL(h.get("referer") ?? "").pathname;
  } catch {
    // no or malformed Referer: decide from the cookie and Accept-Language
  }
  return httpLocale(h, refererPath);
}
