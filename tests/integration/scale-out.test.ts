// Two instances, one site: PostgreSQL + Redis, two `npm start` launched at the same moment on two ports (each its
// own production server with its own in-process page cache). Migrations and seed run once; a change published on
// one instance shows on the other's next request (Next's cache lives in Redis, page-cache purges travel by Redis
// pub/sub); sessions signed out on one are refused on the other; sign-in throttling counts across both.
// Needs redis-server (Debian package; .ci/run installs it) and PostgreSQL 15 (TEST_PG_URL from scripts/test.sh,
// else a throwaway cluster). Reuses the production build when it is current (scripts/scale/build-stamp.ts), else
// the first start builds and the other waits for it.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { createClient } from "@redis/client";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { createDb, type Db } from "@/lib/db-client";
import { resolveDbTarget } from "@/lib/db-url";
import { freePort, startInstances, startPostgres, startRedis, type Instance, type Service } from "../../scripts/scale/services";

const PASSWORDS = {
  GOVATLAS_ADMIN_PASSWORD: "scale-out-admin-password",
  GOVATLAS_EDITOR_PASSWORD: "scale-out-editor-password",
  GOVATLAS_VIEWER_PASSWORD: "scale-out-viewer-password",
};
const ADMIN = "admin@govatlas.local";
const EDITOR = "editor@govatlas.local";
const suffix = randomBytes(4).toString("hex");

let redis: Service | undefined;
let postgres: Service | undefined;
let databaseUrl: string;
let a: Instance;
let b: Instance;
let db: Db;

/** A new database on the test run's cluster (scripts/test.sh), else on a throwaway cluster of our own. */
async function newDatabase(): Promise<string> {
  const base = process.env.TEST_PG_URL;
  if (!base) {
    postgres = await startPostgres(await freePort());
    const url = new URL(postgres.url);
    url.pathname = `/govatlas_scale_${suffix}`;
    return url.toString();
  }
  const url = new URL(base);
  url.pathname = `/govatlas_scale_${suffix}`; // created by the first `npm start`, as on a new server
  return url.toString();
}

async function dropDatabase() {
  if (postgres || !process.env.TEST_PG_URL) return;
  const client = new pg.Client({ connectionString: process.env.TEST_PG_URL });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "govatlas_scale_${suffix}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  redis = await startRedis(); // throws with the apt-get command when redis-server is missing: no skip
  databaseUrl = await newDatabase();
  const ports = process.env.SCALE_PORTS ? process.env.SCALE_PORTS.split(",").map(Number) : [await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production", // what `npm start` sets anyway (vitest's is "test")
    DATABASE_URL: databaseUrl,
    REDIS_URL: redis.url,
    AUTH_SECRET: "scale-out-secret-scale-out-secret-0123456789",
    TRUST_PROXY_HOPS: "0",
    ...PASSWORDS,
  };
  [a, b] = await startInstances(ports.slice(0, 2), env);
  db = createDb(resolveDbTarget(databaseUrl));
}, 600_000);

afterAll(async () => {
  await db?.$disconnect();
  await Promise.all([a?.stop(), b?.stop()]);
  await redis?.stop();
  await dropDatabase().catch(() => {});
  await postgres?.stop();
}, 60_000);

const cookiePairs = (res: Response) => res.headers.getSetCookie().map((c) => c.split(";")[0]);

/** Auth.js's credentials sign-in over HTTP: the code is null on success, else "credentials", "locked" or "delayed". */
async function signIn(base: string, email: string, password: string): Promise<{ code: string | null; cookie: string }> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const jar = cookiePairs(csrfRes);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: "/en" }),
  });
  await res.text();
  const location = new URL(res.headers.get("location") ?? "/", base);
  const session = cookiePairs(res).filter((c) => c.includes("session-token"));
  return { code: location.searchParams.get("code"), cookie: [...jar, ...session].join("; ") };
}

async function signOut(base: string, cookie: string) {
  const csrfRes = await fetch(`${base}/api/auth/csrf`, { headers: { cookie } });
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ csrfToken, callbackUrl: "/en" }),
  });
  await res.text();
  expect(res.status).toBe(302);
}

