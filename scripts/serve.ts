// The production server: Next.js behind the shared page cache (lib/http/shared-page-cache.ts).
// `npm start`, the browser tests and the benchmarks all serve through it. Needs a finished `next build`.
// Usage: tsx scripts/serve.ts [port]   (else PORT, else 3000; listens on every interface, like `next start`)
// With REDIS_URL (several instances behind one site) Redis must answer before anything is served: Next's data and
// page cache live there (cache-handler.mjs, chosen in next.config.ts) and purges of the page cache reach every
// instance through it (lib/http/page-cache-purge-channel.ts). An unreachable Redis stops the start with one line.
import { createServer } from "node:http";
import next from "next";
import { projectRoot } from "../lib/db-url";
import { parseEnv } from "../lib/env";
import { guardRequest } from "../lib/http/boundary-server";
import { withInlineScriptHashes } from "../lib/http/script-hashes";
import { withCompression } from "../lib/http/compress";
import { CLIENT_IP_HEADER, FORWARDED_HEADERS, clientAddress, markClientAddressHeaderWritten } from "../lib/http/client-address";
import { REQUEST_PATH_HEADER } from "../lib/http/return-path";
import { createSharedPageCache, registerSharedPageCache } from "../lib/http/shared-page-cache";
import { connectPurgeChannel, type PurgeChannel } from "../lib/http/page-cache-purge-channel";
import { checkRedis } from "../lib/redis-connection";

const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
const { TRUST_PROXY_HOPS, REDIS_URL } = parseEnv(process.env);
if (REDIS_URL) {
  try {
    await checkRedis(REDIS_URL);
  } catch (error) {
    console.error(`GovAtlas: ${(error as Error).message} (REDIS_URL is set: several instances share their caches there; start Redis or unset REDIS_URL)`);
    process.exit(1);
  }
}
const app = next({ dev: false, dir: projectRoot, port });
const handle = app.getRequestHandler();
await app.prepare();

markClientAddressHeaderWritten();
const cache = createSharedPageCache();
let channel: PurgeChannel | undefined;
if (REDIS_URL) {
  channel = await connectPurgeChannel(cache, REDIS_URL);
  registerSharedPageCache(channel);
} else {
  registerSharedPageCache(cache);
}
// Inside the cache: a stored page keeps the Content-Security-Policy naming its own inline scripts' hashes, and is
// stored compressed (Brotli or gzip, as the request accepts; Next's own gzip-only compression is off).
const handler = cache.wrap(withCompression(withInlineScriptHashes(handle)));

const server = createServer((req, res) => {
  // Replaces any value the client sent: the app believes only this header for the client's address.
  req.headers[CLIENT_IP_HEADER] = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], TRUST_PROXY_HOPS);
  // With no proxy in front, forwarded headers come from the client: dropped before Next, next-intl or Auth.js
  // build URLs from them (and before the page cache could store a response naming a forged host).
  if (TRUST_PROXY_HOPS === 0) for (const name of FORWARDED_HEADERS) delete req.headers[name];
  // So that a page refusing an anonymous visitor can bring them back here after sign-in.
  req.headers[REQUEST_PATH_HEADER] = req.url ?? "/";
  // Methods, origins, body sizes and undecodable server-action bodies are answered here with a 4xx and a message.
  guardRequest(req, res)
    .then((checked) => checked && handler(checked, res))
    .catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end("Internal Server Error");
    });
});
server.listen(port, () => console.log(`Ready on http://localhost:${port}`));
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close();
    void Promise.allSettled([app.close(), channel?.close()]).finally(() => process.exit(0));
  });
}
