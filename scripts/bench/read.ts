// `npm run bench`: throughput and latency of the cached public pages against a static file from the same
// production server (scripts/serve.ts), first-load JS per route, and the overview/explorer with 100k synthetic
// figures. For context it also loads the pages past the shared page cache (Next's own full-route cache).
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fmt, freshDatabase, load, loadClient, startServer, type LoadResult } from "./lib";
import { addSyntheticFigures } from "./generate-figures";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const PAGES = ["/en", "/en/compare", "/en/timeline"];
const STATIC = "/robots.txt";
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 41);
const BROWSER = { "accept-encoding": "gzip, deflate, br" };

async function firstLoadJs(baseURL: string, pathname: string): Promise<number> {
  const html = await (await fetch(`${baseURL}${pathname}`)).text();
  // Scripts in the initial HTML; `nomodule` polyfills are skipped (modern browsers do not download them).
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"[^>]*>/g)].filter((m) => !/nomodule/i.test(m[0]));
  const scripts = [...new Set(tags.map((m) => m[1]))];
  let total = 0;
  for (const src of scripts) total += gzipSync(Buffer.from(await (await fetch(new URL(src, baseURL))).arrayBuffer())).length;
  return total;
}

/**
 * Uncached renders, seed server and 100k server taken in turns (so that drift on a shared 2-core machine hits both
 * alike); returns the two medians. Public pages are served from Next's full-route cache whatever their query
 * string, so each request carries Next's draft-mode cookie (the build's preview id): Next then renders the page
 * and runs its queries (unstable_cache included) instead of answering from a cache. Five rounds warm up first.
 */
async function pairedColdMedians(seedURL: string, bigURL: string, pathFor: (i: number) => string, n = COLD_RUNS): Promise<[number, number]> {
  const { preview } = JSON.parse(readFileSync(".next/prerender-manifest.json", "utf8")) as { preview: { previewModeId: string } };
  const headers = { cookie: `__prerender_bypass=${preview.previewModeId}` };
  const timed = async (url: string) => {
    const t0 = performance.now();
    const res = await fetch(url, { headers });
    await res.text();
    if (!res.ok) throw new Error(`${url} → ${res.status}`);
    if (res.headers.get("cache-control")?.startsWith("s-maxage")) throw new Error(`${url} came from a cache`);
    return performance.now() - t0;
  };
  const seed: number[] = [];
  const big: number[] = [];
  for (let i = -5; i < n; i++) {
    const path = pathFor(Math.max(i, 0));
    // Alternate which server goes first.
    let a: number;
    let b: number;
    if (i % 2 === 0) {
      a = await timed(seedURL + path);
      b = await timed(bigURL + path);
    } else {
      b = await timed(bigURL + path);
      a = await timed(seedURL + path);
    }
    if (i >= 0) {
      seed.push(a);
      big.push(b);
    }
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  return [median(seed), median(big)];
}

function table(rows: LoadResult[], reference: LoadResult) {
  console.log("path                 req/s     p50 ms   p95 ms   errors  vs static (req/s)");
  for (const r of rows) {
    console.log(
      `${r.path.padEnd(20)} ${fmt(r.rps).padStart(8)} ${fmt(r.p50).padStart(8)} ${fmt(r.p95).padStart(8)} ${String(r.errors + r.non2xx).padStart(8)}  ${fmt((r.rps / reference.rps) * 100, 0)}%`,
    );
  }
}

const seedDb = await freshDatabase();
const server = await startServer(seedDb, 3210);
try {
  for (const p of [...PAGES, STATIC]) for (let i = 0; i < 3; i++) await (await fetch(`${server.baseURL}${p}`)).text();
  const served: string[] = [];
  for (const p of PAGES) {
    const res = await fetch(`${server.baseURL}${p}`);
    await res.text();
    served.push(`${p} ${res.headers.get("x-govatlas-cache") ?? "not from the shared cache"}`);
  }
  console.log(
    `\nCached pages vs a static file from the same server, ${SECONDS} s each, 8 connections, load from ${loadClient} (budget: ≥ 50% of the static file's req/s)`,
  );
  if (loadClient === "autocannon")
    console.log(
      "(autocannon runs in JavaScript on the same cores as the server and caps the faster rows, the more the larger the page; with wrk installed, `apt-get install wrk`, the figures measure the server)",
    );
  console.log(`shared page cache: ${served.join(" · ")}`);
  // Browsers always ask for compressed bodies; the same request headers go to the pages and the static file.
  const runs: [string, Record<string, string>][] = [
    ["as a browser asks (Accept-Encoding: gzip, deflate, br)", BROWSER],
    ["without Accept-Encoding (uncompressed bodies: 115–310 KB of HTML per page on loopback)", {}],
    [
      "for context, past the shared page cache (Cache-Control: no-cache; Next's own full-route cache), as a browser asks",
      { ...BROWSER, "cache-control": "no-cache" },
    ],
  ];
  for (const [label, headers] of runs) {
    const reference = await load(server.baseURL, STATIC, SECONDS, 8, headers);
    const pages: LoadResult[] = [];
    for (const p of PAGES) pages.push(await load(server.baseURL, p, SECONDS, 8, headers));
    console.log(`\n${label}`);
    table([...pages, reference], reference);
  }
  console.log("\nFirst-load JS (gzipped, all scripts the page loads; budget for the overview: ≤ 250 KB)");
  for (const p of ["/en", "/en/investment", "/en/compare", "/en/timeline"])
    console.log(`${p.padEnd(20)} ${fmt((await firstLoadJs(server.baseURL, p)) / 1024)} KB`);
  // A second database with the same seed plus 100k synthetic figures, served beside the first.
  const bigDb = await freshDatabase();
  const added = await addSyntheticFigures(bigDb, 100_000);
  const big = await startServer(bigDb, 3211, false);
  try {
    const overview = await pairedColdMedians(server.baseURL, big.baseURL, () => "/en");
    const explorer = await pairedColdMedians(server.baseURL, big.baseURL, (i) => `/en/investment?from=${2000 + (i % 20)}`);
    console.log(
      `\nUncached render (draft mode), median of ${COLD_RUNS}, the two servers in turns (seed data vs + ${added.toLocaleString("en-US")} synthetic figures; budget ≤ 2×)`,
    );
    console.log(`overview             ${fmt(overview[0])} ms → ${fmt(overview[1])} ms  (${fmt(overview[1] / overview[0], 2)}×)`);
    console.log(`investment explorer  ${fmt(explorer[0])} ms → ${fmt(explorer[1])} ms  (${fmt(explorer[1] / explorer[0], 2)}×)`);
  } finally {
    big.stop();
  }
} finally {
  server.stop();
}
