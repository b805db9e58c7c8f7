import "server-only";
// Per-address limit on the read-only API. With REDIS_URL the count lives in Redis (shared by every instance);
// without it, in this process. A failing Redis falls back to the in-process count (insuranceLimiter) rather than
// refusing every request.
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { getRedis } from "../redis";

/** Requests per address per window. Generous for scripts paging through every row (500 rows a page). */
export const API_RATE_LIMIT = { points: 120, duration: 60 } as const;

let limiter: Promise<RateLimiterAbstract> | undefined;

async function build(): Promise<RateLimiterAbstract> {
  const memory = new RateLimiterMemory({ ...API_RATE_LIMIT, keyPrefix: "api-v1" });
  const redis = getRedis();
  if (!redis) return memory;
  try {
    return new RateLimiterRedis({ storeClient: await redis, useRedisPackage: true, keyPrefix: "govatlas:api-v1", ...API_RATE_LIMIT, insuranceLimiter: memory });
  } catch (error) {
    console.error(`[rate-limit] Redis unavailable, counting in process: ${String(error)}`);
    return memory;
  }
}

export type RateDecision = { allowed: boolean; remaining: number; resetSeconds: number };

export async function consumeApiRequest(address: string): Promise<RateDecision> {
  limiter ??= build();
  const l = await limiter;
  try {
    const res = await l.consume(address);
    return { allowed: true, remaining: res.remainingPoints, resetSeconds: Math.ceil(res.msBeforeNext / 1000) };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return { allowed: false, remaining: 0, resetSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    throw rejection;
  }
}
