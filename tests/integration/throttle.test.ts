// Sign-in throttling through the real authenticate() against a migrated SQLite database (the same statements run
// on PostgreSQL in auth-throttle-postgres.test.ts): attempts are reserved atomically before the password check,
// a guesser at one address locks only their own (account, address) pair, the account itself is only slowed down,
// an address has a higher limit, and everything is stored in the database, where another instance sees it.
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.DATABASE_URL = `file:${process.env.TMPDIR ?? "/tmp"}/govatlas-throttle-test-${process.pid}-${Date.now()}.db`;
});

import { resolveDbTarget } from "@/lib/db-url";
import { createDb, type Db } from "@/lib/db-client";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { authenticate } from "@/lib/auth/authenticate";
import { accountKey, ipKey, pairKey, THROTTLE } from "@/lib/auth/throttle";
import { migrate } from "../../scripts/db/migrate";

const target = resolveDbTarget(process.env.DATABASE_URL);
const PASSWORD = "right-password-123";
let otherInstance: Db;

async function addUser(email: string, role: "ADMIN" | "EDITOR" = "EDITOR") {
  await db().user.create({ data: { email, name: email, role, passwordHash: await hashPassword(PASSWORD) } });
}

const audits = (action: string, actorEmail: string) => db().auditLog.count({ where: { action, actorEmail } });
const later = (ms: number) => new Date(Date.now() + ms);

beforeAll(async () => {
  await migrate(target, { log: () => {} });
  for (const email of ["alice@test.local", "bob@test.local", "carol@test.local", "dave@test.local", "erin@test.local", "frank@test.local"]) {
    await addUser(email);
  }
  await addUser("admin@test.local", "ADMIN");
  otherInstance = createDb(target);
});

afterAll(async () => {
  await otherInstance?.$disconnect();
  await db().$disconnect();
  if (target.provider === "sqlite") for (const suffix of ["", "-wal", "-shm"]) rmSync(target.file + suffix, { force: true });
});

