// Where to send someone after they sign in. The production server (scripts/serve.ts) writes the path and query
// of every request into REQUEST_PATH_HEADER, so that a page refusing an anonymous visitor can send them to the
// sign-in page and back to exactly where they were.

export const REQUEST_PATH_HEADER = "x-govatlas-request-path";

const LOCALES = ["en", "zh"];

/**
 * `next` as a same-site path under a locale (path and query kept, `_rsc` dropped), or null: never another
 * origin, a protocol-relative `//host`, a backslash trick, or anything outside /en and /zh.
 */
export function safeReturnPath(next: string | null | undefined): string | null {
  if (!next || next.length > 1000 || !next.startsWith("/") || next.startsWith("//") || next.includes("\\")) return null;
  let url: URL;
  try {
    url = new URL(next, "http://same.invalid");
  } catch {
    return null;
  }
  if (url.origin !== "http://same.invalid" || !LOCALES.includes(url.pathname.split("/")[1] ?? "")) return null;
  // Filtered as text: URLSearchParams would re-encode the rest (a comma in ?j=EU,US becomes %2C).
  const query = url.search
    .slice(1)
    .split("&")
    .filter((part) => part && part !== "_rsc" && !part.startsWith("_rsc="))
    .join("&");
  return `${url.pathname}${query ? `?${query}` : ""}`;
}

/** The sign-in page of `locale`, with a way back to `returnTo` when that is a safe path. */
export function signInPath(locale: string, returnTo: string | null | undefined, fallback: string): string {
  return `/${locale}/login?next=${encodeURIComponent(safeReturnPath(returnTo) ?? fallback)}`;
}
