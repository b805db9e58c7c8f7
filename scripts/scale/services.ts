// Throwaway services for the scale-out test and benchmark: PostgreSQL (scripts/pg/cluster.sh), Redis (Debian's
// redis-server on a free loopback port, no persistence, from a temporary directory) and GovAtlas instances started
// with `npm start`'s script at the same moment. Every start returns its stop function.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { projectRoot } from "../../lib/db-url";
import { checkRedis } from "../../lib/redis-connection";

export type Service = { url: string; stop: () => Promise<void> };

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill(signal);
  });
}

const REDIS_SERVER = "redis-server";

/** redis-server on 127.0.0.1 and a free port, without RDB snapshots or an append-only file. */
export async function startRedis(port?: number): Promise<Service> {
  if (spawnSync(REDIS_SERVER, ["--version"]).error) {
    throw new Error("redis-server is not installed: `apt-get install -y redis-server` (.ci/run installs it); the scale-out test needs it");
  }
  port ??= await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), "govatlas-redis-"));
  const child = spawn(
    REDIS_SERVER,
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir, "--daemonize", "no", "--loglevel", "warning"],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr?.on("data", (d) => (stderr += d));
  const url = `redis://127.0.0.1:${port}`;
  const stop = async () => {
    await stopChild(child);
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; ; i++) {
    try {
      await checkRedis(url, 1_000);
      return { url, stop };
    } catch (error) {
      if (child.exitCode !== null || i > 50) {
        await stop();
        throw new Error(`redis-server did not start on port ${port}: ${(error as Error).message} ${stderr}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** A private PostgreSQL cluster (scripts/pg/cluster.sh), deleted by stop(). */
export async function startPostgres(port: number): Promise<Service> {
  const dir = mkdtempSync(path.join(tmpdir(), "govatlas-scale-pg-"));
  const started = spawnSync("bash", [path.join(projectRoot, "scripts/pg/cluster.sh"), "start", dir, String(port)], { encoding: "utf8" });
  if (started.status !== 0) throw new Error(`PostgreSQL did not start: ${started.stderr}`);
  const url = started.stdout.trim().split("\n").pop()!;
  return { url, stop: async () => void spawnSync("bash", [path.join(projectRoot, "scripts/pg/cluster.sh"), "stop", dir]) };
}

export type Instance = { port: number; baseURL: string; output: () => string; stop: () => Promise<void> };

async function waitForOutput(child: ChildProcess, output: () => string, pattern: RegExp, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!pattern.test(output())) {
    if (child.exitCode !== null) throw new Error(`the instance exited with ${child.exitCode}:\n${output()}`);
    if (Date.now() > deadline) throw new Error(`the instance did not become ready within ${ms / 1000} s:\n${output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Starts one `npm start` (tsx scripts/start.ts) per port, all at the same moment, with the same environment, and
 * resolves when every one serves. Each start migrates, seeds (or waits for the one that does), builds if the build
 * is not current (or waits for the one that builds) and serves through scripts/serve.ts.
 */
export async function startInstances(ports: number[], env: NodeJS.ProcessEnv, readyWithinMs = 300_000): Promise<Instance[]> {
  const instances = ports.map((port) => {
    // detached: its own process group, so that stop() reaches the server child as well.
    const child = spawn(path.join(projectRoot, "node_modules/.bin/tsx"), ["scripts/start.ts"], {
      cwd: projectRoot,
      env: { ...env, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let out = "";
    child.stdout?.on("data", (d) => (out += d));
    child.stderr?.on("data", (d) => (out += d));
    const stop = async () => {
      if (child.exitCode !== null || child.pid === undefined) return;
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        /* already gone */
      }
      const force = setTimeout(() => {
        try {
          process.kill(-child.pid!, "SIGKILL");
        } catch {
          /* gone */
        }
      }, 10_000);
      await exited;
      clearTimeout(force);
    };
    return { child, port, baseURL: `http://127.0.0.1:${port}`, output: () => out, stop };
  });
  try {
    await Promise.all(instances.map((i) => waitForOutput(i.child, i.output, /Ready on http/, readyWithinMs)));
  } catch (error) {
    await Promise.all(instances.map((i) => i.stop()));
    throw error;
  }
  return instances.map(({ port, baseURL, output, stop }) => ({ port, baseURL, output, stop }));
}
