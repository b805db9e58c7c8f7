// User management against a real, migrated SQLite database. Only `auth()` is mocked (to choose who is acting);
// getCurrentUser / requirePermission run for real and re-read the user from the database. Passwords (reset and
// change): users-passwords.test.ts.
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  // Before any lib module reads the environment.
  process.env.DATABASE_URL = `file:${process.env.TMPDIR ?? "/tmp"}/govatlas-users-test-${process.pid}-${Date.now()}.db`;
});
vi.mock("@/lib/auth/auth", () => import("./support/session-auth"));

import { db } from "@/lib/db";
import { verifyPassword, PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password";
import { getCurrentUser, requirePermission } from "@/lib/auth/current-user";
import { changeOwnPassword, createUser, resetPassword, updateUser } from "@/lib/mutations/users";
import { PASSWORD_LIMITS } from "@/lib/validations/users";
import { listUsers } from "@/lib/queries/users";
import { session, signInAgain } from "./support/session-auth";
import { PASSWORD, actAs, addUser, auditCount, ids, snapshot, setUpUserAccounts, versionOf } from "./support/users";

setUpUserAccounts();

describe("role × action matrix for user management", () => {
  const calls = {
    createUser: () => createUser({ email: `new-${Math.random().toString(36).slice(2)}@test.local`, name: "New", role: "VIEWER", password: "" }),
    updateUser: async () => updateUser({ id: ids.target, version: await versionOf(ids.target), role: "EDITOR" }),
    resetPassword: () => resetPassword({ id: ids.target, password: "generate" }),
  };
  const audited = { createUser: "user.create", updateUser: "user.update", resetPassword: "user.password.reset" } as const;

  for (const [name, call] of Object.entries(calls) as [keyof typeof calls, () => Promise<{ ok: boolean }>][]) {
    it.each([
      [null, "unauthorized"],
      ["viewer", "forbidden"],
      ["editor", "forbidden"],
    ] as const)(`${name} as %s is refused (%s) and changes nothing`, async (who, code) => {
      actAs(who);
      const before = await snapshot();
      const result = await call();
      expect(result).toMatchObject({ ok: false, code });
      expect(await snapshot()).toBe(before);
    });

    it(`${name} as admin succeeds and is audited`, async () => {
      actAs("admin");
      const audits = await auditCount(audited[name]);
      const result = await call();
      expect(result.ok).toBe(true);
      expect(await auditCount(audited[name])).toBe(audits + 1);
      const entry = await db().auditLog.findFirstOrThrow({ where: { action: audited[name] }, orderBy: { createdAt: "desc" } });
      expect(entry).toMatchObject({ actorId: ids.admin, actorEmail: "admin@test.local", entityType: "User" });
    });
  }

  it("changeOwnPassword is refused for anonymous callers and allowed for every role", async () => {
    const before = await snapshot();
    expect(await changeOwnPassword({ currentPassword: PASSWORD, newPassword: "x".repeat(12), confirmPassword: "x".repeat(12) })).toMatchObject({
      ok: false,
      code: "unauthorized",
    });
    expect(await snapshot()).toBe(before);
    for (const who of ["viewer", "editor", "admin"] as const) {
      actAs(who);
      const next = `${who}-new-password-1`;
      const result = await changeOwnPassword({ currentPassword: PASSWORD, newPassword: next, confirmPassword: next }, { ip: "10.0.0.1" });
      expect(result).toEqual({ ok: true });
      const row = await db().user.findUniqueOrThrow({ where: { id: ids[who] } });
      expect(await verifyPassword(next, row.passwordHash)).toBe(true);
      expect(row.passwordChangedAt).not.toBeNull();
      const entry = await db().auditLog.findFirstOrThrow({ where: { action: "user.password.change", actorId: ids[who] } });
      expect(entry).toMatchObject({ entityId: ids[who], ip: "10.0.0.1" });
      // The change ended this session; sign in again and put the password back for the other tests.
      expect(await getCurrentUser()).toBeNull();
      signInAgain(ids[who]);
      expect(await changeOwnPassword({ currentPassword: next, newPassword: PASSWORD, confirmPassword: PASSWORD })).toEqual({ ok: true });
      signInAgain(ids[who]);
    }
  });

  it("never returns a password hash", async () => {
    actAs("admin");
    const results = [
      await createUser({ email: "nohash@test.local", name: "No hash", role: "EDITOR", password: "generate" }),
      await updateUser({ id: ids.target, version: await versionOf(ids.target), name: "Target" }),
      await resetPassword({ id: ids.target, password: "" }),
      await listUsers(),
    ];
    const text = JSON.stringify(results);
    expect(text).not.toMatch(/\$2[aby]\$/);
    expect(text).not.toContain("passwordHash");
  });
});

describe("createUser", () => {
  beforeEach(() => actAs("admin"));

  it("generates a password when asked, shows it once and stores only its hash", async () => {
    const result = await createUser({ email: "  Gen@Test.Local ", name: "Gen", role: "EDITOR", password: "generate" });
    if (!result.ok) throw new Error(result.message);
    expect(result.user).toMatchObject({ email: "gen@test.local", role: "EDITOR", active: true, version: 1 });
    expect(result.generatedPassword).toHaveLength(24);
    const row = await db().user.findUniqueOrThrow({ where: { email: "gen@test.local" } });
    expect(await verifyPassword(result.generatedPassword!, row.passwordHash)).toBe(true);
  });

  it("turns a duplicate e-mail into a field error", async () => {
    const before = await snapshot();
    const result = await createUser({ email: "EDITOR@test.local", name: "Dup", role: "VIEWER", password: "generate" });
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { email: ["emailTaken"] } });
    expect(await snapshot()).toBe(before);
  });

  it("refuses unknown fields, bad e-mails, names and roles", async () => {
    const before = await snapshot();
    const base = { email: "ok@test.local", name: "Ok", role: "VIEWER", password: "generate" };
    expect(await createUser({ ...base, passwordHash: "x" })).toMatchObject({ ok: false, code: "invalid", message: expect.stringContaining("passwordHash") });
    expect(await createUser({ ...base, email: "not-an-email" })).toMatchObject({ fieldErrors: { email: ["email"] } });
    expect(await createUser({ ...base, name: "" })).toMatchObject({ fieldErrors: { name: ["nameLength"] } });
    expect(await createUser({ ...base, name: "n".repeat(101) })).toMatchObject({ fieldErrors: { name: ["nameLength"] } });
    expect(await createUser({ ...base, role: "ROOT" })).toMatchObject({ fieldErrors: { role: ["role"] } });
    expect(await createUser("<script>")).toMatchObject({ ok: false, code: "invalid" });
    expect(await snapshot()).toBe(before);
  });

  it("enforces password length 12–128 (11 and 129 refused, 12 and 128 accepted)", async () => {
    expect(PASSWORD_LIMITS).toEqual({ min: PASSWORD_MIN, max: PASSWORD_MAX });
    const make = (password: string, n: number) => createUser({ email: `len${n}@test.local`, name: "Len", role: "VIEWER", password });
    expect(await make("a".repeat(11), 11)).toMatchObject({ ok: false, fieldErrors: { password: ["passwordTooShort"] } });
    expect(await make("a".repeat(129), 129)).toMatchObject({ ok: false, fieldErrors: { password: ["passwordTooLong"] } });
    expect(await make("a".repeat(12), 12)).toMatchObject({ ok: true, generatedPassword: null });
    expect(await make("a".repeat(128), 128)).toMatchObject({ ok: true });
    expect(await db().user.count({ where: { email: { in: ["len11@test.local", "len129@test.local"] } } })).toBe(0);
  });
});

