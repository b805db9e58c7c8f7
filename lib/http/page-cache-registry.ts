// The link between Next's server code and the production server's shared page cache (`shared-page-cache.ts`).
// The two load as separate module instances in one process, so they meet on a global symbol. Under `next dev`
// or in tests no cache is registered and purging does nothing. With REDIS_URL the registered purge is the Redis
// purge channel's (page-cache-purge-channel.ts): it empties this instance's cache and tells the others; Next's cache
// handler (cache-handler.mjs) calls it too, through the same symbol, once revalidations are stored.
export const PAGE_CACHE_REGISTRY = Symbol.for("govatlas.sharedPageCache");

export type PurgeablePageCache = { purge(): void };

export function purgeSharedPageCache(): void {
  ((globalThis as Record<symbol, unknown>)[PAGE_CACHE_REGISTRY] as PurgeablePageCache | undefined)?.purge();
}