describe("sign-in throttling", () => {
  it("verifies at most the pair's limit of 40 parallel wrong passwords; the rest are refused unverified", async () => {
    const ip = "192.0.2.40";
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => authenticate("alice@test.local", `wrong-${i}`, ip)));
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(THROTTLE.pair.max);
    expect(results.filter((r) => !r.ok && r.reason === "locked")).toHaveLength(40 - THROTTLE.pair.max);
    // Each verified attempt leaves a failure row; each refused one a "locked" row and no verification.
    expect(await audits("auth.signin.failure", "alice@test.local")).toBe(THROTTLE.pair.max);
    expect(await audits("auth.signin.locked", "alice@test.local")).toBe(40 - THROTTLE.pair.max);
    // Refused attempts were given back: the address and the account counted only the verified five.
    expect((await db().loginThrottle.findUniqueOrThrow({ where: { key: ipKey(ip) } })).failures).toBe(THROTTLE.pair.max);
    expect((await db().loginThrottle.findUniqueOrThrow({ where: { key: accountKey("alice@test.local") } })).failures).toBe(THROTTLE.pair.max);
  });

  it("locks the pair even for the right password, but not the account's owner at another address", async () => {
    const attacker = "198.51.100.66";
    for (let i = 0; i < THROTTLE.pair.max; i++) {
      expect(await authenticate("admin@test.local", `guess-${i}`, attacker)).toEqual({ ok: false, reason: "invalid" });
    }
    const locked = await authenticate("admin@test.local", PASSWORD, attacker);
    expect(locked).toMatchObject({ ok: false, reason: "locked" });
    if (locked.ok || !locked.until) throw new Error("expected a lock time");
    expect(locked.until.getTime()).toBeGreaterThan(Date.now() + THROTTLE.pair.lockMs - 60_000);
    expect(locked.until.getTime()).toBeLessThanOrEqual(Date.now() + THROTTLE.pair.lockMs);
    // Case and whitespace do not give a fresh counter.
    expect(await authenticate("  ADMIN@test.local ", PASSWORD, attacker)).toMatchObject({ ok: false, reason: "locked" });

    // The real admin, elsewhere, signs in with the right password.
    expect(await authenticate("admin@test.local", PASSWORD, "203.0.113.10")).toMatchObject({ ok: true, user: { email: "admin@test.local", role: "ADMIN" } });
    // The attacker's pair stays locked (the admin's success does not lift it) …
    expect(await authenticate("admin@test.local", PASSWORD, attacker)).toMatchObject({ ok: false, reason: "locked" });
    // … until the lock has run out.
    expect(await authenticate("admin@test.local", PASSWORD, attacker, later(THROTTLE.pair.lockMs + 1000))).toMatchObject({ ok: true });
  });

  it("keeps the locks in the database, where another client (another instance) sees them", async () => {
    const row = await otherInstance.loginThrottle.findUniqueOrThrow({ where: { key: pairKey("alice@test.local", "192.0.2.40") } });
    expect(row.failures).toBe(THROTTLE.pair.max);
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
  });

  it("only slows an account down when guesses come from many addresses, and lets the owner in after the delay", async () => {
    // 40 parallel guesses from 40 addresses: the account's free attempts are verified, then it holds.
    // One clock for the whole test, so that a slow machine does not let the 1 s delay run out before it is checked.
    const t0 = Date.now();
    const at = (ms = 0) => new Date(t0 + ms);
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => authenticate("bob@test.local", `wrong-${i}`, `198.18.0.${i + 1}`, at())));
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(THROTTLE.account.free);
    const delayed = results.filter((r) => !r.ok && r.reason === "delayed");
    expect(delayed).toHaveLength(40 - THROTTLE.account.free);
    expect(await audits("auth.signin.failure", "bob@test.local")).toBe(THROTTLE.account.free);
    // Never a lock: the owner waits the current delay (1 s after the 10th failure) and gets in.
    const wait = await authenticate("bob@test.local", PASSWORD, "203.0.113.20", at(500));
    expect(wait).toMatchObject({ ok: false, reason: "delayed" });
    if (wait.ok || !wait.until) throw new Error("expected a time to wait for");
    expect(wait.until.getTime()).toBe(t0 + THROTTLE.account.baseDelayMs);
    expect(await authenticate("bob@test.local", PASSWORD, "203.0.113.20", at(THROTTLE.account.baseDelayMs))).toMatchObject({ ok: true });
    expect(await db().loginThrottle.findUnique({ where: { key: accountKey("bob@test.local") } })).toBeNull();
  });

  it("doubles the account's delay per failure and caps it at a minute", async () => {
    let now = Date.now();
    const waits: number[] = [];
    for (let i = 0; i < THROTTLE.account.free + 9; i++) {
      const at = new Date(now);
      const result = await authenticate("carol@test.local", `wrong-${i}`, `198.18.1.${i + 1}`, at);
      expect(result).toEqual({ ok: false, reason: "invalid" });
      const row = await db().loginThrottle.findUniqueOrThrow({ where: { key: accountKey("carol@test.local") } });
      const wait = row.nextAttemptAt ? row.nextAttemptAt.getTime() - at.getTime() : 0;
      waits.push(wait);
      now += wait; // the next guess comes exactly when allowed
    }
    expect(waits.slice(0, THROTTLE.account.free - 1).every((w) => w === 0)).toBe(true);
    expect(waits.slice(THROTTLE.account.free - 1)).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60, 60].map((s) => s * 1000));
  });

  it("locks an address after its higher limit for every account, while other addresses still work", async () => {
    const ip = "198.51.100.7";
    // Failures spread over unknown accounts, so that only the address counter reaches its limit.
    for (let batch = 0; batch < THROTTLE.address.max; batch += 10) {
      await Promise.all(Array.from({ length: 10 }, (_, i) => authenticate(`nobody-${batch + i}@test.local`, "whatever-password", ip)));
      if (batch === 50) expect(await authenticate("dave@test.local", PASSWORD, ip)).toMatchObject({ ok: true });
    }
    expect(await authenticate("dave@test.local", PASSWORD, ip)).toMatchObject({ ok: false, reason: "locked" });
    expect(await authenticate("dave@test.local", PASSWORD, "203.0.113.5")).toMatchObject({ ok: true });
    const unknown = await db().auditLog.findFirstOrThrow({ where: { action: "auth.signin.failure", actorEmail: "nobody-0@test.local" } });
    expect(unknown).toMatchObject({ actorId: null, ip, detail: { reason: "unknown-account" } });
    const refused = await db().auditLog.findFirstOrThrow({ where: { action: "auth.signin.locked", actorEmail: "dave@test.local" } });
    expect(refused).toMatchObject({ ip, detail: { scope: "address" } });
  }, 120_000);

  it("clears the pair and account counters after a successful sign-in; the address only gets that attempt back", async () => {
    const ip = "192.0.2.50";
    for (let i = 0; i < 3; i++) await authenticate("erin@test.local", `wrong-${i}`, ip);
    expect((await db().loginThrottle.findUniqueOrThrow({ where: { key: pairKey("erin@test.local", ip) } })).failures).toBe(3);
    expect(await authenticate("erin@test.local", PASSWORD, ip)).toMatchObject({ ok: true });
    expect(await db().loginThrottle.findUnique({ where: { key: pairKey("erin@test.local", ip) } })).toBeNull();
    expect(await db().loginThrottle.findUnique({ where: { key: accountKey("erin@test.local") } })).toBeNull();
    expect((await db().loginThrottle.findUniqueOrThrow({ where: { key: ipKey(ip) } })).failures).toBe(3);
    expect(await audits("auth.signin.success", "erin@test.local")).toBe(1);
    // Four more wrong passwords do not lock: the count started again from zero.
    for (let i = 0; i < THROTTLE.pair.max - 1; i++) await authenticate("erin@test.local", `again-${i}`, ip);
    expect(await authenticate("erin@test.local", PASSWORD, ip)).toMatchObject({ ok: true });
  });

  it("refuses a deactivated account with the same answer as a wrong password, and audits why", async () => {
    await db().user.update({ where: { email: "frank@test.local" }, data: { active: false } });
    expect(await authenticate("frank@test.local", PASSWORD, "192.0.2.77")).toEqual({ ok: false, reason: "invalid" });
    const entry = await db().auditLog.findFirstOrThrow({ where: { actorEmail: "frank@test.local" }, orderBy: { createdAt: "desc" } });
    expect(entry).toMatchObject({ action: "auth.signin.failure", detail: { reason: "inactive" } });
  });
});
