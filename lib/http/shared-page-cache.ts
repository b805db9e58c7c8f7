// A shared page cache inside the production server, in front of Next.js: what a CDN would do, in-process.
// It keeps only responses Next itself serves from its full-route cache (`x-nextjs-cache` present, not STALE) and
// that HTTP caching rules let a shared cache store (`http-cache-semantics`: s-maxage, no private/no-store, no
// Set-Cookie, Vary honoured). The one cookie it tolerates is next-intl's locale cookie naming the path's own
// locale: the key holds every request header next-intl's proxy decides it from, so the cookie is the same for every
// visitor an entry is served to, and is stored and replayed. Curation purges it together with Next's own revalidation (see
// `page-cache-registry.ts`; with several instances the purge reaches all of them through Redis pub/sub, see
// `page-cache-purge-channel.ts`), and entries expire with the page's s-maxage, so out-of-band changes stay bounded too.
// Why: serving a cached page through Next's request pipeline costs 6–10× a static file on this hardware, even for
// a page that renders one <p>; a hit here is one Map lookup and one write.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import CachePolicy from "http-cache-semantics";
import { LRUCache } from "lru-cache";
import { PAGE_CACHE_REGISTRY, type PurgeablePageCache } from "./page-cache-registry";

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;
type Entry = { policy: CachePolicy; status: number; body: Buffer; localeCookie?: string[]; size: number };

