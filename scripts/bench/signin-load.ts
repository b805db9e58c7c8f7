// `npm run bench:signin`: does signing in slow everybody else down? Page reads against a production build on
// SQLite, first alone, then beside 8 clients that sign in back to back (right passwords, so that every request
// runs the full password verification instead of being refused by the throttle). Prints cached-page p50/p95 and
// the p50 of an uncached (draft-mode) render in both cases, and the sign-ins' own rate and p50. Never asserted in
// tests: a shared 2-core machine is too noisy for a threshold.
import { readFileSync } from "node:fs";
import { createDb } from "../../lib/db-client";
import { resolveDbTarget } from "../../lib/db-url";
import { hashPassword } from "../../lib/auth/password";
import { fmt, freshDatabase, load, loadClient, percentile, startServer, type LoadResult } from "./lib";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const SIGNIN_CLIENTS = Number(process.env.BENCH_SIGNIN_CLIENTS ?? 8);
const PORT = Number(process.env.BENCH_PORT ?? 3211);
const CACHED = "/en";
const DYNAMIC = "/en/investment";

const databaseUrl = await freshDatabase();
// One account per sign-in client.
const db = createDb(resolveDbTarget(databaseUrl));
const accounts = await Promise.all(
  Array.from({ length: SIGNIN_CLIENTS }, async (_, i) => {
    const email = `bench-signin-${i}@example.test`;
    const password = `bench-signin-password-${i}`;
    await db.user.create({ data: { email, name: `Bench ${i}`, role: "VIEWER", passwordHash: await hashPassword(password) } });
    return { email, password };
  }),
);
await db.$disconnect();

const server = await startServer(databaseUrl, PORT);
const { preview } = JSON.parse(readFileSync(".next/prerender-manifest.json", "utf8")) as { preview: { previewModeId: string } };
// Next's draft-mode cookie: the page is rendered and its queries run on every request (no cache answers).
const draft = { cookie: `__prerender_bypass=${preview.previewModeId}` };

async function signInOnce(email: string, password: string): Promise<boolean> {
  const csrf = await fetch(`${server.baseURL}/api/auth/csrf`);
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${server.baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/en" }),
  });
  await res.text();
  return res.headers.getSetCookie().some((c) => c.includes("session-token="));
}

/** Runs the sign-in clients until stop() is called; returns their latencies and failures. */
function signInLoad() {
  let running = true;
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  const done = Promise.all(
    accounts.map(async ({ email, password }) => {
      while (running) {
        const t0 = performance.now();
        const ok = await signInOnce(email, password).catch(() => false);
        latencies.push(performance.now() - t0);
        if (!ok) failures += 1;
      }
    }),
  );
  return {
    async stop() {
      running = false;
      await done;
      const seconds = (performance.now() - started) / 1000;
      latencies.sort((a, b) => a - b);
      return { count: latencies.length, perSecond: latencies.length / seconds, p50: percentile(latencies, 50), failures };
    },
  };
}

async function measure(): Promise<{ cached: LoadResult; dynamic: LoadResult }> {
  const cached = await load(server.baseURL, CACHED, SECONDS, 2);
  const dynamic = await load(server.baseURL, DYNAMIC, SECONDS, 1, draft);
  return { cached, dynamic };
}

try {
  // Warm-up: fill the caches and compile what the first requests compile.
  await load(server.baseURL, CACHED, 3, 2);
  await load(server.baseURL, DYNAMIC, 3, 1, draft);
  if (!(await signInOnce(accounts[0].email, accounts[0].password))) throw new Error("the bench account could not sign in");

  const alone = await measure();
  const signIns = signInLoad();
  await new Promise((r) => setTimeout(r, 2000)); // let the sign-in clients reach a steady state
  const loaded = await measure();
  const s = await signIns.stop();

  console.log(`\nSign-in load beside page reads (${loadClient}; ${SECONDS} s per row; ${SIGNIN_CLIENTS} sign-in clients; SQLite)`);
  console.log("| reads                                   | no sign-ins          | with sign-ins        |");
  console.log("|-----------------------------------------|----------------------|----------------------|");
  const row = (label: string, a: string, b: string) => console.log(`| ${label.padEnd(39)} | ${a.padEnd(20)} | ${b.padEnd(20)} |`);
  row(`cached ${CACHED} p50 / p95 (ms)`, `${fmt(alone.cached.p50)} / ${fmt(alone.cached.p95)}`, `${fmt(loaded.cached.p50)} / ${fmt(loaded.cached.p95)}`);
  row(`cached ${CACHED} req/s`, fmt(alone.cached.rps, 0), fmt(loaded.cached.rps, 0));
  row(`uncached ${DYNAMIC} (draft) p50 (ms)`, fmt(alone.dynamic.p50), fmt(loaded.dynamic.p50));
  const errs = (r: { cached: LoadResult; dynamic: LoadResult }) => r.cached.errors + r.cached.non2xx + r.dynamic.errors + r.dynamic.non2xx;
  row("read errors", String(errs(alone)), String(errs(loaded)));
  console.log(`\nSign-ins: ${s.count} in the loaded rows (${fmt(s.perSecond)}/s), p50 ${fmt(s.p50)} ms, failed ${s.failures}.`);
} finally {
  server.stop();
}
