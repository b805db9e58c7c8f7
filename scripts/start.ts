// `npm start`: validate the environment, migrate + seed the database, print the demo accounts, build when the
// sources changed since the last build, then serve on http://localhost:3000 (PORT to change).
import { spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { parseEnv } from "../lib/env";
import { projectRoot } from "../lib/db-url";
import { formatAccounts, prepareDatabase } from "./prepare-db";

const dataDir = path.join(projectRoot, ".data");
const BUILD_INPUTS = ["app", "components", "i18n", "lib", "messages", "public", "next.config.ts", "proxy.ts", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];

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

function hashSources(): string {
  const hash = createHash("sha256");
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    if (statSync(p).isDirectory()) {
      if (p.endsWith(path.join("lib", "generated"))) return;
      for (const name of readdirSync(p).sort()) walk(path.join(p, name));
    } else {
      hash.update(path.relative(projectRoot, p)).update(readFileSync(p));
    }
  };
  for (const input of BUILD_INPUTS) walk(path.join(projectRoot, input));
  return hash.digest("hex");
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
  const stamp = path.join(projectRoot, ".next", "govatlas-sources.sha256");
  const current = hashSources();
  if (existsSync(path.join(projectRoot, ".next", "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === current) {
    console.log("Build is up to date.");
    return;
  }
  console.log("Building the app (about a minute)…");
  const result = spawnSync(path.join(projectRoot, "node_modules/.bin/next"), ["build"], { cwd: projectRoot, stdio: "inherit", env: childEnv });
  if (result.status !== 0) fail("the build failed (see above).");
  writeFileSync(stamp, current);
}

const source: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production" };
source.AUTH_SECRET ||= localAuthSecret();
let env: ReturnType<typeof parseEnv>;
try {
  env = parseEnv(source);
} catch (error) {
  fail((error as Error).message);
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
