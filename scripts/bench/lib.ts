// Shared pieces of the benchmark scripts: a production server on a throwaway database, and a load runner that
// keeps every latency so that medians and p95 are exact.
import { execFile, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import autocannon from "autocannon";
import { parseEnv } from "../../lib/env";
import { prepareDatabase } from "../prepare-db";

export const PASSWORDS = {
  GOVATLAS_ADMIN_PASSWORD: "bench-admin-password",
  GOVATLAS_EDITOR_PASSWORD: "bench-editor-password",
  GOVATLAS_VIEWER_PASSWORD: "bench-viewer-password",
};

const execFileAsync = promisify(execFile);

export type BenchServer = { baseURL: string; databaseUrl: string; env: NodeJS.ProcessEnv; stop: () => void };

export function benchEnv(databaseUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: "bench-secret-bench-secret-bench-secret-0123",
    ...PASSWORDS,
  };
}

export async function freshDatabase(): Promise<string> {
  const url = `file:${path.join(mkdtempSync(path.join(tmpdir(), "govatlas-bench-")), "bench.db")}`;
  await prepareDatabase(parseEnv(benchEnv(url)), () => {});
  return url;
}

/** Builds (unless BENCH_REUSE_BUILD=1) and starts the production server (scripts/serve.ts) on the given database. */
export async function startServer(databaseUrl: string, port: number, build = process.env.BENCH_REUSE_BUILD !== "1"): Promise<BenchServer> {
  const env = benchEnv(databaseUrl);
  const bin = path.resolve("node_modules/.bin/next");
  if (build) {
    console.log("Building (production)…");
    const r = spawnSync(bin, ["build"], { env, stdio: ["ignore", "ignore", "inherit"] });
    if (r.status !== 0) throw new Error("next build failed");
  }
  const child: ChildProcess = spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/serve.ts", String(port)], { env, stdio: "ignore" });
  const baseURL = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${baseURL}/robots.txt`)).ok) break;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { baseURL, databaseUrl, env, stop: () => child.kill("SIGTERM") };
}

export type LoadResult = { path: string; requests: number; rps: number; p50: number; p95: number; errors: number; non2xx: number };

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * The load generator: wrk (C, Debian package `wrk`) when installed, else autocannon. On two cores the client
 * shares the CPU with the server, and autocannon (JavaScript) tops out near the rate of a cached page, so wrk's
 * figures are the ones to trust; BENCH_CLIENT=autocannon forces the fallback.
 */
export const loadClient: "wrk" | "autocannon" =
  process.env.BENCH_CLIENT !== "autocannon" && spawnSync("wrk", ["-v"]).error === undefined ? "wrk" : "autocannon";

export async function load(baseURL: string, pathname: string, seconds: number, connections = 8, headers: Record<string, string> = {}): Promise<LoadResult> {
  return loadClient === "wrk"
    ? loadWithWrk(baseURL, pathname, seconds, connections, headers)
    : loadWithAutocannon(baseURL, pathname, seconds, connections, headers);
}

async function loadWithWrk(baseURL: string, pathname: string, seconds: number, connections: number, headers: Record<string, string>): Promise<LoadResult> {
  const args = ["-t1", `-c${connections}`, `-d${seconds}s`, "-s", path.resolve("scripts/bench/wrk-report.lua")];
  for (const [name, value] of Object.entries(headers)) args.push("-H", `${name}: ${value}`);
  // Asynchronously: a blocked event loop would keep this process's HTTP client from noticing idle sockets closing.
  const { stdout } = await execFileAsync("wrk", [...args, `${baseURL}${pathname}`], { encoding: "utf8" });
  const line = stdout.split("\n").find((l) => l.startsWith("{"));
  if (!line) throw new Error(`wrk printed no result: ${stdout}`);
  const r = JSON.parse(line) as { requests: number; durationUs: number; p50Us: number; p95Us: number; errors: number; non2xx: number };
  return {
    path: pathname,
    requests: r.requests,
    rps: r.requests / (r.durationUs / 1e6),
    p50: r.p50Us / 1000,
    p95: r.p95Us / 1000,
    errors: r.errors,
    non2xx: r.non2xx,
  };
}

async function loadWithAutocannon(
  baseURL: string,
  pathname: string,
  seconds: number,
  connections: number,
  headers: Record<string, string>,
): Promise<LoadResult> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: `${baseURL}${pathname}`, duration: seconds, connections, headers }, (error, r) => (error ? reject(error) : resolve(r)));
    instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  });
  latencies.sort((a, b) => a - b);
  return {
    path: pathname,
    requests: result.requests.total,
    rps: result.requests.total / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

export const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "–");
