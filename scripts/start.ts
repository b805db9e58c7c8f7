// `npm start`: validate the environment, migrate + seed the database, print the demo accounts, build when the
// sources changed since the last build, then serve on http://localhost:3000 (PORT to change).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { parseEnv } from "../lib/env";
import { projectRoot } from "../lib/db-url";
import { formatAccounts, prepareDatabase } from "./prepare-db";
import { hashSources, isBuildCurrent, markBuildCurrent } from "./scale/build-stamp";
import { checkRedis } from "../lib/redis-connection";

const dataDir = path.join(projectRoot, ".data");

function fail(message: string): never {
  console.error(`GovAtlas: ${message}`);
  process.exit(1);
}

/** A local secret for signing sessions, kept in .data/ (git-ignored) unless AUTH_SECRET is set. */
function localAuthSecret(): string {
  const file = path.join(dataDir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

/**
 * Two `npm start` at once must not run `next build` into the same .next/ together (nor rebuild under a server
 * that another start launched): one builds, the other waits for it and then finds the build up to date. The lock
 * is an exclusive SQLite transaction on a small file, which the OS releases if the process dies.
 */
function withBuildLock<T>(fn: () => T): T {
  mkdirSync(dataDir, { recursive: true });
  const lock = new Database(path.join(dataDir, "build.lock"), { timeout: 15 * 60_000 });
  try {
    lock.exec("BEGIN EXCLUSIVE");
    return fn();
  } finally {
    lock.close();
  }
}

function buildIfNeeded(childEnv: NodeJS.ProcessEnv) {
  const current = hashSources();
  if (isBuildCurrent(current)) {
    console.log("Build is up to date.");
    return;
  }
  console.log("Building the app (about a minute)…");
  const result = spawnSync(path.join(projectRoot, "node_modules/.bin/next"), ["build"], { cwd: projectRoot, stdio: "inherit", env: childEnv });
  if (result.status !== 0) fail("the build failed (see above).");
  markBuildCurrent(current);
}

const source: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production" };
source.AUTH_SECRET ||= localAuthSecret();
let env: ReturnType<typeof parseEnv>;
try {
  env = parseEnv(source);
} catch (error) {
  fail((error as Error).message);
}
// Several instances (REDIS_URL): fail before the database step when Redis does not answer (scripts/serve.ts checks
// again, for servers started without this script).
if (env.REDIS_URL) {
  try {
    await checkRedis(env.REDIS_URL);
  } catch (error) {
    fail(`${(error as Error).message} (REDIS_URL is set: several instances share their caches there; start Redis or unset REDIS_URL)`);
  }
}
try {
  console.log(formatAccounts(await prepareDatabase(env)));
} catch (error) {
  fail((error as Error).message);
}
const childEnv: NodeJS.ProcessEnv = { ...source, NEXT_TELEMETRY_DISABLED: "1" };
withBuildLock(() => buildIfNeeded(childEnv));
const port = process.env.PORT || "3000";
console.log(`GovAtlas is starting on http://localhost:${port}`);
const server = spawn(path.join(projectRoot, "node_modules/.bin/tsx"), ["scripts/serve.ts", port], { cwd: projectRoot, stdio: "inherit", env: childEnv });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
