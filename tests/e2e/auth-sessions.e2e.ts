// Server-side sessions against the production build: a cookie captured while signed in is worthless after sign-out,
// after a role change and after a deactivation (the admin page sends no admin data to it and /api/auth/session
// names nobody), and reading the session never extends it past 8 hours from sign-in.
import { beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { Db } from "../../lib/db-client";
import { useBrowserAndDb } from "./db-support";
import { hashPassword } from "../../lib/auth/password";
import { ACCOUNTS } from "./accounts";
import { newPage, signIn } from "./browser";
import { getWithCookie, httpSignIn } from "./auth-http";

const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const WAIT = { timeout: 30_000 };
let browser: Browser;
let db: Db;

const session = useBrowserAndDb();
beforeAll(() => {
  ({ browser, db } = session);
});

async function addEditor(email: string, password: string) {
  await db.user.create({ data: { email, name: `Session test ${suffix}`, role: "EDITOR", passwordHash: await hashPassword(password) } });
}

const sessionBody = async (cookie: string) => (await getWithCookie("/api/auth/session", cookie)).body;

/** What an editor's admin start page carries: the curated entity counts. */
async function seesAdminData(cookie: string) {
  const { body } = await getWithCookie("/en/admin", cookie);
  return body.includes("entity-counts") || /Investment figures: \d+/.test(body);
}

async function changeUser(admin: Page, email: string, change: { role?: string; active?: "false" }) {
  await admin.goto("/en/admin/users");
  const row = admin.getByTestId(`user-row-${email}`);
  if (change.role) await row.getByLabel(`Role of ${email}`).selectOption(change.role);
  if (change.active) await row.getByLabel(`Status of ${email}`).selectOption(change.active);
  await row.getByRole("button", { name: "Save" }).click();
  await expect.poll(() => row.getByTestId("form-success").textContent(), WAIT).toBe("Saved.");
}

describe("server-side sessions", () => {
  it("refuses a cookie captured before sign-out: no admin data, and /api/auth/session names nobody", async () => {
    const page = await newPage(browser);
    await signIn(page, "ADMIN");
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    // Control: while signed in, the captured cookie opens the users page (admin-only data).
    const before = await getWithCookie("/en/admin/users", cookie);
    expect(before.status).toBe(200);
    expect(before.body).toContain(ACCOUNTS.EDITOR.email);
    expect(await sessionBody(cookie)).toContain(ACCOUNTS.ADMIN.email);

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("link", { name: "Sign in" }).waitFor();

    const after = await getWithCookie("/en/admin/users", cookie);
    expect(after.body).not.toContain(ACCOUNTS.EDITOR.email);
    expect(after.body).not.toContain("user-row-");
    expect([303, 307, 308]).toContain(after.status);
    const session = await sessionBody(cookie);
    expect(session).not.toContain(ACCOUNTS.ADMIN.email);
    expect(JSON.parse(session)).toBeNull();
    // The row says why it ended.
    const user = await db.user.findUniqueOrThrow({ where: { email: ACCOUNTS.ADMIN.email } });
    expect(await db.session.count({ where: { userId: user.id, revokedReason: "sign-out" } })).toBeGreaterThan(0);
  });

  it("never extends a session: /api/auth/session reports the same absolute end, 8 hours after sign-in", async () => {
    const email = `e2e-session-expiry-${suffix}@example.test`;
    await addEditor(email, "session-expiry-password-1");
    const signInAt = Date.now();
    const { cookie, code } = await httpSignIn(email, "session-expiry-password-1");
    expect(code).toBeNull();
    const first = JSON.parse(await sessionBody(cookie)) as { expires: string; user: { email: string } };
    expect(first.user.email).toBe(email);
    await new Promise((r) => setTimeout(r, 1100));
    const second = JSON.parse(await sessionBody(cookie)) as { expires: string };
    expect(second.expires).toBe(first.expires);
    const end = new Date(first.expires).getTime();
    expect(end).toBeGreaterThanOrEqual(signInAt + 8 * 3600_000 - 5_000);
    expect(end).toBeLessThanOrEqual(Date.now() + 8 * 3600_000);
    // Once the row's end has passed, the (still validly signed) cookie is refused.
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    await db.session.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(JSON.parse(await sessionBody(cookie))).toBeNull();
    expect(await seesAdminData(cookie)).toBe(false);
  });

  it("ends a user's sessions when an admin changes their role or deactivates them", async () => {
    const email = `e2e-session-role-${suffix}@example.test`;
    const password = "session-role-password-1";
    await addEditor(email, password);
    const admin = await newPage(browser);
    await signIn(admin, "ADMIN");

    // Role change: the editor's captured cookie stops working at once.
    const beforeRole = await httpSignIn(email, password);
    expect(await seesAdminData(beforeRole.cookie)).toBe(true);
    await changeUser(admin, email, { role: "VIEWER" });
    expect(await seesAdminData(beforeRole.cookie)).toBe(false);
    expect(JSON.parse(await sessionBody(beforeRole.cookie))).toBeNull();

    // Signed in again (now a viewer), then deactivated: that cookie is refused too.
    const beforeDeactivation = await httpSignIn(email, password);
    expect(JSON.parse(await sessionBody(beforeDeactivation.cookie))).toMatchObject({ user: { email, role: "VIEWER" } });
    expect((await getWithCookie("/en/account/password", beforeDeactivation.cookie)).body).toContain(`Signed in as ${email}`);
    await changeUser(admin, email, { active: "false" });
    expect(JSON.parse(await sessionBody(beforeDeactivation.cookie))).toBeNull();
    expect((await getWithCookie("/en/account/password", beforeDeactivation.cookie)).body).not.toContain(email);

    const user = await db.user.findUniqueOrThrow({ where: { email } });
    const reasons = (await db.session.findMany({ where: { userId: user.id }, select: { revokedReason: true } })).map((s) => s.revokedReason).sort();
    expect(reasons).toEqual(["deactivated", "role-change"]);
  });
});
