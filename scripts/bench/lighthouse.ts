// `npm run bench:lighthouse`: Lighthouse (npm package, Debian's Chromium) on the public pages against the
// production server (scripts/serve.ts) on a throwaway seeded database, mobile (Lighthouse's defaults: simulated slow
// 4G, 4× CPU slowdown) and desktop, median of three runs each. Prints score, LCP, TBT, CLS and first-load JS per page
// beside the budget of issue 12. Measures; asserts nothing (the exit code is 0 unless the run itself fails).
//
// Options (environment): LIGHTHOUSE_RUNS (3), LIGHTHOUSE_PAGES (comma-separated paths), LIGHTHOUSE_FORM_FACTORS
// ("mobile,desktop"), LIGHTHOUSE_PORT (else a free port), BENCH_REUSE_BUILD=1 (never build), CHROME_PATH
// (/usr/bin/chromium), LIGHTHOUSE_JSON=<file> (also write every run's figures as JSON), LIGHTHOUSE_DIAGNOSE=1 (also
// print, per page, the last run's main-thread breakdown, script evaluation, LCP element and DOM size).
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";
import { hashSources, isBuildCurrent, markBuildCurrent } from "../scale/build-stamp";
import { benchEnv, fmt, freshDatabase, startServer } from "./lib";
import { freePort } from "../scale/services";
import { CHROMIUM_FLAGS } from "../chromium-flags";

const PAGES = (
  process.env.LIGHTHOUSE_PAGES ??
  "/en,/en/investment,/en/compare,/en/timeline,/en/jurisdictions/eu,/zh,/zh/investment,/zh/compare,/zh/timeline,/zh/jurisdictions/eu"
).split(",");
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const FORM_FACTORS = (process.env.LIGHTHOUSE_FORM_FACTORS ?? "mobile,desktop").split(",") as ("mobile" | "desktop")[];
const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";
// Issue 12's budget.
const BUDGET = { score: 0.9, lcpMs: 2500, tbtMs: 200, cls: 0.02, firstLoadJsKb: 170 };

function buildIfNeeded(databaseUrl: string) {
  if (process.env.BENCH_REUSE_BUILD === "1") return;
  // Same inputs and stamp as `npm start` (scripts/start.ts): a build that `npm start` made counts as up to date.
  const current = hashSources();
  if (isBuildCurrent(current)) return;
  console.log("Building (production)…");
  const r = spawnSync(path.resolve("node_modules/.bin/next"), ["build"], { env: benchEnv(databaseUrl), stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new Error("next build failed");
  markBuildCurrent(current);
}

/** LIGHTHOUSE_PORT, or a free loopback port. */
function serverPort(): Promise<number> {
  return process.env.LIGHTHOUSE_PORT ? Promise.resolve(Number(process.env.LIGHTHOUSE_PORT)) : freePort();
}

type Run = { score: number; lcp: number; tbt: number; cls: number; fcp: number; scripts: string[]; diagnosis: string[] };
type Row = { path: string; formFactor: string; runs: Run[]; median: Omit<Run, "scripts" | "diagnosis">; firstLoadJs: number; allJs: number };

/**
 * First-load JS: the scripts the initial HTML names (`<script src>`, `nomodule` excluded), gzipped as a browser
 * receives them; "all JS": every script Lighthouse saw the page request during the run (lazy chunks included).
 */
const gzCache = new Map<string, number>();
async function gzippedSize(url: string): Promise<number> {
  if (!gzCache.has(url)) gzCache.set(url, gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer())).length);
  return gzCache.get(url)!;
}
async function htmlScripts(baseURL: string, pathname: string): Promise<string[]> {
  const html = await (await fetch(`${baseURL}${pathname}`)).text();
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"[^>]*>/g)].filter((m) => !/nomodule/i.test(m[0]));
  return [...new Set(tags.map((m) => new URL(m[1], baseURL).href))];
}
const sum = async (urls: string[]) => (await Promise.all(urls.map(gzippedSize))).reduce((a, b) => a + b, 0);

