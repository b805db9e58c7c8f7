// Response compression for the production server (scripts/serve.ts), in place of Next's own (`compress: false` in
// next.config.ts): Next compresses with gzip only, while every current browser accepts Brotli, which makes the
// pages and scripts a phone downloads on a slow network about a sixth smaller (figures in `npm run bench:lighthouse`
// and the README). Inside the shared page cache, so a cached page is compressed once, when it is stored, and served
// as stored to every visitor who accepts the same encodings (the cache's key holds Accept-Encoding).
import type { IncomingMessage, ServerResponse } from "node:http";
import { constants } from "node:zlib";
import compression from "compression";

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/**
 * Brotli quality 5: about gzip's speed at its highest level for a 500 KB page on this hardware, and smaller output;
 * quality 11 would take ~40× longer on every uncached page (the investment explorer renders per request).
 */
export const BROTLI_QUALITY = 5;

const middleware = compression({ brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } } });

/** Wraps a Node handler: responses of compressible types are sent Brotli- or gzip-encoded, as the request accepts. */
export function withCompression(handler: Handler): Handler {
  return (req, res) =>
    new Promise<void>((resolve, reject) => {
      middleware(req as Parameters<typeof middleware>[0], res as Parameters<typeof middleware>[1], (error?: unknown) => {
        if (error) return reject(error);
        Promise.resolve(handler(req, res)).then(resolve, reject);
      });
    });
}
