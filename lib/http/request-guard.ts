// Where a state-changing request comes from, what it carries and how big it may be: checks shared by the
// production server (scripts/serve.ts, before Next reads anything) and the route handlers (lib/http/json-body.ts).
// No Next.js imports: this runs outside Next's bundles too.
import { parse as parseContentType } from "content-type";

/** Methods the app answers; anything else (TRACE, CONNECT, PROPFIND …) gets 405 before Next sees it. */
export const ALLOWED_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** JSON bodies of the curation API. */
export const MAX_API_BODY_BYTES = 1024 * 1024;
/** Server actions of a visitor without a session cookie (sign-in): small forms only. */
export const MAX_ANONYMOUS_ACTION_BODY_BYTES = 64 * 1024;
/**
 * Server actions of a signed-in user. The CSV import promises files up to 5 MB, sent as a JSON string (quotes
 * escaped, so up to about twice that). Next's own limit (next.config.ts) is the same number.
 */
export const MAX_ACTION_BODY_BYTES = 11 * 1024 * 1024;
export const ACTION_BODY_SIZE_LIMIT = "11mb";

type HeaderBag = { get(name: string): string | null };

/** Node's IncomingHttpHeaders as a `get` bag (lower-case names, first value). */
export function nodeHeaders(headers: Record<string, string | string[] | undefined>): HeaderBag {
  return {
    get(name) {
      const v = headers[name.toLowerCase()];
      return v === undefined ? null : Array.isArray(v) ? (v[0] ?? null) : v;
    },
  };
}

/**
 * Whether a request that changes data was sent by this site's own pages. A browser sends `Sec-Fetch-Site` and/or
 * `Origin` with every POST/PUT/DELETE; if it says another site or origin (another port counts), the request is
 * refused, whatever cookies came with it. Requests with neither header are not from a browser (scripts, curl),
 * cannot carry a victim's cookies, and pass.
 */
export function isSameOriginWrite(headers: HeaderBag): boolean {
  const site = headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin" && site !== "none") return false;
  const origin = headers.get("origin");
  if (origin === null) return true;
  // The production server drops X-Forwarded-Host unless TRUST_PROXY_HOPS says a proxy in front sets it.
  const host = headers.get("x-forwarded-host")?.split(",")[0].trim() || headers.get("host");
  if (!host || origin === "null") return false;
  try {
    return new URL(origin).host === host.toLowerCase();
  } catch {
    return false;
  }
}

/** Exactly the media type `type` (parameters such as charset allowed); a malformed or missing header is not. */
export function hasContentType(value: string | null, type: string): boolean {
  if (!value) return false;
  try {
    return parseContentType(value).type === type;
  } catch {
    return false;
  }
}

/** Exactly `application/json` (parameters such as charset allowed); `text/plain; application/json` is not. */
export const isJsonContentType = (value: string | null): boolean => hasContentType(value, "application/json");

/** A declared Content-Length, or null when absent; NaN when malformed. */
export function declaredLength(headers: HeaderBag): number | null {
  const raw = headers.get("content-length");
  if (raw === null) return null;
  return /^\d{1,15}$/.test(raw.trim()) ? Number(raw) : Number.NaN;
}

/** Auth.js session cookie present (not verified: only used to pick a size limit before reading). */
export function hasSessionCookie(headers: HeaderBag): boolean {
  return /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/.test(headers.get("cookie") ?? "");
}

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`Body larger than ${limit} bytes.`);
  }
}

/** Reads a Web stream to the end, giving up (and cancelling it) as soon as it passes `limit` bytes. */
export async function readCapped(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Buffer> {
  if (!body) return Buffer.alloc(0);
  const reader = body.getReader();
  const chunks: Buffer[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new BodyTooLargeError(limit);
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}
