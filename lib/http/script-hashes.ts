// Content-Security-Policy without 'unsafe-inline' for scripts, keeping cached pages: the production server hashes
// the inline scripts of each HTML response (Next's bootstrap and RSC payload scripts, React's streaming helpers)
// and names exactly those in `script-src`. A script injected into a page (stored XSS) has another hash and is
// blocked. Hashes travel with the page: the shared page cache stores the header with the body.
// Nonces were the alternative: Next applies them only to dynamically rendered pages, so every public page would
// give up Next's full-route cache and the shared page cache (a nonce must differ per response).
import { createHash } from "node:crypto";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const NON_JS_TYPE = /\btype\s*=\s*["']?(?!(?:text|application)\/(?:java|ecma)script|module)[^"'\s>]+/i;

/** 'sha256-…' sources for every inline script that a browser would run (no src, a JavaScript type). */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const [, attributes, body] = match;
    if (/\bsrc\s*=/i.test(attributes) || NON_JS_TYPE.test(attributes) || body.length === 0) continue;
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/** The policy with the hashes added to its script-src directive. */
export function withHashes(csp: string, hashes: string[]): string {
  if (!hashes.length) return csp;
  return csp.replace(/(^|;\s*)script-src([^;]*)/, (_, lead: string, sources: string) => `${lead}script-src${sources} ${hashes.join(" ")}`);
}

function decode(body: Buffer, encoding: string): Buffer {
  if (encoding === "gzip" || encoding === "x-gzip") return gunzipSync(body);
  if (encoding === "deflate") return inflateSync(body);
  if (encoding === "br") return brotliDecompressSync(body);
  return body;
}

const isHtml = (res: ServerResponse) => String(res.getHeader("content-type") ?? "").startsWith("text/html");

function applyHeaders(res: ServerResponse, headers: unknown) {
  if (!headers || typeof headers !== "object") return;
  if (Array.isArray(headers)) {
    for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(String(headers[i]), headers[i + 1] as string);
  } else {
    for (const [name, value] of Object.entries(headers as OutgoingHttpHeaders)) if (value !== undefined) res.setHeader(name, value);
  }
}

/**
 * Wraps a Node handler (Next's): HTML responses are held until complete, their inline scripts hashed into the CSP
 * header, then sent. Other responses pass untouched. Costs streaming of dynamic HTML (the page arrives whole);
 * public pages come from caches whole anyway.
 */
export function withInlineScriptHashes(handler: Handler): Handler {
  return (req, res) => {
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    const flushHeaders = res.flushHeaders.bind(res);
    let mode: "undecided" | "hold" | "pass" = "undecided";
    let headPending = false;
    const chunks: Buffer[] = [];
    // Never restored: whatever patches these methods after us (Next does, for its own work) must keep its patches.
    // The body arrives uncompressed (lib/http/compress.ts wraps this handler); decode() covers a Next that compresses.
    const decide = () => {
      if (mode !== "undecided") return;
      mode = isHtml(res) && req.method !== "HEAD" ? "hold" : "pass";
      if (res.statusCode === 304) res.removeHeader("content-security-policy"); // keep the cached page's policy
      if (mode === "pass" && headPending) writeHead(res.statusCode);
    };
    // Next flushes the head before the first chunk (to start streaming): held until the body is complete.
    res.flushHeaders = () => {
      decide();
      if (mode === "pass") flushHeaders();
    };
    res.writeHead = ((status: number, reason?: unknown, headers?: unknown) => {
      if (mode === "pass") return writeHead(status, reason, headers);
      res.statusCode = status;
      if (typeof reason === "string") res.statusMessage = reason;
      applyHeaders(res, typeof reason === "string" ? headers : reason);
      headPending = true;
      decide();
      return res;
    }) as ServerResponse["writeHead"];
    const collect = (chunk: unknown, encoding: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function") return;
      chunks.push(
        typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array),
      );
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      decide();
      if (mode === "pass") return write(chunk, ...rest);
      collect(chunk, rest[0]);
      const callback = rest.find((r) => typeof r === "function") as (() => void) | undefined;
      callback?.();
      return true;
    }) as ServerResponse["write"];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      decide();
      if (mode === "pass") return end(chunk, ...rest);
      collect(chunk, rest[0]);
      mode = "pass";
      const body = Buffer.concat(chunks);
      const csp = res.getHeader("content-security-policy");
      if (typeof csp === "string") {
        try {
          const html = decode(
            body,
            String(res.getHeader("content-encoding") ?? "")
              .trim()
              .toLowerCase(),
          ).toString("utf8");
          res.setHeader("content-security-policy", withHashes(csp, inlineScriptHashes(html)));
        } catch (error) {
          console.error("script hashes: could not read the HTML body", error);
        }
      }
      if (!res.getHeader("transfer-encoding")) res.setHeader("content-length", body.length);
      if (headPending) writeHead(res.statusCode);
      const callback = [chunk, ...rest].find((r) => typeof r === "function") as (() => void) | undefined;
      return callback ? end(body, callback) : end(body);
    }) as ServerResponse["end"];
    return handler(req, res);
  };
}
