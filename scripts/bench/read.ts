// `npm run bench`: throughput and latency of the cached public pages against a static file from the same
// production server, first-load JS per route, and the overview/explorer with 100k synthetic figures.
import { gzipSync } from "node:zlib";
import { fmt, freshDatabase, load, startServer, type LoadResult } from "./lib";
import { addSyntheticFigures } from "./generate-figures";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const PAGES = ["/en", "/en/compare", "/en/timeline"];
const STATIC = "/robots.txt";

async function firstLoadJs(baseURL: string, pathname: string): Promise<number> {
  const html = await (await fetch(`${baseURL}${pathname}`)).text();
  // Scripts in the initial HTML; `nomodule` polyfills are skipped (modern browsers do not download them).
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"[^>]*>/g)].filter((m) => !/nomodule/i.test(m[0]));
  const scripts = [...new Set(tags.map((m) => m[1]))];
  let total = 0;
  for (const src of scripts) total += gzipSync(Buffer.from(await (await fetch(new URL(src, baseURL))).arrayBuffer())).length;
  return total;
}

/** Median latency of uncached renders: every request asks for a filter combination not seen before. */
async function coldMedian(baseURL: string, pathFor: (i: number) => string, n = 15): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const res = await fetch(`${baseURL}${pathFor(i)}`);
    await res.text();
    if (!res.ok) throw new Error(`${pathFor(i)} → ${res.status}`);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(n / 2)];
}

function table(rows: LoadResult[], reference: LoadResult) {
  console.log("path                 req/s     p50 ms   p95 ms   errors  vs static (req/s)");
  for (const r of rows) {
    console.log(`${r.path.padEnd(20)} ${fmt(r.rps).padStart(8)} ${fmt(r.p50).padStart(8)} ${fmt(r.p95).padStart(8)} ${String(r.errors + r.non2xx).padStart(8)}  ${fmt((r.rps / reference.rps) * 100, 0)}%`);
  }
}

const seedDb = await freshDatabase();
let server = await startServer(seedDb, 3210);
try {
  for (const p of [...PAGES, STATIC]) for (let i = 0; i < 3; i++) await (await fetch(`${server.baseURL}${p}`)).text();
  const reference = await load(server.baseURL, STATIC, SECONDS);
  const pages: LoadResult[] = [];
  for (const p of PAGES) pages.push(await load(server.baseURL, p, SECONDS));
  console.log(`\nCached pages vs a static file, ${SECONDS} s each, 8 connections (budget: ≥ 50% of the static file's req/s)`);
  table([...pages, reference], reference);
  console.log("\nFirst-load JS (gzipped, all scripts the page loads; budget for the overview: ≤ 250 KB)");
  for (const p of ["/en", "/en/investment", "/en/compare", "/en/timeline"]) console.log(`${p.padEnd(20)} ${fmt((await firstLoadJs(server.baseURL, p)) / 1024)} KB`);
  const seedCold = {
    overview: await coldMedian(server.baseURL, (i) => `/en?bench=${i}`),
    explorer: await coldMedian(server.baseURL, (i) => `/en/investment?from=${2000 + i}`),
  };
  server.stop();
  const added = await addSyntheticFigures(seedDb, 100_000);
  server = await startServer(seedDb, 3211, false);
  const bigCold = {
    overview: await coldMedian(server.baseURL, (i) => `/en?bench=${i}`),
    explorer: await coldMedian(server.baseURL, (i) => `/en/investment?from=${2000 + i}`),
  };
  console.log(`\nUncached render, median of 15 (seed data vs + ${added.toLocaleString("en-US")} synthetic figures; budget ≤ 2×)`);
  console.log(`overview             ${fmt(seedCold.overview)} ms → ${fmt(bigCold.overview)} ms  (${fmt(bigCold.overview / seedCold.overview, 2)}×)`);
  console.log(`investment explorer  ${fmt(seedCold.explorer)} ms → ${fmt(bigCold.explorer)} ms  (${fmt(bigCold.explorer / seedCold.explorer, 2)}×)`);
} finally {
  server.stop();
}
