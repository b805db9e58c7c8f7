// nginx (Debian package) on loopback in front of GovAtlas instances, with deploy/nginx/govatlas.conf: the file
// operators install, with its listen port and instance list replaced, inside a minimal main configuration that
// keeps pid, logs and temporary files in a temporary directory (no root paths, no system nginx touched).
// Usage: tsx scripts/scale/nginx.ts LISTEN_PORT INSTANCE_PORT...   (runs in the foreground until Ctrl-C)
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { projectRoot } from "../../lib/db-url";
import type { Service } from "./services";

const NGINX = ["/usr/sbin/nginx", "nginx"].find((bin) => !spawnSync(bin, ["-v"]).error);

/** deploy/nginx/govatlas.conf with its marked listen and upstream lines replaced. */
export function siteConfig(listenPort: number, instancePorts: number[]): string {
  const source = readFileSync(path.join(projectRoot, "deploy/nginx/govatlas.conf"), "utf8");
  const lines = source.split("\n");
  const first = lines.findIndex((l) => l.includes("# govatlas-instances"));
  if (first < 0 || !lines.some((l) => l.includes("# govatlas-listen"))) throw new Error("deploy/nginx/govatlas.conf lost its marked lines");
  const options = /^\s*server\s+\S+(\s[^;]*);/.exec(lines[first])?.[1] ?? "";
  let end = first;
  while (/^\s*server\s+127\.0\.0\.1:/.test(lines[end + 1] ?? "")) end++;
  const servers = instancePorts.map((p) => `    server 127.0.0.1:${p}${options};`);
  lines.splice(first, end - first + 1, ...servers);
  return lines.join("\n").replace(/listen\s+\d+;\s*# govatlas-listen/, `listen 127.0.0.1:${listenPort};`);
}

export async function startNginx(listenPort: number, instancePorts: number[]): Promise<Service> {
  if (!NGINX) throw new Error("nginx is not installed: `apt-get install -y nginx`");
  const dir = mkdtempSync(path.join(tmpdir(), "govatlas-nginx-"));
  // Started as root, nginx's workers run as `nobody`: they must be able to write their temporary files here.
  chmodSync(dir, 0o755);
  for (const sub of ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]) {
    mkdirSync(path.join(dir, sub));
    chmodSync(path.join(dir, sub), 0o777);
  }
  writeFileSync(path.join(dir, "govatlas.conf"), siteConfig(listenPort, instancePorts));
  writeFileSync(
    path.join(dir, "nginx.conf"),
    [
      "worker_processes 1;",
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      "events { worker_connections 1024; }",
      "http {",
      "  access_log off;",
      ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((s) => `  ${s}_temp_path ${dir}/${s};`),
      `  include ${dir}/govatlas.conf;`,
      "}",
      "",
    ].join("\n"),
  );
  const test = spawnSync(NGINX, ["-t", "-p", dir, "-c", `${dir}/nginx.conf`], { encoding: "utf8" });
  if (test.status !== 0) throw new Error(`nginx rejects the configuration: ${test.stderr}`);
  const child = spawn(NGINX, ["-p", dir, "-c", `${dir}/nginx.conf`, "-g", "daemon off;"], { stdio: ["ignore", "ignore", "inherit"] });
  const url = `http://127.0.0.1:${listenPort}`;
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(`${url}/robots.txt`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        await new Promise<void>((resolve) => {
          child.once("exit", () => resolve());
          child.kill("SIGQUIT"); // graceful: finishes the requests in flight
        });
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [listen, ...instances] = process.argv.slice(2).map(Number);
  if (!listen || instances.length === 0 || [listen, ...instances].some((p) => !Number.isInteger(p))) {
    console.error("usage: tsx scripts/scale/nginx.ts LISTEN_PORT INSTANCE_PORT...");
    process.exit(2);
  }
  const nginx = await startNginx(listen, instances);
  console.log(`nginx on ${nginx.url} → ${instances.map((p) => `127.0.0.1:${p}`).join(", ")} (Ctrl-C stops it)`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void nginx.stop().then(() => process.exit(0)));
}
