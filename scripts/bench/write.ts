// `npm run bench:write`: 60 s of mixed reads and writes from several concurrent clients against a production
// build on SQLite; prints requests/s and errors (must be 0) and checks that every write is in the database.
// BENCH_SECOND_PROCESS=1: a second server process on the same SQLite file (started as a second `npm start` would:
// migrate + seed step, then serve) takes half of the clients, so that both processes write at once.
// BENCH_PORT (default 3220) is the first server's port; the second one listens on the next port.
// BENCH_INSTANCES=N (1 or more): the scale-out setup instead — a throwaway PostgreSQL (BENCH_PG_PORT, default
// 5550) and Redis (BENCH_REDIS_PORT, default 6350), N production servers on BENCH_PORT, BENCH_PORT+1, … sharing
// them, and nginx (deploy/nginx/govatlas.conf, on BENCH_NGINX_PORT, default 8150) in front; every client goes
// through nginx, which balances them over the instances.
import { createDb } from "../../lib/db-client";
import { resolveDbTarget } from "../../lib/db-url";
import { parseEnv } from "../../lib/env";
import { prepareDatabase } from "../prepare-db";
import { benchEnv, fmt, freshDatabase, percentile, PASSWORDS, startServer, type BenchServer } from "./lib";
import { startNginx } from "../scale/nginx";
import { startPostgres, startRedis, type Service } from "../scale/services";
// The figure form values are the tests' fixture: the benchmark writes what the API tests write.
import { capexFigureInput } from "../../tests/support/figure-input";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 6);
const PORT = Number(process.env.BENCH_PORT ?? 3220);
const SECOND_PROCESS = process.env.BENCH_SECOND_PROCESS === "1";
const READS = ["/en", "/en/investment", "/en/compare", "/en/timeline", "/en/investment?category=PUBLIC_INITIATIVE&currency=EUR"];

