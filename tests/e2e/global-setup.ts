// Builds the app against a fresh, seeded SQLite database and serves it with the production server
// (scripts/serve.ts: Next.js behind the shared page cache) for the browser tests.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { parseEnv } from "../../lib/env";
import { prepareDatabase } from "../../scripts/prepare-db";
import { E2E_PASSWORDS } from "./accounts";

const root = path.resolve(import.meta.dirname, "../..");
let server: ChildProcess | undefined;
let dir: string | undefined;

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    databaseUrl: string;
  }
}

async function waitForServer(url: string, ms: number) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { redirect: "manual" });
      if (res.status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`server at ${url} did not start within ${ms} ms`);
}

export default async function setup(project: TestProject) {
  // E2E_BASE_URL: run against an already running server (e.g. `next dev` while writing tests), whose database
  // was prepared with the passwords in accounts.ts. CI never sets it.
  if (process.env.E2E_BASE_URL) {
    project.provide("baseURL", process.env.E2E_BASE_URL);
    project.provide("databaseUrl", process.env.DATABASE_URL ?? "");
    return;
  }
  dir = mkdtempSync(path.join(tmpdir(), "govatlas-e2e-"));
  const port = process.env.E2E_PORT ?? "3107";
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: `file:${path.join(dir, "e2e.db")}`,
    AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-0123456789",
    ...E2E_PASSWORDS,
  };
  await prepareDatabase(parseEnv(childEnv), () => {});
  // E2E_REUSE_BUILD=1 skips the build when iterating locally on tests; CI always builds.
  if (process.env.E2E_REUSE_BUILD !== "1") {
    const build = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], { cwd: root, env: childEnv, stdio: "inherit" });
    if (build.status !== 0) throw new Error("next build failed");
  }
  // Next keeps its data cache (the explorer's cached queries) on disk, beside the build. The database is new for
  // every run, so a cache left by an earlier run (E2E_REUSE_BUILD, or a local build dir) would show that run's
  // published values: start without it.
  rmSync(path.join(root, ".next/cache/fetch-cache"), { recursive: true, force: true });
  server = spawn(path.join(root, "node_modules/.bin/tsx"), ["scripts/serve.ts", port], { cwd: root, env: childEnv, stdio: ["ignore", "inherit", "inherit"] });
  const baseURL = `http://127.0.0.1:${port}`;
  await waitForServer(`${baseURL}/en`, 60_000);
  project.provide("baseURL", baseURL);
  project.provide("databaseUrl", childEnv.DATABASE_URL!);
  return async () => {
    server?.kill("SIGTERM");
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}
