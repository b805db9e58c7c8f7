// Sign-in throttling through the real authenticate() against a migrated SQLite database: per account and per
// IP, stored in the database (so a second client — another server instance — sees the same lock), audited.
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
import { accountKey, ipKey, THROTTLE } from "@/lib/auth/throttle";
import { migrate } from "../../scripts/db/migrate";

const target = resolveDbTarget(process.env.DATABASE_URL);
const PASSWORD = "right-password-123";
let otherInstance: Db;

async function addUser(email: string) {
  await db().user.create({ data: { email, name: email, role: "EDITOR", passwordHash: await hashPassword(PASSWORD) } });
}

const audits = (action: string, actorEmail: string) => db().auditLog.count({ where: { action, actorEmail } });

beforeAll(async () => {
  await migrate(target, { log: () => {} });
  for (const email of ["alice@test.local", "bob@test.local", "carol@test.local", "dave@test.local"]) await addUser(email);
  otherInstance = createDb(target);
});

afterAll(async () => {
  await otherInstance?.$disconnect();
  await db().$disconnect();
  if (target.provider === "sqlite") for (const suffix of ["", "-wal", "-shm"]) rmSync(target.file + suffix, { force: true });
});

describe("sign-in throttling", () => {
  it("locks an account after five wrong passwords; the right one is then refused as locked", async () => {
    const ip = "192.0.2.1";
    expect(THROTTLE.maxPerAccount).toBe(5);
    for (let i = 0; i < 5; i++) {
      expect(await authenticate("alice@test.local", `wrong-${i}`, ip)).toEqual({ ok: false, reason: "invalid" });
    }
    const sixth = await authenticate("alice@test.local", PASSWORD, ip);
    expect(sixth).toMatchObject({ ok: false, reason: "locked" });
    if (sixth.ok || !sixth.until) throw new Error("expected a lock time");
    expect(sixth.until.getTime()).toBeGreaterThan(Date.now() + THROTTLE.lockMs - 60_000);
    // Case and whitespace do not give a fresh counter.
    expect(await authenticate("  ALICE@test.local ", PASSWORD, "192.0.2.99")).toMatchObject({ ok: false, reason: "locked" });

    expect(await audits("auth.signin.failure", "alice@test.local")).toBe(5);
    expect(await audits("auth.signin.locked", "alice@test.local")).toBe(2);
    const failure = await db().auditLog.findFirstOrThrow({ where: { action: "auth.signin.failure", actorEmail: "alice@test.local" } });
    expect(failure).toMatchObject({ ip, detail: { reason: "bad-password" } });
  });

  it("keeps the lock in the database, where another client (another instance) sees it", async () => {
    const row = await otherInstance.loginThrottle.findUniqueOrThrow({ where: { key: accountKey("alice@test.local") } });
    expect(row.failures).toBe(5);
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
  });

  it("lets another account sign in from the same IP until the IP limit, then locks the IP", async () => {
    const ip = "198.51.100.7";
    // Four wrong passwords for Carol (one short of her account lock) count against the IP too.
    for (let i = 0; i < 4; i++) await authenticate("carol@test.local", `wrong-${i}`, ip);
    expect(await authenticate("bob@test.local", PASSWORD, ip)).toMatchObject({ ok: true, user: { email: "bob@test.local" } });

    // Spread failures over unknown accounts so that only the IP counter reaches its limit.
    const used = (await otherInstance.loginThrottle.findUniqueOrThrow({ where: { key: ipKey(ip) } })).failures;
    for (let i = used; i < THROTTLE.maxPerIp - 1; i++) await authenticate(`nobody-${i}@test.local`, "whatever-password", ip);
    expect(await authenticate("bob@test.local", PASSWORD, ip)).toMatchObject({ ok: true });
    await authenticate("nobody-last@test.local", "whatever-password", ip);

    expect(await authenticate("bob@test.local", PASSWORD, ip)).toMatchObject({ ok: false, reason: "locked" });
    // The same account from a different network still works: the lock is the IP's, not Bob's.
    expect(await authenticate("bob@test.local", PASSWORD, "203.0.113.5")).toMatchObject({ ok: true });
    const unknown = await db().auditLog.findFirstOrThrow({ where: { action: "auth.signin.failure", actorEmail: "nobody-last@test.local" } });
    expect(unknown).toMatchObject({ actorId: null, ip, detail: { reason: "unknown-account" } });
  }, 120_000);

  it("clears the account counter after a successful sign-in", async () => {
    const ip = "192.0.2.50";
    for (let i = 0; i < 3; i++) await authenticate("dave@test.local", `wrong-${i}`, ip);
    expect((await db().loginThrottle.findUniqueOrThrow({ where: { key: accountKey("dave@test.local") } })).failures).toBe(3);
    expect(await authenticate("dave@test.local", PASSWORD, ip)).toMatchObject({ ok: true });
    expect(await db().loginThrottle.findUnique({ where: { key: accountKey("dave@test.local") } })).toBeNull();
    expect(await audits("auth.signin.success", "dave@test.local")).toBe(1);
    // Four more wrong passwords do not lock: the count started again from zero.
    for (let i = 0; i < 4; i++) await authenticate("dave@test.local", `again-${i}`, ip);
    expect(await authenticate("dave@test.local", PASSWORD, ip)).toMatchObject({ ok: true });
  });

  it("refuses a deactivated account with the same answer as a wrong password, and audits why", async () => {
    await db().user.update({ where: { email: "carol@test.local" }, data: { active: false } });
    expect(await authenticate("carol@test.local", PASSWORD, "192.0.2.77")).toEqual({ ok: false, reason: "invalid" });
    const entry = await db().auditLog.findFirstOrThrow({ where: { actorEmail: "carol@test.local" }, orderBy: { createdAt: "desc" } });
    expect(entry).toMatchObject({ action: "auth.signin.failure", detail: { reason: "inactive" } });
  });
});
