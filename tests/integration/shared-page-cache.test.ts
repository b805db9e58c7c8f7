// The shared page cache in front of Next, over real HTTP: a stand-in handler answers like Next's full-route cache
// and counts how often it is asked, so each test sees whether a request was served from the cache or passed on.
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { purgeSharedPageCache } from "@/lib/http/page-cache-registry";
import { createSharedPageCache, registerSharedPageCache, type SharedPageCache } from "@/lib/http/shared-page-cache";

type Reply = {
  status?: number;
  headers?: Record<string, string | string[]>;
  headersFor?: (req: IncomingMessage) => Record<string, string | string[]>;
  delayMs?: number;
};

let server: Server;
let base: string;
let cache: SharedPageCache;
let calls: number;
let reply: Reply;

/** Answers like a cached Next page unless `reply` says otherwise; the body names the call that produced it. */
async function standIn(req: IncomingMessage, res: ServerResponse) {
  calls++;
  const n = calls;
  if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
  const headers = {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "s-maxage=60, stale-while-revalidate=31535940",
    "x-nextjs-cache": "HIT",
    vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding",
    ...reply.headers,
    ...reply.headersFor?.(req),
  };
  const html = `<p>render ${n} of ${req.url}</p>`;
  const gzip = /gzip/.test(String(req.headers["accept-encoding"] ?? ""));
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (gzip) res.setHeader("content-encoding", "gzip");
  res.statusCode = reply.status ?? 200;
  // Written in two pieces, as a streamed render would be.
  const body = gzip ? gzipSync(html) : Buffer.from(html);
  res.write(body.subarray(0, 5));
  res.end(body.subarray(5));
}

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}${path}`, { headers });
  return { status: res.status, body: await res.text(), cache: res.headers.get("x-govatlas-cache"), cookie: res.headers.get("set-cookie"), res };
}

beforeEach(async () => {
  calls = 0;
  reply = {};
  cache = createSharedPageCache();
  const handler = cache.wrap(standIn);
  server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  await new Promise((r) => server.close(r));
});

describe("shared page cache", () => {
  it("serves a cached page's second request itself, byte for byte, with its headers", async () => {
    const first = await get("/en/timeline");
    const second = await get("/en/timeline");
    expect(calls).toBe(1);
    expect(first.cache).toBeNull();
    expect(second.cache).toBe("HIT");
    expect(second.body).toBe(first.body);
    expect(second.res.headers.get("cache-control")).toBe("s-maxage=60, stale-while-revalidate=31535940");
    expect(second.res.headers.get("content-encoding")).toBe("gzip"); // fetch asks for gzip; kept as Next sent it
    expect(cache.stats()).toMatchObject({ entries: 1, hits: 1, stores: 1 });
  });

  it("keeps each query string and each Accept-Encoding apart", async () => {
    await get("/en/compare?j=EU,US");
    const other = await get("/en/compare?j=CN,UK");
    expect(other.body).toContain("j=CN,UK");
    const gzipped = await fetch(`${base}/en/compare?j=EU,US`, { headers: { "accept-encoding": "gzip" } });
    expect(await gzipped.text()).toContain("render 3 of /en/compare?j=EU,US");
    expect(calls).toBe(3);
    const again = await fetch(`${base}/en/compare?j=EU,US`, { headers: { "accept-encoding": "gzip" } });
    expect(again.headers.get("x-govatlas-cache")).toBe("HIT");
    expect(again.headers.get("content-encoding")).toBe("gzip");
    expect(await again.text()).toContain("render 3 of");
  });

  it("keeps pages asked for under different host names apart (Next's Link header names the host)", async () => {
    const asked = (host: string) =>
      new Promise<string>((resolve, reject) => {
        const r = request(`${base}/en`, { headers: { host } }, (res) => {
          let body = "";
          res.on("data", (c) => (body += c)).on("end", () => resolve(body));
        });
        r.on("error", reject).end();
      });
    expect(await asked("govatlas.example")).toContain("render 1");
    expect(await asked("localhost:3000")).toContain("render 2");
    expect(await asked("govatlas.example")).toContain("render 1");
    expect(calls).toBe(2);
  });

  it("keeps pages asked for through different forwarded hosts or protocols apart", async () => {
    await get("/en", { "x-forwarded-host": "govatlas.example", "x-forwarded-proto": "https" });
    expect((await get("/en", { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" })).body).toContain("render 2");
    expect((await get("/en", { "x-forwarded-host": "govatlas.example", "x-forwarded-proto": "http" })).body).toContain("render 3");
    expect((await get("/en", { "x-forwarded-host": "govatlas.example", "x-forwarded-proto": "https" })).cache).toBe("HIT");
  });

  it("after a purge, asks Next again and caches the new page", async () => {
    await get("/en");
    registerSharedPageCache(cache);
    purgeSharedPageCache();
    const fresh = await get("/en");
    expect(fresh.body).toContain("render 2");
    expect((await get("/en")).body).toContain("render 2");
    expect(calls).toBe(2);
    expect(cache.stats().purges).toBe(1);
  });

  it("does not keep a page whose render began before a purge (it may carry the old data)", async () => {
    reply = { delayMs: 150 };
    const slow = get("/en/sources");
    await new Promise((r) => setTimeout(r, 50));
    cache.purge();
    await slow;
    reply = {};
    expect((await get("/en/sources")).body).toContain("render 2");
    expect(calls).toBe(2);
  });

  it.each<[string, Reply]>([
    ["a dynamic page (private, no-store)", { headers: { "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate" } }],
    ["a page Next did not serve from its cache", { headers: { "x-nextjs-cache": "" } }],
    ["a stale page Next is re-rendering", { headers: { "x-nextjs-cache": "STALE" } }],
    ["a not-found page", { status: 404 }],
    ["a redirect", { status: 307, headers: { location: "/en" } }],
    ["JSON", { headers: { "content-type": "application/json" } }],
    ["a response that sets a session cookie", { headers: { "set-cookie": ["authjs.session-token=abc; Path=/; HttpOnly"] } }],
    ["a page with no shared lifetime", { headers: { "cache-control": "public, max-age=0" } }],
  ])("never stores %s", async (_name, r) => {
    reply = r;
    await fetch(`${base}/en/x`, { redirect: "manual" });
    await fetch(`${base}/en/x`, { redirect: "manual" });
    expect(calls).toBe(2);
    expect(cache.stats().entries).toBe(0);
  });

  it.each<[string, RequestInit, string]>([
    ["a POST (server action)", { method: "POST", body: "x" }, "/en"],
    ["an RSC navigation", { headers: { rsc: "1" } }, "/en"],
    ["a prefetch", { headers: { "next-router-prefetch": "1" } }, "/en"],
    ["an _rsc request", {}, "/en?_rsc=abc"],
    ["a conditional request (Next answers 304s)", { headers: { "if-none-match": '"abc"' } }, "/en"],
    ["a reload asking for a fresh copy", { headers: { "cache-control": "no-cache" } }, "/en"],
    ["a visitor whose saved language differs from the page's", { headers: { cookie: "NEXT_LOCALE=zh" } }, "/en"],
    ["a draft-mode preview", { headers: { cookie: "theme=dark; __prerender_bypass=0a1b2c" } }, "/en"],
  ])("passes %s to Next even when the page is cached", async (_name, init, path) => {
    await get(path.replace(/\?.*/, ""));
    await get(path.replace(/\?.*/, ""));
    expect(calls).toBe(1);
    await fetch(`${base}${path}`, init);
    expect(calls).toBe(2);
  });

  it("replays next-intl's locale cookie only to visitors it was set for, and only for the path's own locale", async () => {
    // Like next-intl's proxy: the cookie is set when the visitor has none and their browser prefers another language.
    const localeCookie: Record<string, string[]> = { "set-cookie": ["NEXT_LOCALE=en; Path=/; Max-Age=31536000; SameSite=lax"] };
    reply = { headersFor: (req) => (!req.headers.cookie && /^zh/.test(String(req.headers["accept-language"])) ? localeCookie : {}) };
    const zhBrowser = { "accept-language": "zh-CN,zh;q=0.9" };
    expect((await get("/en/timeline", zhBrowser)).cookie).toContain("NEXT_LOCALE=en");
    const hit = await get("/en/timeline", zhBrowser);
    expect([hit.cache, hit.cookie]).toEqual(["HIT", expect.stringContaining("NEXT_LOCALE=en")]);
    // An English browser is another variant: no cookie from Next, none from the cache.
    await get("/en/timeline", { "accept-language": "en-GB,en;q=0.9" });
    const enHit = await get("/en/timeline", { "accept-language": "en-GB,en;q=0.9" });
    expect([enHit.cache, enHit.cookie]).toEqual(["HIT", null]);
    expect(calls).toBe(2);
    // A cookie naming another locale than the page's would switch the visitor's language: never stored.
    reply = { headers: { "set-cookie": ["NEXT_LOCALE=zh; Path=/; Max-Age=31536000; SameSite=lax"] } };
    await get("/en/sources");
    expect((await get("/en/sources")).cache).toBeNull();
  });

  it("lets an entry go when the page's s-maxage runs out", async () => {
    reply = { headers: { "cache-control": "s-maxage=1" } };
    await get("/en/jurisdictions");
    expect((await get("/en/jurisdictions")).cache).toBe("HIT");
    await new Promise((r) => setTimeout(r, 1100));
    expect((await get("/en/jurisdictions")).cache).toBeNull();
    expect(calls).toBe(2);
  });
});
