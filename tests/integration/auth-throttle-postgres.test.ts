// The sign-in throttle on PostgreSQL (npm test starts a throwaway cluster and sets TEST_PG_URL). Unlike SQLite's
// single writer, the pool here runs the 40 reservations truly in parallel, so only the single conditional
// statement stands between them and the password check. Dates are timestamps here and ISO text on SQLite: the
// lock-expiry checks below prove that the bound dates compare right on this provider too.
import { describe, expect, it } from "vitest";
import { usePostgresDatabase } from "./support/database";

const PASSWORD = "right-password-123";
const url = await usePostgresDatabase("throttle");
const { migrate } = await import("../../scripts/db/migrate");
const { resolveDbTarget } = await import("@/lib/db-url");
await migrate(resolveDbTarget(url), { log: () => {} });
const appDb = (await import("@/lib/db")).db;
const { authenticate } = await import("@/lib/auth/authenticate");
const throttle = await import("@/lib/auth/throttle");
const { hashPassword } = await import("@/lib/auth/password");
for (const email of ["alice@test.local", "bob@test.local"]) {
  await appDb().user.create({ data: { email, name: email, role: "EDITOR", passwordHash: await hashPassword(PASSWORD) } });
}

const audits = (action: string, actorEmail: string) => appDb().auditLog.count({ where: { action, actorEmail } });

describe("sign-in throttle on PostgreSQL", () => {
  it("verifies at most the pair's limit of 40 parallel wrong passwords", async () => {
    const ip = "192.0.2.40";
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => authenticate("alice@test.local", `wrong-${i}`, ip)));
    const verified = results.filter((r) => !r.ok && r.reason === "invalid").length;
    expect(verified).toBe(throttle.THROTTLE.pair.max);
    expect(await audits("auth.signin.failure", "alice@test.local")).toBe(throttle.THROTTLE.pair.max);
    expect(await audits("auth.signin.locked", "alice@test.local")).toBe(40 - throttle.THROTTLE.pair.max);
    const row = await appDb().loginThrottle.findUniqueOrThrow({ where: { key: throttle.pairKey("alice@test.local", ip) } });
    expect(row.failures).toBe(throttle.THROTTLE.pair.max);
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + throttle.THROTTLE.pair.lockMs - 60_000);
  });

  it("keeps the pair locked for the right password until the lock runs out; another address gets in at once", async () => {
    const ip = "192.0.2.40";
    expect(await authenticate("alice@test.local", PASSWORD, ip)).toMatchObject({ ok: false, reason: "locked" });
    expect(await authenticate("alice@test.local", PASSWORD, "203.0.113.9")).toMatchObject({ ok: true });
    const after = new Date(Date.now() + throttle.THROTTLE.pair.lockMs + 1000);
    expect(await authenticate("alice@test.local", PASSWORD, ip, after)).toMatchObject({ ok: true });
  });

  it("lets no more than the account's free attempts through 40 parallel guesses from 40 addresses", async () => {
    const t0 = new Date();
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => authenticate("bob@test.local", `wrong-${i}`, `198.18.0.${i + 1}`, t0)));
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(throttle.THROTTLE.account.free);
    expect(await audits("auth.signin.failure", "bob@test.local")).toBe(throttle.THROTTLE.account.free);
    const row = await appDb().loginThrottle.findUniqueOrThrow({ where: { key: throttle.accountKey("bob@test.local") } });
    expect(row.nextAttemptAt!.getTime()).toBe(t0.getTime() + throttle.THROTTLE.account.baseDelayMs);
    expect(await authenticate("bob@test.local", PASSWORD, "203.0.113.9", new Date(t0.getTime() + 500))).toMatchObject({ ok: false, reason: "delayed" });
    // Refused attempts gave their address reservations back.
    expect(await appDb().loginThrottle.count({ where: { key: { startsWith: "ip:198.18.0." }, failures: { gt: 0 } } })).toBe(throttle.THROTTLE.account.free);
    const soon = new Date(t0.getTime() + throttle.THROTTLE.account.baseDelayMs);
    expect(await authenticate("bob@test.local", PASSWORD, "203.0.113.9", soon)).toMatchObject({ ok: true });
  });
});