describe("updateUser", () => {
  beforeEach(() => actAs("admin"));

  it("records the role and active state before and after", async () => {
    const id = await addUser("audited@test.local", "VIEWER");
    const result = await updateUser({ id, version: 1, role: "EDITOR", active: "false" });
    expect(result).toMatchObject({ ok: true, changed: true, user: { role: "EDITOR", active: false, version: 2 } });
    const entry = await db().auditLog.findFirstOrThrow({ where: { action: "user.update", entityId: id } });
    expect(entry.detail).toEqual({
      email: "audited@test.local",
      before: { role: "VIEWER", active: true },
      after: { role: "EDITOR", active: false },
      sessionsEnded: 0,
    });
  });

  it("lets exactly one of two parallel saves of the same version win; the other learns who changed it", async () => {
    const id = await addUser("race@test.local", "VIEWER");
    const results = await Promise.all([updateUser({ id, version: 1, role: "EDITOR" }), updateUser({ id, version: 1, role: "ADMIN" })]);
    const winners = results.filter((r) => r.ok);
    const losers = results.filter((r) => !r.ok);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const loser = losers[0];
    if (loser.ok) throw new Error("unreachable");
    const row = await db().user.findUniqueOrThrow({ where: { id } });
    expect(row.version).toBe(2);
    expect(loser).toMatchObject({
      code: "conflict",
      message: expect.stringContaining("admin@test.local"),
      conflict: { lastChange: { by: "admin@test.local", action: "user.update" }, current: { role: row.role, version: 2 } },
    });
    expect(await db().auditLog.count({ where: { action: "user.update", entityId: id } })).toBe(1);
  });

  it("refuses a stale version without writing", async () => {
    const id = await addUser("stale@test.local", "VIEWER");
    expect((await updateUser({ id, version: 1, name: "Fresh" })).ok).toBe(true);
    const before = await snapshot();
    expect(await updateUser({ id, version: 1, role: "ADMIN" })).toMatchObject({ ok: false, code: "conflict" });
    expect(await snapshot()).toBe(before);
  });

  it("keeps the last active admin: no self-demotion or self-deactivation", async () => {
    const before = await snapshot();
    const demote = await updateUser({ id: ids.admin, version: await versionOf(ids.admin), role: "EDITOR" });
    expect(demote).toMatchObject({ ok: false, code: "last-admin", message: expect.stringContaining("last active admin") });
    const deactivate = await updateUser({ id: ids.admin, version: await versionOf(ids.admin), active: false });
    expect(deactivate).toMatchObject({ ok: false, code: "last-admin" });
    expect(await snapshot()).toBe(before);

    // With a second active admin, stepping down is allowed.
    const second = await addUser("second-admin@test.local", "ADMIN");
    const stepDown = await updateUser({ id: ids.admin, version: await versionOf(ids.admin), role: "EDITOR" });
    expect(stepDown).toMatchObject({ ok: true, user: { role: "EDITOR" } });
    // Restore: the second admin promotes the first back, then removes themselves.
    session.userId = second;
    expect((await updateUser({ id: ids.admin, version: await versionOf(ids.admin), role: "ADMIN" })).ok).toBe(true);
    expect((await updateUser({ id: second, version: await versionOf(second), active: false })).ok).toBe(true);
    // Stepping down ended the first admin's own session too: they sign in again under the restored role.
    actAs("admin");
    expect(await getCurrentUser()).toBeNull();
    signInAgain(ids.admin);
    expect(await getCurrentUser()).toMatchObject({ role: "ADMIN" });
  });

  it("refuses unknown fields and an empty change", async () => {
    const version = await versionOf(ids.target);
    expect(await updateUser({ id: ids.target, version, role: "EDITOR", passwordHash: "x" })).toMatchObject({ ok: false, code: "invalid" });
    expect(await updateUser({ id: ids.target, version })).toMatchObject({ ok: false, code: "invalid" });
    expect(await updateUser({ id: ids.target, version: "abc", role: "EDITOR" })).toMatchObject({ ok: false, fieldErrors: { version: ["invalid"] } });
    expect(await updateUser({ id: "missing", version: 1, role: "EDITOR" })).toMatchObject({ ok: false, code: "not-found" });
  });

  it("makes deactivation take effect at once for the deactivated user's session", async () => {
    const id = await addUser("leaving@test.local", "EDITOR");
    session.userId = id;
    expect(await getCurrentUser()).toMatchObject({ email: "leaving@test.local", role: "EDITOR" });
    actAs("admin");
    const sid = session.sids.get(id)!;
    expect((await updateUser({ id, version: 1, active: false })).ok).toBe(true);
    expect(await db().session.findUniqueOrThrow({ where: { id: sid } })).toMatchObject({ revokedReason: "deactivated" });
    session.userId = id;
    expect(await getCurrentUser()).toBeNull();
    await expect(requirePermission("VIEW_ADMIN")).rejects.toMatchObject({ status: 401 });
    expect(await changeOwnPassword({ currentPassword: PASSWORD, newPassword: "n".repeat(12), confirmPassword: "n".repeat(12) })).toMatchObject({
      code: "unauthorized",
    });
  });

  it("ends the user's sessions on a password reset; a new sign-in works", async () => {
    const id = await addUser("reset-me@test.local", "EDITOR");
    session.userId = id;
    expect(await getCurrentUser()).toMatchObject({ email: "reset-me@test.local" });
    const sid = session.sids.get(id)!;
    actAs("admin");
    expect((await resetPassword({ id, password: "generate" })).ok).toBe(true);
    expect(await db().session.findUniqueOrThrow({ where: { id: sid } })).toMatchObject({ revokedReason: "password-reset" });
    session.userId = id;
    expect(await getCurrentUser()).toBeNull();
    signInAgain(id);
    expect(await getCurrentUser()).toMatchObject({ email: "reset-me@test.local" });
  });

  it("ends the user's sessions on a role change: the next request is anonymous until they sign in again", async () => {
    const id = await addUser("promoted@test.local", "VIEWER");
    session.userId = id;
    expect(await createUser({ email: "by-viewer@test.local", name: "x", role: "VIEWER", password: "generate" })).toMatchObject({ code: "forbidden" });
    actAs("admin");
    const adminSid = session.sids.get(ids.admin);
    expect((await updateUser({ id, version: 1, role: "ADMIN" })).ok).toBe(true);
    expect(await db().auditLog.findFirstOrThrow({ where: { action: "user.update", entityId: id } })).toMatchObject({ detail: { sessionsEnded: 1 } });
    session.userId = id;
    expect(await createUser({ email: "by-promoted@test.local", name: "x", role: "VIEWER", password: "generate" })).toMatchObject({ code: "unauthorized" });
    signInAgain(id);
    expect((await createUser({ email: "by-promoted@test.local", name: "x", role: "VIEWER", password: "generate" })).ok).toBe(true);
    // The acting admin's own session is untouched, and a name-only change ends nobody's session.
    actAs("admin");
    expect(session.sids.get(ids.admin)).toBe(adminSid);
    expect(await getCurrentUser()).toMatchObject({ id: ids.admin });
    const before = await db().session.count({ where: { userId: id, revokedAt: null } });
    expect((await updateUser({ id, version: 2, name: "Renamed" })).ok).toBe(true);
    expect(await db().session.count({ where: { userId: id, revokedAt: null } })).toBe(before);
  });
});
