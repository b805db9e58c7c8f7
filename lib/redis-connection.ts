// How every GovAtlas process talks to Redis when REDIS_URL is set (several instances behind one site): the same
// connection options for the shared client (lib/redis.ts), the page-cache purge channel (scripts/serve.ts) and the
// start-up check. No "server-only" and no env reader here: the production server (plain Node under tsx) loads it too.
// cache-handler.mjs, which Next loads as plain JavaScript, repeats the two socket options below.
import { createClient, type RedisClientOptions } from "@redis/client";

/**
 * A lost connection is retried (0.1 s, doubling, at most every 5 s) instead of failing the process, and commands
 * sent meanwhile fail at once instead of queueing (a request must not hang on a Redis outage).
 */
export function redisClientOptions(url: string): RedisClientOptions {
  return {
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 5_000, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 5_000) },
  };
}

/** The URL without its password, for messages. */
export function redactRedisUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparseable REDIS_URL)";
  }
}

/**
 * Connects once, sends PING and closes. Throws an Error that names the (redacted) URL and the reason, so that a
 * start with an unreachable Redis stops with one clear line instead of serving instances that cannot share caches.
 */
export async function checkRedis(url: string, timeoutMs = 5_000): Promise<void> {
  const client = createClient({ url, socket: { connectTimeout: timeoutMs, reconnectStrategy: false } });
  let lastError: unknown;
  client.on("error", (error: unknown) => (lastError = error));
  try {
    await client.connect();
    const pong = await client.ping();
    if (pong !== "PONG") throw new Error(`unexpected answer to PING: ${String(pong)}`);
  } catch (error) {
    const reason = (lastError ?? error) as { message?: string; code?: string };
    throw new Error(`cannot reach Redis at ${redactRedisUrl(url)}: ${reason.code ?? reason.message ?? String(reason)}`);
  } finally {
    if (client.isOpen) await client.close().catch(() => {});
  }
}
