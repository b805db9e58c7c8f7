// Passwords in user management against a real, migrated SQLite database: an admin's reset and a user's own
// change, with their checks, sign-in locks and audit rows. Only `auth()` is mocked (support/session-auth.ts).
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  // Before any lib module reads the environment.
  process.env.DATABASE_URL = `file:${process.env.TMPDIR ?? "/tmp"}/govatlas-users-passwords-test-${process.pid}-${Date.now()}.db`;
});
vi.mock("@/lib/auth/auth", () => import("./support/session-auth"));

import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { getCurrentUser } from "@/lib/auth/current-user";
import { createSession } from "@/lib/auth/sessions";
import { changeOwnPassword, resetPassword } from "@/lib/mutations/users";
import { session } from "./support/session-auth";
import { PASSWORD, actAs, addUser, ids, setUpUserAccounts } from "./support/users";

setUpUserAccounts();

describe("resetPassword", () => {
  it("sets an admin-chosen password or generates one, and lifts the account's sign-in lock", async () => {
    actAs("admin");
    await db().loginThrottle.create({
      data: { key: "acct:target@test.local", failures: 12, windowStart: new Date(), nextAttemptAt: new Date(Date.now() + 60_000) },
    });
    await db().loginThrottle.create({
      data: { key: "pair:192.0.2.9|target@test.local", failures: 5, windowStart: new Date(), lockedUntil: new Date(Date.now() + 60_000) },
    });
    await db().loginThrottle.create({
      data: { key: "pair:192.0.2.9|other-target@test.local", failures: 5, windowStart: new Date(), lockedUntil: new Date(Date.now() + 60_000) },
    });
    const chosen = await resetPassword({ id: ids.target, password: "chosen-by-admin-1" });
    expect(chosen).toEqual({ ok: true, generatedPassword: null });
    let row = await db().user.findUniqueOrThrow({ where: { id: ids.target } });
    expect(await verifyPassword("chosen-by-admin-1", row.passwordHash)).toBe(true);
    expect(await db().loginThrottle.count({ where: { key: { in: ["acct:target@test.local", "pair:192.0.2.9|target@test.local"] } } })).toBe(0);
    // Someone else's lock stays.
    expect(await db().loginThrottle.count({ where: { key: "pair:192.0.2.9|other-target@test.local" } })).toBe(1);

    const generated = await resetPassword({ id: ids.target, password: "generate" });
    if (!generated.ok || !generated.generatedPassword) throw new Error("expected a generated password");
    row = await db().user.findUniqueOrThrow({ where: { id: ids.target } });
    expect(await verifyPassword(generated.generatedPassword, row.passwordHash)).toBe(true);
    expect(await resetPassword({ id: ids.target, password: "short" })).toMatchObject({ fieldErrors: { password: ["passwordTooShort"] } });
    expect(await resetPassword({ id: "missing", password: "generate" })).toMatchObject({ code: "not-found" });
  });
});

describe("changeOwnPassword", () => {
  it("checks the current password, the confirmation and the length, leaving the hash unchanged on error", async () => {
    const id = await addUser("self@test.local", "VIEWER");
    session.userId = id;
    const before = (await db().user.findUniqueOrThrow({ where: { id } })).passwordHash;
    const change = (currentPassword: string, newPassword: string, confirmPassword = newPassword) =>
      changeOwnPassword({ currentPassword, newPassword, confirmPassword });
    expect(await change(PASSWORD, "b".repeat(11))).toMatchObject({ fieldErrors: { newPassword: ["passwordTooShort"] } });
    expect(await change(PASSWORD, "b".repeat(129))).toMatchObject({ fieldErrors: { newPassword: ["passwordTooLong"] } });
    expect(await change(PASSWORD, "b".repeat(12), "c".repeat(12))).toMatchObject({ fieldErrors: { confirmPassword: ["passwordMismatch"] } });
    expect(await change(PASSWORD, PASSWORD)).toMatchObject({ fieldErrors: { newPassword: ["passwordUnchanged"] } });
    expect(await changeOwnPassword({ currentPassword: PASSWORD, newPassword: "b".repeat(12), confirmPassword: "b".repeat(12), role: "ADMIN" })).toMatchObject({
      code: "invalid",
    });
    expect(await change("wrong-password-1", "b".repeat(12))).toMatchObject({ code: "invalid", fieldErrors: { currentPassword: ["wrongPassword"] } });
    expect((await db().user.findUniqueOrThrow({ where: { id } })).passwordHash).toBe(before);
    const otherDevice = await createSession(db(), id, "203.0.113.3");
    expect(await change(PASSWORD, "b".repeat(12))).toEqual({ ok: true });
    // Every session of the user ends, this one and the one on another device.
    expect(await getCurrentUser()).toBeNull();
    expect(await db().session.findUniqueOrThrow({ where: { id: otherDevice } })).toMatchObject({ revokedReason: "password-change" });
  });

  it("verifies no more than five of 20 parallel guesses of the current password", async () => {
    const id = await addUser("racer@test.local", "EDITOR");
    session.userId = id;
    const guesses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => changeOwnPassword({ currentPassword: `guess-${i}`, newPassword: "e".repeat(12), confirmPassword: "e".repeat(12) })),
    );
    expect(guesses.filter((r) => !r.ok && r.code === "invalid")).toHaveLength(5);
    expect(guesses.filter((r) => !r.ok && r.code === "locked")).toHaveLength(15);
    expect(await db().auditLog.count({ where: { actorId: id, action: "user.password.change.failure" } })).toBe(5);
  });

  it("locks after five wrong current passwords, even for the right one, and audits the attempts", async () => {
    const id = await addUser("guesser@test.local", "EDITOR");
    session.userId = id;
    for (let i = 0; i < 5; i++) {
      expect(await changeOwnPassword({ currentPassword: `guess-${i}`, newPassword: "d".repeat(12), confirmPassword: "d".repeat(12) })).toMatchObject({
        fieldErrors: { currentPassword: ["wrongPassword"] },
      });
    }
    const locked = await changeOwnPassword({ currentPassword: PASSWORD, newPassword: "d".repeat(12), confirmPassword: "d".repeat(12) });
    expect(locked).toMatchObject({ ok: false, code: "locked", lockedUntil: expect.any(String) });
    expect(await db().auditLog.count({ where: { actorId: id, action: "user.password.change.failure" } })).toBe(5);
    expect(await db().auditLog.count({ where: { actorId: id, action: "user.password.change.locked" } })).toBe(1);
    const row = await db().user.findUniqueOrThrow({ where: { id } });
    expect(await verifyPassword(PASSWORD, row.passwordHash)).toBe(true);
  });
});
