import { describe, expect, it } from "vitest";
import { BodyTooLargeError, isJsonContentType, isSameOriginWrite, readCapped } from "@/lib/http/request-guard";
import { inlineScriptHashes, withHashes } from "@/lib/http/script-hashes";
import { createHash } from "node:crypto";

const bag = (h: Record<string, string>) => ({ get: (n: string) => h[n] ?? null });

describe("request guard", () => {
  it("accepts exactly application/json, parameters allowed", () => {
    expect(isJsonContentType("application/json")).toBe(true);
    expect(isJsonContentType("application/json; charset=utf-8")).toBe(true);
    expect(isJsonContentType("Application/JSON")).toBe(true);
    for (const bad of [
      "text/plain; application/json",
      "text/plain",
      "application/jsonp",
      "application/json-seq",
      "multipart/form-data; x=application/json",
      "",
      null,
    ]) {
      expect(isJsonContentType(bad), String(bad)).toBe(false);
    }
  });

  it("treats another port, another host, 'null' and cross-site fetch metadata as foreign", () => {
    const host = "127.0.0.1:3202";
    expect(isSameOriginWrite(bag({ host, origin: "http://127.0.0.1:3202" }))).toBe(true);
    expect(isSameOriginWrite(bag({ host, "sec-fetch-site": "same-origin", origin: "http://127.0.0.1:3202" }))).toBe(true);
    expect(isSameOriginWrite(bag({ host }))).toBe(true); // not a browser: carries no victim's cookies
    expect(isSameOriginWrite(bag({ host, origin: "http://127.0.0.1:3229" }))).toBe(false);
    expect(isSameOriginWrite(bag({ host, origin: "http://evil.example" }))).toBe(false);
    expect(isSameOriginWrite(bag({ host, origin: "null" }))).toBe(false);
    expect(isSameOriginWrite(bag({ host, "sec-fetch-site": "same-site" }))).toBe(false);
    expect(isSameOriginWrite(bag({ host, "sec-fetch-site": "cross-site", origin: "http://127.0.0.1:3202" }))).toBe(false);
  });

  it("stops reading a stream as soon as it passes the limit", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(new Uint8Array(1024));
      },
    });
    await expect(readCapped(endless, 10 * 1024)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(pulled).toBeLessThan(20);
    const small = new Response("hello").body;
    expect((await readCapped(small, 10)).toString()).toBe("hello");
  });
});

describe("inline script hashes", () => {
  it("hashes inline scripts that run, not external or data scripts", () => {
    const html = `<script src="/a.js"></script><script>self.__next_f.push([1,"x"])</script><script type="application/ld+json">{"a":1}</script><script type="module">m()</script>`;
    const sha = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
    expect(inlineScriptHashes(html)).toEqual([sha('self.__next_f.push([1,"x"])'), sha("m()")]);
    expect(withHashes("default-src 'self'; script-src 'self'; style-src 'self'", ["'sha256-A'"])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-A'; style-src 'self'",
    );
  });
});
