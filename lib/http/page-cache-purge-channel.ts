// Several instances behind one site (REDIS_URL set): a purge of the shared page cache on one instance reaches every
// other instance through Redis pub/sub, so a change published on A is not served stale from B's in-process cache.
// While the channel is not subscribed (Redis down, reconnecting) the cache can miss a purge, so it stops serving
// and storing pages (Next answers every request) and is emptied once more when the subscription is back.
import { randomUUID } from "node:crypto";
import { createClient } from "@redis/client";
import { redactRedisUrl, redisClientOptions } from "../redis-connection";
import type { PurgeablePageCache } from "./page-cache-registry";
import type { SharedPageCache } from "./shared-page-cache";

export const PAGE_CACHE_PURGE_CHANNEL = "govatlas:page-cache:purge";

export type PurgeChannel = PurgeablePageCache & {
  /** Whether purges from other instances are being received (the cache serves only then). */
  listening(): boolean;
  close(): Promise<void>;
};

type Log = (line: string) => void;

/**
 * Connects a publisher and a subscriber to Redis and returns the purge to register for Next's server code: it
 * empties this instance's cache and tells the others. Rejects when Redis cannot be reached at start.
 */
export async function connectPurgeChannel(cache: SharedPageCache, url: string, log: Log = console.error): Promise<PurgeChannel> {
  const instance = randomUUID();
  const shown = redactRedisUrl(url);
  const publisher = createClient(redisClientOptions(url));
  const subscriber = publisher.duplicate();
  let subscribed = false;
  cache.bypass(true);

  const lost = (client: string) => (error?: Error) => {
    if (client === "subscriber" && subscribed) {
      subscribed = false;
      cache.bypass(true);
      cache.purge();
      log(`[page-cache] purge channel lost (${shown}): pages are served uncached until it is back`);
    }
    if (error) log(`[page-cache] redis ${client}: ${error.message}`);
  };
  publisher.on("error", lost("publisher"));
  subscriber.on("error", lost("subscriber"));
  subscriber.on("end", () => lost("subscriber")());
  subscriber.on("reconnecting", () => lost("subscriber")());
  // node-redis subscribes again after a reconnect; purges sent meanwhile were missed, so start empty.
  subscriber.on("ready", () => {
    if (subscribed || !listenerAdded) return;
    subscribed = true;
    cache.purge();
    cache.bypass(false);
    log(`[page-cache] purge channel back (${shown})`);
  });

  let listenerAdded = false;
  await Promise.all([publisher.connect(), subscriber.connect()]);
  await subscriber.subscribe(PAGE_CACHE_PURGE_CHANNEL, (message) => {
    if (message !== instance) cache.purge();
  });
  listenerAdded = true;
  subscribed = true;
  cache.bypass(false);

  return {
    purge() {
      cache.purge();
      if (!publisher.isReady) {
        log(`[page-cache] cannot tell the other instances to purge: Redis (${shown}) is not connected`);
        return;
      }
      publisher.publish(PAGE_CACHE_PURGE_CHANNEL, instance).catch((error: Error) => log(`[page-cache] purge not published: ${error.message}`));
    },
    listening: () => subscribed,
    async close() {
      subscribed = false;
      await Promise.allSettled([subscriber.close(), publisher.close()]);
    },
  };
}
