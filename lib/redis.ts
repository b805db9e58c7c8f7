import "server-only";
// One Redis client per process, only when REDIS_URL is set (several instances behind one site). Without it
// everything stays in the process and the database: the embedded single-instance default.
import { createClient, type RedisClientType } from "@redis/client";
import { env } from "./env";
import { redactRedisUrl, redisClientOptions } from "./redis-connection";

export type RedisClient = RedisClientType;

let client: Promise<RedisClient> | null | undefined;

/**
 * The connected shared client, or null when REDIS_URL is not set. The production server checks Redis before it
 * serves (scripts/serve.ts), so a failed first connection is rare; when it happens the promise rejects (callers
 * decide: the rate limiter falls back to its in-process limits) and the next call tries again.
 */
export function getRedis(): Promise<RedisClient> | null {
  if (client !== undefined) return client;
  const url = env().REDIS_URL;
  if (!url) {
    client = null;
    return client;
  }
  const c = createClient(redisClientOptions(url)) as RedisClient;
  // A lost connection is retried by the client; log it instead of crashing the process.
  c.on("error", (error: Error) => console.error(`[redis] ${redactRedisUrl(url)}: ${error.message}`));
  const connecting = Promise.race([
    c.connect().then(() => c),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`cannot reach Redis at ${redactRedisUrl(url)}`)), 5_000).unref()),
  ]);
  // Nobody may be awaiting yet: a failure must not become an unhandled rejection, and must not stick.
  connecting.catch(() => {
    if (client === connecting) client = undefined;
    if (c.isOpen) c.destroy();
  });
  client = connecting;
  return client;
}