async function runOnce(url: string, port: number, formFactor: "mobile" | "desktop"): Promise<Run> {
  const flags = { port, output: "json" as const, logLevel: "error" as const, onlyCategories: ["performance"] };
  const result = await lighthouse(url, flags, formFactor === "desktop" ? desktopConfig : undefined);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const n = (id: string) => Number(lhr.audits[id]?.numericValue ?? NaN);
  const requests = (lhr.audits["network-requests"]?.details as { items?: { url: string; resourceType?: string }[] } | undefined)?.items ?? [];
  return {
    score: lhr.categories.performance.score ?? NaN,
    lcp: n("largest-contentful-paint"),
    tbt: n("total-blocking-time"),
    cls: n("cumulative-layout-shift"),
    fcp: n("first-contentful-paint"),
    scripts: requests.filter((r) => r.resourceType === "Script" && r.url.startsWith("http")).map((r) => r.url.split("#")[0]),
    diagnosis: diagnose(lhr.audits),
  };
}

type AuditItems = { items?: Record<string, unknown>[] };
/** Where the main thread's time went, which scripts cost it, what the LCP element is and how big the DOM is. */
function diagnose(audits: Record<string, { numericValue?: number; details?: unknown }>): string[] {
  const items = (id: string) => (audits[id]?.details as AuditItems | undefined)?.items ?? [];
  const ms = (v: unknown) => `${Math.round(Number(v))} ms`;
  const work = items("mainthread-work-breakdown").map((i) => `${i.groupLabel} ${ms(i.duration)}`);
  const boot = items("bootup-time")
    .slice(0, 4)
    .map((i) => `${String(i.url).split("/").pop()} eval ${ms(i.scripting)} parse ${ms(i.scriptParseCompile)}`);
  const lcpNode = items("largest-contentful-paint-element")
    .flatMap((i) => ((i as AuditItems).items ?? [i]) as Record<string, unknown>[])
    .map((i) => (i.node as { snippet?: string; selector?: string } | undefined) ?? (i as { phase?: string; timing?: number }))
    .map((n) =>
      "snippet" in n ? `${n.selector} ${String(n.snippet).slice(0, 120)}` : `${(n as { phase?: string }).phase} ${ms((n as { timing?: number }).timing)}`,
    );
  // What Lantern's pessimistic FCP/LCP estimate counts: every request that started before the observed paint.
  const observed = (items("metrics")[0] ?? {}) as Record<string, number>;
  const early = items("network-requests")
    .filter((r) => Number(r.rendererStartTime ?? r.networkRequestTime) <= observed.observedFirstContentfulPaint)
    .map((r) => `${String(r.url).split("/").pop()?.slice(0, 24)} ${Math.round(Number(r.transferSize) / 1024)} KB`);
  const longTasks = items("long-tasks").map((i) => `${ms(i.startTime)}+${ms(i.duration)} ${String(i.url).split("/").pop()}`);
  const dom = items("dom-size").map((i) => `${i.statistic}: ${(i.value as { value?: number })?.value ?? i.value}`);
  return [
    `main thread: ${work.join(", ")}`,
    `scripts: ${boot.join("; ")}`,
    `LCP element: ${lcpNode.join(" | ") || "not reported (the audit needs trace elements this Chromium may not give)"}`,
    `DOM: ${dom.join(", ")}`,
    `long tasks (start+duration, simulated): ${longTasks.join("; ")}`,
    `observed FCP ${ms(observed.observedFirstContentfulPaint)}, LCP ${ms(observed.observedLargestContentfulPaint)}; requested before FCP: ${early.join(", ")}`,
  ];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const mark = (ok: boolean) => (ok ? " " : "✗");

function print(rows: Row[], formFactor: string) {
  console.log(
    `\n${formFactor} — median of ${RUNS} (budget: score ≥ ${BUDGET.score}, LCP ≤ ${BUDGET.lcpMs} ms, TBT ≤ ${BUDGET.tbtMs} ms, CLS ≤ ${BUDGET.cls}, first-load JS ≤ ${BUDGET.firstLoadJsKb} KB gz; ✗ = over)`,
  );
  console.log("page                   score    LCP ms    TBT ms    CLS      first-load JS KB   all JS KB   scores of the runs");
  for (const r of rows) {
    const m = r.median;
    const js = r.firstLoadJs / 1024;
    console.log(
      `${r.path.padEnd(22)} ${fmt(m.score, 2).padStart(5)}${mark(m.score >= BUDGET.score)} ${fmt(m.lcp, 0).padStart(8)}${mark(m.lcp <= BUDGET.lcpMs)} ${fmt(m.tbt, 0).padStart(8)}${mark(m.tbt <= BUDGET.tbtMs)} ${fmt(m.cls, 3).padStart(6)}${mark(m.cls <= BUDGET.cls)} ${fmt(js).padStart(12)}${mark(js <= BUDGET.firstLoadJsKb)}      ${fmt(r.allJs / 1024).padStart(8)}   ${r.runs.map((x) => fmt(x.score, 2)).join(" ")}`,
    );
  }
}

const databaseUrl = await freshDatabase();
buildIfNeeded(databaseUrl);
const port = await serverPort();
const server = await startServer(databaseUrl, port, false);
const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROMIUM_FLAGS, logLevel: "silent" });
const loads: number[][] = [];
const all: Row[] = [];
try {
  const ready = await fetch(`${server.baseURL}/en`).catch(() => null);
  if (!ready?.ok) throw new Error(`the server on ${server.baseURL} did not answer /en`);
  console.log(
    `Lighthouse ${RUNS}× per page and form factor against ${server.baseURL} (Chromium ${CHROME_PATH}); load average at start ${loadavg()
      .map((x) => x.toFixed(2))
      .join(" ")}`,
  );
  // Warm Next's and the shared page cache so that every run measures a cached page, as a visitor gets it.
  for (const p of PAGES) for (let i = 0; i < 2; i++) await (await fetch(`${server.baseURL}${p}`)).text();
  for (const formFactor of FORM_FACTORS) {
    const rows: Row[] = [];
    for (const p of PAGES) {
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) {
        loads.push(loadavg());
        runs.push(await runOnce(`${server.baseURL}${p}`, chrome.port, formFactor));
      }
      const initial = await htmlScripts(server.baseURL, p);
      const loaded = [...new Set([...initial, ...runs.flatMap((r) => r.scripts)])];
      const row: Row = {
        path: p,
        formFactor,
        runs,
        median: {
          score: median(runs.map((r) => r.score)),
          lcp: median(runs.map((r) => r.lcp)),
          tbt: median(runs.map((r) => r.tbt)),
          cls: median(runs.map((r) => r.cls)),
          fcp: median(runs.map((r) => r.fcp)),
        },
        firstLoadJs: await sum(initial),
        allJs: await sum(loaded),
      };
      rows.push(row);
      process.stdout.write(`  ${formFactor} ${p}: ${runs.map((r) => fmt(r.score, 2)).join(" ")}\n`);
      if (process.env.LIGHTHOUSE_DIAGNOSE === "1") for (const line of runs[runs.length - 1].diagnosis) console.log(`    ${line}`);
    }
    all.push(...rows);
    print(rows, formFactor);
  }
  const avg1 = loads.map((l) => l[0]);
  console.log(
    `\nLoad average (1 min) during the runs: min ${fmt(Math.min(...avg1), 2)}, median ${fmt(median(avg1), 2)}, max ${fmt(Math.max(...avg1), 2)} on ${cpus().length} cores; Lighthouse's simulated throttling makes scores less sensitive to load, not immune.`,
  );
  if (process.env.LIGHTHOUSE_JSON) writeFileSync(process.env.LIGHTHOUSE_JSON, JSON.stringify({ loads, rows: all }, null, 2));
} finally {
  await chrome.kill();
  server.stop();
}