async function signIn(baseURL: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (res: Response) =>
    res.headers.getSetCookie().forEach((c) => {
      const [kv] = c.split(";");
      const i = kv.indexOf("=");
      jar.set(kv.slice(0, i), kv.slice(i + 1));
    });
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrfRes = await fetch(`${baseURL}/api/auth/csrf`);
  keep(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseURL}/en` }),
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`sign-in failed for ${email}`);
  return cookie();
}

type Written = { slug: string; id: string; version: number; amount: string };

const INSTANCES = process.env.BENCH_INSTANCES ? Number(process.env.BENCH_INSTANCES) : 0;
const services: Service[] = [];
let db: string;
let servers: BenchServer[];
if (INSTANCES > 0) {
  const postgres = await startPostgres(Number(process.env.BENCH_PG_PORT ?? 5550));
  services.push(postgres);
  const redis = await startRedis(Number(process.env.BENCH_REDIS_PORT ?? 6350));
  services.push(redis);
  // benchEnv() copies process.env: every instance gets the shared Redis and believes nginx's X-Forwarded-For.
  Object.assign(process.env, { REDIS_URL: redis.url, TRUST_PROXY_HOPS: "1" });
  db = postgres.url;
  await prepareDatabase(parseEnv(benchEnv(db)), () => {});
  const instances: BenchServer[] = [];
  for (let i = 0; i < INSTANCES; i++) instances.push(await startServer(db, PORT + i, i === 0 && process.env.BENCH_REUSE_BUILD !== "1"));
  const nginx = await startNginx(
    Number(process.env.BENCH_NGINX_PORT ?? 8150),
    instances.map((_, i) => PORT + i),
  );
  services.unshift(nginx, ...instances.map((s) => ({ url: s.baseURL, stop: async () => s.stop() })));
  servers = [{ ...instances[0], baseURL: nginx.url, stop: () => {} }];
} else {
  db = await freshDatabase();
  servers = [await startServer(db, PORT, process.env.BENCH_REUSE_BUILD !== "1")];
}
if (SECOND_PROCESS && INSTANCES === 0) {
  // What a second `npm start` does on a database in use: the migrate + seed step, then a server.
  const t0 = performance.now();
  await prepareDatabase(parseEnv(benchEnv(db)), () => {});
  console.log(`second process: database step done in ${fmt(performance.now() - t0, 0)} ms while the first server runs`);
  servers.push(await startServer(db, PORT + 1, false));
}
try {
  // Per server: [admin, editor] sessions. Client c uses server ⌊c/2⌋ mod servers and account c mod 2.
  const sessions: string[][] = [];
  for (const server of servers) {
    sessions.push([
      await signIn(server.baseURL, "admin@govatlas.local", PASSWORDS.GOVATLAS_ADMIN_PASSWORD),
      await signIn(server.baseURL, "editor@govatlas.local", PASSWORDS.GOVATLAS_EDITOR_PASSWORD),
    ]);
  }
  let reads = 0,
    writes = 0,
    errors = 0;
  const latencies: number[] = [];
  const problems: string[] = [];
  const written: Written[][] = Array.from({ length: CLIENTS }, () => []);
  const deadline = Date.now() + SECONDS * 1000;
  const timed = async (fn: () => Promise<Response>) => {
    const t0 = performance.now();
    const res = await fn();
    const body = await res.text();
    latencies.push(performance.now() - t0);
    return { res, body };
  };
  const perServer = servers.map(() => ({ requests: 0, errors: 0 }));
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      const s = Math.floor(c / 2) % servers.length;
      const server = servers[s];
      const cookie = sessions[s][c % 2];
      const stats = perServer[s];
      let n = 0;
      while (Date.now() < deadline) {
        n += 1;
        stats.requests += 1;
        try {
          if (n % 3 !== 0) {
            const { res } = await timed(() => fetch(`${server.baseURL}${READS[n % READS.length]}`));
            reads += 1;
            if (!res.ok) {
              errors += 1;
              stats.errors += 1;
              problems.push(`GET ${res.status}`);
            }
            continue;
          }
          const mine = written[c];
          const amount = String(1_000_000_000 + c * 1_000_000 + n);
          const values = capexFigureInput({
            slug: `bench-${c}-${mine.length}`,
            actorName: `Bench client ${c}`,
            measure: "Benchmark figure",
            amount,
            confidence: "LOW",
          });
          const update = mine.length > 0 && n % 2 === 0 ? mine[mine.length - 1] : null;
          const { res, body } = await timed(() =>
            fetch(update ? `${server.baseURL}/api/admin/records/investmentFigures/${update.id}` : `${server.baseURL}/api/admin/records/investmentFigures`, {
              method: update ? "PUT" : "POST",
              headers: { "content-type": "application/json", cookie },
              body: JSON.stringify(update ? { version: update.version, values: { ...values, slug: update.slug } } : { values, publish: c % 2 === 0 }),
            }),
          );
          writes += 1;
          if (!res.ok) {
            errors += 1;
            stats.errors += 1;
            problems.push(`${update ? "PUT" : "POST"} ${res.status} ${body.slice(0, 120)}`);
            continue;
          }
          const r = JSON.parse(body) as { id: string; version: number };
          if (update) Object.assign(update, { version: r.version, amount });
          else mine.push({ slug: values.slug, id: r.id, version: r.version, amount });
        } catch (error) {
          errors += 1;
          stats.errors += 1;
          problems.push(String(error));
        }
      }
    }),
  );
  // Every write must be in the database with its last value (editors' edits to drafts apply directly).
  const client = createDb(resolveDbTarget(db));
  const all = written.flat();
  const rows = await client.investmentFigure.findMany({ where: { slug: { in: all.map((w) => w.slug) } }, select: { slug: true, amount: true, version: true } });
  await client.$disconnect();
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  const missing = all.filter((w) => {
    const r = bySlug.get(w.slug);
    return !r || r.amount?.toString() !== w.amount || r.version !== w.version;
  });
  latencies.sort((a, b) => a - b);
  const setup =
    INSTANCES > 0
      ? `${INSTANCES} instance${INSTANCES > 1 ? "s" : ""} on PostgreSQL + Redis behind nginx`
      : `${servers.length} server process${servers.length > 1 ? "es on the same SQLite file" : " on SQLite"}`;
  console.log(`\n${SECONDS} s, ${CLIENTS} clients (2 accounts), reads:writes ≈ 2:1, ${setup}`);
  if (servers.length > 1) console.log(perServer.map((p, i) => `server ${i + 1}: ${p.requests} requests, ${p.errors} errors`).join(" · "));
  console.log(
    `requests: ${reads + writes} (${reads} reads, ${writes} writes) · ${fmt((reads + writes) / SECONDS)} req/s · p50 ${fmt(percentile(latencies, 50))} ms · p95 ${fmt(percentile(latencies, 95))} ms`,
  );
  console.log(`errors: ${errors}${problems.length ? ` (first: ${problems.slice(0, 3).join(" | ")})` : ""}`);
  console.log(`writes verified in the database: ${all.length - missing.length}/${all.length} records with their last value`);
  if (errors > 0 || missing.length > 0) process.exitCode = 1;
} finally {
  for (const server of servers) server.stop();
  for (const service of services) await service.stop();
}