async function get(base: string, path: string, cookie?: string) {
  const res = await fetch(`${base}${path}`, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  return { status: res.status, cache: res.headers.get("x-govatlas-cache"), body: await res.text() };
}

/** Until the instance answers the page from its in-process cache: the copy a missed purge would leave stale. */
async function warm(instance: Instance, path: string) {
  await expect.poll(async () => (await get(instance.baseURL, path)).cache, { timeout: 30_000, interval: 200 }).toBe("HIT");
}

/**
 * Asks the instance for the page until it shows the text, starting the moment the write returned; fails when no
 * request sent within one second of it shows the change. Returns when the first request that showed it was sent
 * (a render on these shared cores may itself take longer than a second; that is the server's speed, not staleness).
 */
async function seenWithinASecond(instance: Instance, path: string, text: string): Promise<{ sentAfterMs: number; answeredAfterMs: number }> {
  const t0 = performance.now();
  const seen: string[] = [];
  for (;;) {
    const sentAfterMs = performance.now() - t0;
    if (sentAfterMs > 1_000)
      throw new Error(`no request sent within 1 s of the write showed "${text}" on ${instance.baseURL}${path} (${seen.length} tried: ${seen.join(", ")})`);
    const page = await get(instance.baseURL, path);
    if (page.body.includes(text)) return { sentAfterMs, answeredAfterMs: performance.now() - t0 };
    seen.push(`${page.status} ${page.cache ?? "rendered"} at ${Math.round(sentAfterMs)} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function writeSource(instance: Instance, cookie: string, method: "POST" | "PUT", body: unknown, id = "") {
  const res = await fetch(`${instance.baseURL}/api/admin/records/sources${id ? `/${id}` : ""}`, {
    method,
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  expect(res.status, text).toBe(method === "POST" ? 201 : 200);
  return JSON.parse(text) as { id: string; version: number };
}

describe("two instances on PostgreSQL and Redis", () => {
  it("migrate and seed once when started at the same moment; both serve", async () => {
    const outputs = [a.output(), b.output()];
    expect(
      outputs.filter((o) => /Applied migration/.test(o)),
      outputs.join("\n-----\n"),
    ).toHaveLength(1);
    expect(outputs.filter((o) => /Seeded \d+ rows/.test(o))).toHaveLength(1);
    expect(outputs.filter((o) => o.includes("Database is up to date") && o.includes("Seed data already present; nothing to add."))).toHaveLength(1);
    const seeded = (name: string) => Number(new RegExp(`${name} (\\d+)`).exec(outputs.join("\n"))![1]);
    expect(seeded("investments")).toBeGreaterThan(0);
    expect(await db.investmentFigure.count()).toBe(seeded("investments"));
    expect(await db.jurisdiction.count()).toBe(seeded("jurisdictions"));
    expect(await db.user.count({ where: { email: { in: [ADMIN, EDITOR] } } })).toBe(2);
    for (const instance of [a, b]) {
      const page = await get(instance.baseURL, "/en/sources");
      expect(page.status).toBe(200);
      expect(page.body).toContain("/en/sources");
    }
    // Next's page cache is in Redis (cache-handler.mjs), not in each instance's .next/ files.
    const client = createClient({ url: redis!.url });
    await client.connect();
    try {
      expect((await client.keys("govatlas:next:*")).some((k) => k.includes("/en/sources"))).toBe(true);
    } finally {
      await client.close();
    }
  });

  it("shows a change published on A on B's next request, and a rename on B on A's", async () => {
    const key = `ZS${Math.floor(1000 + Math.random() * 9000)}`;
    const title = `Scale-out source ${suffix}`;
    await warm(a, "/en/sources");
    await warm(b, "/en/sources");
    expect((await get(b.baseURL, "/en/sources")).body).not.toContain(title);

    const admin = await signIn(a.baseURL, ADMIN, PASSWORDS.GOVATLAS_ADMIN_PASSWORD);
    expect(admin.code).toBeNull();
    const values = { key, title, language: "en", kind: "OTHER", isSeedArticle: false };
    const created = await writeSource(a, admin.cookie, "POST", { values, publish: true });
    const onB = await seenWithinASecond(b, "/en/sources", title);
    expect(onB.sentAfterMs).toBeLessThan(1_000);

    // The other way round, with the same session (it is stored in the database, so B knows it).
    await warm(a, "/en/sources");
    const renamed = `${title} renamed on B`;
    await writeSource(b, admin.cookie, "PUT", { version: created.version, values: { ...values, title: renamed }, publish: true }, created.id);
    const onA = await seenWithinASecond(a, "/en/sources", renamed);
    expect(onA.sentAfterMs).toBeLessThan(1_000);
    console.log(
      `published on A, seen on B: request sent ${Math.round(onB.sentAfterMs)} ms, answered ${Math.round(onB.answeredAfterMs)} ms after the write; renamed on B, seen on A: ${Math.round(onA.sentAfterMs)} / ${Math.round(onA.answeredAfterMs)} ms`,
    );
    expect((await get(a.baseURL, "/en/sources")).body).not.toContain(`${title}<`);
    // B, whose own write purged its cache, shows it too.
    expect((await get(b.baseURL, "/en/sources")).body).toContain(renamed);
  });

  it("refuses on B a session signed out on A: no admin data, no user", async () => {
    const admin = await signIn(a.baseURL, ADMIN, PASSWORDS.GOVATLAS_ADMIN_PASSWORD);
    expect(admin.code).toBeNull();
    // Control: the cookie opens the admin-only users page on both instances.
    for (const instance of [a, b]) {
      const users = await get(instance.baseURL, "/en/admin/users", admin.cookie);
      expect(users.status).toBe(200);
      expect(users.body).toContain(EDITOR);
    }
    await signOut(a.baseURL, admin.cookie);
    const after = await get(b.baseURL, "/en/admin/users", admin.cookie);
    expect(after.body).not.toContain(EDITOR);
    expect(after.body).not.toContain("user-row-");
    expect([303, 307, 308]).toContain(after.status);
    expect(JSON.parse((await get(b.baseURL, "/api/auth/session", admin.cookie)).body)).toBeNull();
  });

  it("counts failed sign-ins on both instances together: the pair locks after 5, wherever they came from", async () => {
    const email = `scale-throttle-${suffix}@example.test`;
    const password = "scale-throttle-password-1";
    await db.user.create({ data: { email, name: "Scale-out throttle", role: "EDITOR", passwordHash: await hashPassword(password) } });
    const codes: (string | null)[] = [];
    for (const instance of [a, b, a, b, a]) codes.push((await signIn(instance.baseURL, email, "wrong-password-123")).code);
    expect(codes).toEqual(Array(5).fill("credentials"));
    // The right password now: refused on either instance, and no session cookie is handed out.
    for (const instance of [b, a]) {
      const right = await signIn(instance.baseURL, email, password);
      expect(right.code).toBe("locked");
      expect(right.cookie).not.toContain("session-token");
    }
  });

  it("stops a start whose Redis does not answer, with one line naming it, instead of serving unshared", async () => {
    const closedPort = await freePort();
    const root = path.resolve(import.meta.dirname, "../..");
    const started = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/start.ts"], {
      cwd: root,
      encoding: "utf8",
      timeout: 60_000,
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: databaseUrl,
        REDIS_URL: `redis://:secret-pw@127.0.0.1:${closedPort}`,
        AUTH_SECRET: "x".repeat(40),
        PORT: String(closedPort),
      },
    });
    expect(started.status).toBe(1);
    expect(started.stderr).toContain(`GovAtlas: cannot reach Redis at redis://:***@127.0.0.1:${closedPort}`);
    expect(started.stderr).toContain("ECONNREFUSED");
    expect(started.stderr).not.toContain("secret-pw");
    expect(started.stdout).not.toContain("Demo accounts");
  });
});