/** Request headers that make Next answer with something other than the page's HTML (RSC payloads, actions). */
const NEXT_VARIANT_HEADERS = ["rsc", "next-action", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch"];
/** Requests the cache leaves to Next: conditional and partial requests (Next answers 304s itself), credentials. */
const PASS_THROUGH_HEADERS = ["if-none-match", "if-modified-since", "range", "authorization"];
const MAX_BODY_BYTES = 2 * 1024 * 1024;
const LOCALE_COOKIE = "NEXT_LOCALE";
const DRAFT_MODE_COOKIE = "__prerender_bypass=";

const LOCALE_COOKIE_IN_REQUEST = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`);
const pathLocale = (url: string) => /^\/([^/?#]+)/.exec(url)?.[1];

/** Splits off Set-Cookie: the locale cookie for the path's locale is replayable; any other cookie is not. */
function splitCookies(headers: CachePolicy.Headers, url: string): { localeCookie?: string[]; shareable: boolean } {
  const raw = headers["set-cookie"];
  if (raw === undefined) return { shareable: true };
  delete headers["set-cookie"];
  const cookies = Array.isArray(raw) ? raw : [raw];
  const shareable = cookies.every((c) => c.startsWith(`${LOCALE_COOKIE}=${pathLocale(url)};`));
  return { localeCookie: cookies, shareable };
}

export type SharedPageCacheOptions = { maxBytes?: number };

export type SharedPageCache = PurgeablePageCache & {
  /** Wraps a Node request handler (Next's) with the cache. */
  wrap(handler: Handler): Handler;
  /** While on, every request goes to Next and nothing is stored (a purge from another instance could be missed). */
  bypass(on: boolean): void;
  stats(): { entries: number; bytes: number; hits: number; stores: number; purges: number };
};

function policyRequest(req: IncomingMessage, keep?: Set<string>): CachePolicy.Request {
  // A stored policy keeps only the request headers the response varies on (not, say, the filler's session cookie).
  const headers = keep ? Object.fromEntries(Object.entries(req.headers).filter(([name]) => keep.has(name))) : req.headers;
  return { url: req.url, method: req.method, headers: headers as CachePolicy.Headers };
}

/** What a response varies on, plus what shared-cache rules read from the request. */
function varyNames(res: ServerResponse): Set<string> {
  const vary = String(res.getHeader("vary") ?? "")
    .toLowerCase()
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
  return new Set([...vary, "host", "cache-control", "pragma", "authorization"]);
}

/** Whether Next's response headers already rule storing out (checked at the first write, to skip buffering it). */
function cannotStore(res: ServerResponse): boolean {
  const nextCache = String(res.getHeader("x-nextjs-cache") ?? "");
  const cacheControl = String(res.getHeader("cache-control") ?? "");
  return (
    res.statusCode !== 200 ||
    !nextCache ||
    nextCache === "STALE" ||
    !String(res.getHeader("content-type") ?? "").startsWith("text/html") ||
    /\b(private|no-store)\b/.test(cacheControl)
  );
}

/**
 * The cache key, or null when the request must go to Next. Besides the URL it holds every request header that
 * changes the response of a cached page: Accept-Encoding (pages are stored compressed, lib/http/compress.ts), the
 * host and forwarded host/protocol (next-intl's `Link: …; rel="alternate"` names them), and what next-intl's proxy
 * decides the locale cookie from (the cookie itself, Accept-Language, Sec-Fetch-Dest).
 */
export function cacheKey(req: IncomingMessage): string | null {
  if (req.method !== "GET" || !req.url) return null;
  const h = req.headers;
  if (NEXT_VARIANT_HEADERS.some((name) => name in h) || PASS_THROUGH_HEADERS.some((name) => name in h)) return null;
  if (req.url.includes("_rsc=")) return null;
  const cookie = h.cookie ?? "";
  // Draft mode renders the page afresh for its holder; it must never see (or fill) the shared copy.
  if (cookie.includes(DRAFT_MODE_COOKIE)) return null;
  const localeCookie = LOCALE_COOKIE_IN_REQUEST.exec(cookie)?.[1] ?? "";
  const parts = [h.host, h["x-forwarded-host"], h["x-forwarded-proto"], h["accept-encoding"], h["accept-language"], h["sec-fetch-dest"], localeCookie];
  return `${parts.map((p) => String(p ?? "")).join("\n")}\n${req.url}`;
}

function toBuffer(chunk: unknown, encoding: unknown): Buffer | null {
  if (typeof chunk === "string") return Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
  if (chunk instanceof Uint8Array) return Buffer.from(chunk);
  return null;
}

function storableHeaders(res: ServerResponse): CachePolicy.Headers {
  const headers: CachePolicy.Headers = {};
  for (const [name, value] of Object.entries(res.getHeaders())) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value : String(value);
  }
  return headers;
}

export function createSharedPageCache({ maxBytes = 64 * 1024 * 1024 }: SharedPageCacheOptions = {}): SharedPageCache {
  const store = new LRUCache<string, Entry>({ maxSize: maxBytes, sizeCalculation: (e) => e.size });
  // Bumped by every purge: a render that began before a purge may carry old data and is not stored.
  let generation = 0;
  let hits = 0;
  let stores = 0;
  let purges = 0;
  let bypassed = false;

  function serve(entry: Entry, res: ServerResponse) {
    const headers = entry.policy.responseHeaders() as OutgoingHttpHeaders;
    headers["content-length"] = entry.body.length;
    headers["x-govatlas-cache"] = "HIT";
    if (entry.localeCookie) headers["set-cookie"] = entry.localeCookie;
    res.writeHead(entry.status, headers);
    res.end(entry.body);
  }

  function capture(key: string, req: IncomingMessage, res: ServerResponse) {
    const startedIn = generation;
    const chunks: Buffer[] = [];
    let size = 0;
    let skip: boolean | undefined;
    const collect = (chunk: unknown, encoding: unknown) => {
      skip ??= cannotStore(res);
      if (skip) return;
      const buffer = size <= MAX_BODY_BYTES ? toBuffer(chunk, encoding) : null;
      if (buffer) chunks.push(buffer);
      size += buffer?.length ?? 0;
    };
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      collect(chunk, rest[0]);
      return write(chunk, ...rest);
    }) as ServerResponse["write"];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (chunk !== undefined && typeof chunk !== "function") collect(chunk, rest[0]);
      return end(chunk, ...rest);
    }) as ServerResponse["end"];
    res.on("finish", () => {
      // `skip` is false only if the headers allowed storing at the first write (and nothing was written otherwise).
      if (skip !== false || startedIn !== generation || bypassed || size > MAX_BODY_BYTES) return;
      const headers = storableHeaders(res);
      const { localeCookie, shareable } = splitCookies(headers, req.url ?? "");
      if (!shareable) return;
      const policy = new CachePolicy(policyRequest(req, varyNames(res)), { status: res.statusCode, headers }, { shared: true, cacheHeuristic: 0 });
      const fresh = policy.maxAge() - policy.age();
      if (!policy.storable() || fresh <= 0) return;
      const body = Buffer.concat(chunks);
      const entrySize = body.length + JSON.stringify(policy.toObject()).length + JSON.stringify(localeCookie ?? []).length;
      store.set(key, { policy, status: res.statusCode, body, localeCookie, size: entrySize }, { ttl: fresh * 1000 });
      stores++;
    });
  }

  return {
    wrap(handler) {
      return (req, res) => {
        const key = bypassed ? null : cacheKey(req);
        if (key === null) return handler(req, res);
        const entry = store.get(key);
        if (entry && entry.policy.satisfiesWithoutRevalidation(policyRequest(req))) {
          hits++;
          return serve(entry, res);
        }
        capture(key, req, res);
        return handler(req, res);
      };
    },
    bypass(on) {
      bypassed = on;
    },
    purge() {
      generation++;
      purges++;
      store.clear();
    },
    stats: () => ({ entries: store.size, bytes: store.calculatedSize, hits, stores, purges }),
  };
}

/** Makes the cache reachable from server code bundled by Next (a separate module instance in the same process). */
export function registerSharedPageCache(cache: PurgeablePageCache): void {
  (globalThis as Record<symbol, unknown>)[PAGE_CACHE_REGISTRY] = cache;
}
