// Next.js's data and page cache in Redis when several instances serve one site (REDIS_URL set; next.config.ts
// names this file only then). @fortedigital/nextjs-cache-handler's redis-strings handler keeps every entry and the
// times tags were revalidated in Redis, so revalidateTag / revalidatePath on one instance reach all of them.
// Plain JavaScript: Next imports this file at run time, outside its bundles.
//
// Redis down: the server does not start (scripts/serve.ts checks first). Lost later: reads miss (Next renders the
// page itself), writes and revalidations are dropped with a log line, and the client reconnects in the background.
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { createClient } from "@redis/client";

const KEY_PREFIX = "govatlas:next:";

CacheHandler.onCreation(({ buildId }) => {
  const url = process.env.REDIS_URL;
  if (!url) throw new Error("cache-handler.mjs needs REDIS_URL (next.config.ts uses it only when REDIS_URL is set)");
  // One connection per process, however often Next creates the handler.
  globalThis.__govatlasNextCache ??= (() => {
    const client = createClient({
      url,
      // As lib/redis-connection.ts: retry a lost connection, never queue commands while disconnected.
      disableOfflineQueue: true,
      socket: { connectTimeout: 5_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5_000) },
    });
    client.on("error", (error) => console.error(`[next-cache] redis: ${error.message}`));
    // Not awaited: until it is ready the handler answers misses (the package checks `isReady` before each command).
    client.connect().catch((error) => console.error(`[next-cache] redis: ${error.message}`));
    return {
      // Entries of another build (another deployment) are never read: the build id is part of every key.
      handlers: [createRedisHandler({ client, keyPrefix: `${KEY_PREFIX}${buildId ?? "dev"}:`, timeoutMs: 2_000 })],
    };
  })();
  return globalThis.__govatlasNextCache;
});

// The production server's page cache in front of Next (lib/http/page-cache-registry.ts: same symbol). Next writes
// revalidations after the response has gone out; purging every instance's page cache once they are in Redis means
// no instance can keep a page rendered in between.
const PAGE_CACHE_REGISTRY = Symbol.for("govatlas.sharedPageCache");

export default class GovAtlasCacheHandler extends CacheHandler {
  async revalidateTag(...args) {
    try {
      return await super.revalidateTag(...args);
    } finally {
      globalThis[PAGE_CACHE_REGISTRY]?.purge();
    }
  }
}
