// Compression by the production server (lib/http/compress.ts): a browser that accepts Brotli gets pages and scripts
// Brotli-encoded, one that accepts only gzip gets gzip, and a client that names no encoding gets plain bytes; all
// three decode to the same page, whose Content-Security-Policy still names the hashes of its own inline scripts.
// Cached pages are stored encoded, per encoding (the shared cache answers the repeat).
import { request } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes } from "@/lib/http/script-hashes";
import { baseURL } from "./browser";

type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** A request whose Accept-Encoding is exactly `encoding` (or absent), read as the bytes on the wire. */
function get(path: string, encoding?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(`${baseURL()}${path}`, { headers: encoding ? { "accept-encoding": encoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

const decoded = (r: Raw) => {
  const encoding = r.headers["content-encoding"];
  return (encoding === "br" ? brotliDecompressSync(r.body) : encoding === "gzip" ? gunzipSync(r.body) : r.body).toString("utf8");
};

/** Until the shared cache answers (the first requests may render the page or find it stale). */
async function cached(path: string, encoding: string): Promise<Raw> {
  let r = await get(path, encoding);
  await expect.poll(async () => (r = await get(path, encoding)).headers["x-govatlas-cache"]).toBe("HIT");
  return r;
}

describe("compression", () => {
  it.each(["/en/compare", "/zh/jurisdictions/eu"])("sends %s Brotli- or gzip-encoded as accepted, the same page either way", async (path) => {
    const br = await cached(path, "gzip, deflate, br, zstd");
    const gzip = await cached(path, "gzip, deflate");
    const plain = await get(path);
    expect([br.status, gzip.status, plain.status]).toEqual([200, 200, 200]);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const html = decoded(plain);
    expect(html).toContain("</html>");
    expect(decoded(br)).toBe(html);
    expect(decoded(gzip)).toBe(html);
    expect(br.body.length).toBeLessThan(gzip.body.length);
    // The policy names every inline script of this page (React's payload included), whichever encoding carried it.
    for (const r of [br, gzip, plain]) {
      const scriptSrc = /script-src([^;]*)/.exec(String(r.headers["content-security-policy"]))![1];
      for (const hash of inlineScriptHashes(html)) expect(scriptSrc).toContain(hash);
    }
  });

  it("sends the page's scripts Brotli-encoded, and an uncached page too", async () => {
    const page = await get("/en/investment", "gzip, br");
    expect(page.headers["content-encoding"]).toBe("br");
    const html = decoded(page);
    const scripts = [...html.matchAll(/<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(3);
    for (const src of scripts) {
      const [br, plain] = [await get(src, "br"), await get(src)];
      expect(br.headers["content-encoding"], src).toBe("br");
      expect(decoded(br)).toBe(plain.body.toString("utf8"));
    }
  });
});
