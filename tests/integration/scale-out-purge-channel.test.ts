// The page-cache purge channel over a real redis-server: two "instances" (two caches in front of a stand-in for
// Next, each with its own channel) — a purge on one empties the other; while Redis is away neither serves from its
// cache (a purge could be missed), and once Redis is back they serve again, starting empty. No unhandled errors.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { connectPurgeChannel, type PurgeChannel } from "@/lib/http/page-cache-purge-channel";
import { createSharedPageCache, type SharedPageCache } from "@/lib/http/shared-page-cache";
import { freePort, startRedis, type Service } from "../../scripts/scale/services";

type Node = { cache: SharedPageCache; channel: PurgeChannel; server: Server; base: string; renders: () => number };

let redisPort: number;
let redis: Service | undefined;
const nodes: Node[] = [];
const logs: string[] = [];
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

async function startNode(): Promise<Node> {
  let renders = 0;
  // Answers like a page from Next's full-route cache; the body names the render that produced it.
  const standIn = (req: IncomingMessage, res: ServerResponse) => {
    renders++;
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.setHeader("cache-control", "s-maxage=60");
    res.setHeader("x-nextjs-cache", "HIT");
    res.end(`<p>render ${renders} of ${req.url}</p>`);
  };
  const cache = createSharedPageCache();
  const channel = await connectPurgeChannel(cache, redis!.url, (line) => logs.push(line));
  const handler = cache.wrap(standIn);
  const server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { cache, channel, server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, renders: () => renders };
}

async function get(node: Node, path = "/en/sources") {
  const res = await fetch(`${node.base}${path}`);
  return { cache: res.headers.get("x-govatlas-cache"), body: await res.text() };
}

beforeAll(async () => {
  process.on("unhandledRejection", onUnhandled);
  redisPort = await freePort();
  redis = await startRedis(redisPort);
  nodes.push(await startNode(), await startNode());
});

afterEach(() => {
  expect(unhandled).toEqual([]);
});

afterAll(async () => {
  process.off("unhandledRejection", onUnhandled);
  for (const node of nodes) {
    await node.channel.close();
    await new Promise((r) => node.server.close(r));
  }
  await redis?.stop();
});

describe("page-cache purges between instances", () => {
  it("empties the other instance's cache when one purges", async () => {
    const [a, b] = nodes;
    await get(b);
    expect((await get(b)).cache).toBe("HIT");
    const rendersBefore = b.renders();

    a.channel.purge();
    await expect.poll(async () => (await get(b)).cache, { timeout: 1_000, interval: 20 }).toBeNull();
    expect(b.renders()).toBe(rendersBefore + 1);
    // The instance that purged does not purge itself twice on its own message.
    expect(a.cache.stats().purges).toBe(1);
    expect(b.cache.stats().purges).toBe(1);
  });

  it("serves nothing from the cache while Redis is away, and starts again, empty, when it is back", async () => {
    const [a, b] = nodes;
    await get(a);
    expect((await get(a)).cache).toBe("HIT");

    await redis!.stop();
    redis = undefined;
    await expect.poll(() => a.channel.listening() || b.channel.listening(), { timeout: 5_000 }).toBe(false);
    for (const node of [a, b]) {
      const before = node.renders();
      expect((await get(node)).cache).toBeNull();
      expect((await get(node)).cache).toBeNull();
      expect(node.renders()).toBe(before + 2);
    }
    // A purge meanwhile is not lost silently: the log says it could not be sent.
    a.channel.purge();
    expect(logs.some((l) => l.includes("cannot tell the other instances"))).toBe(true);

    redis = await startRedis(redisPort);
    await expect.poll(() => a.channel.listening() && b.channel.listening(), { timeout: 15_000, interval: 100 }).toBe(true);
    await get(b);
    expect((await get(b)).cache).toBe("HIT");
    // And purges flow again.
    a.channel.purge();
    await expect.poll(async () => (await get(b)).cache, { timeout: 1_000, interval: 20 }).toBeNull();
  });
});

describe("the shared client (getRedis)", () => {
  it("rejects within seconds while Redis does not answer, and connects on a later call once it does", async () => {
    const port = await freePort();
    process.env.REDIS_URL = `redis://127.0.0.1:${port}`; // read once, by the first env() call below
    const { getRedis } = await import("@/lib/redis");
    const t0 = performance.now();
    await expect(getRedis()).rejects.toThrow(`cannot reach Redis at redis://127.0.0.1:${port}`);
    expect(performance.now() - t0).toBeLessThan(8_000);

    const server = await startRedis(port);
    try {
      const client = await getRedis()!;
      expect(await client.ping()).toBe("PONG");
      await client.close();
    } finally {
      await server.stop();
    }
  }, 30_000);
});
