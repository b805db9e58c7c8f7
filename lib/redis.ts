import "server-only";
// One Redis client per process, only when REDIS_URL is set (several instances behind one site). Without it
// everything stays in the process and the database: the embedded single-instance default.
import { createClient, type RedisClientType } from "@redis/client";
import { env } from "./env";

export type RedisClient = RedisClientType;

let client: Promise<RedisClient> | null | undefined;

/** The connected shared client, or null when REDIS_URL is not set. */
export function getRedis(): Promise<RedisClient> | null {
  if (client !== undefined) return client;
  const url = env().REDIS_URL;
  if (!url) {
    client = null;
    return client;
  }
  const c: RedisClient = createClient({ url });
  // A lost connection is retried by the client; log it instead of crashing the process.
  c.on("error", (error: Error) => console.error(`[redis] ${error.message}`));
  client = c.connect().then(() => c);
  return client;
}
