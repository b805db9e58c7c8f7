// The sign-in throttle against the production build, over real HTTP: 40 parallel wrong passwords get no more
// than the (account, address) limit verified, the right password is then refused from that address, and an admin
// sees the lock on /admin/sign-in-locks, clears it (audited), after which the pair signs in again. The lock page is
// for admins only: anonymous visitors and viewers get none of its data.
import { beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import type { Db } from "../../lib/db-client";
import { useBrowserAndDb } from "./db-support";
import { hashPassword } from "../../lib/auth/password";
import { THROTTLE } from "../../lib/auth/throttle";
import { baseURL, newPage, signIn } from "./browser";
import { getWithCookie, httpSignIn } from "./auth-http";

const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const email = `e2e-throttle-${suffix}@example.test`;
const password = `throttle-password-${suffix}`;
const WAIT = { timeout: 30_000 };
let browser: Browser;
let db: Db;

const session = useBrowserAndDb();
beforeAll(async () => {
  ({ browser, db } = session);
  await db.user.create({ data: { email, name: "Throttle test", role: "EDITOR", passwordHash: await hashPassword(password) } });
});

describe("sign-in throttle over HTTP", () => {
  it("verifies at most the limit of 40 parallel wrong passwords, then refuses even the right one from there", async () => {
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => httpSignIn(email, `wrong-password-${i}`)));
    const codes = results.map((r) => r.code);
    expect(codes.every((c) => c === "credentials" || c === "locked")).toBe(true);
    expect(codes.filter((c) => c === "credentials")).toHaveLength(THROTTLE.pair.max);
    // The audit log has one row per verified password: no more than the limit were checked.
    expect(await db.auditLog.count({ where: { action: "auth.signin.failure", actorEmail: email } })).toBe(THROTTLE.pair.max);
    expect(await db.auditLog.count({ where: { action: "auth.signin.locked", actorEmail: email } })).toBe(40 - THROTTLE.pair.max);

    const right = await httpSignIn(email, password);
    expect(right.code).toBe("locked");
    expect(JSON.parse((await getWithCookie("/api/auth/session", right.cookie)).body)).toBeNull();
  });

  it("shows the sign-in form's message for a locked address", async () => {
    const page = await newPage(browser);
    await page.goto("/en/login");
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect.poll(() => page.getByText("Too many failed attempts from this address.").count(), WAIT).toBe(1);
  });

  it("sends no lock data to anonymous visitors or viewers", async () => {
    const anonymous = await fetch(`${baseURL()}/en/admin/sign-in-locks`, { redirect: "manual" });
    const body = await anonymous.text();
    expect([303, 307, 308]).toContain(anonymous.status);
    expect(body).not.toContain(email);
    const viewer = await newPage(browser);
    await signIn(viewer, "VIEWER");
    const response = await viewer.goto("/en/admin/sign-in-locks");
    expect(response?.status()).toBe(403);
    await expect.poll(() => viewer.content()).not.toContain(email);
  });

  it("lets an admin see and clear the lock (audited); the pair then signs in again", async () => {
    const admin = await newPage(browser);
    await signIn(admin, "ADMIN");
    await admin.goto("/en/admin/users");
    await admin.getByRole("link", { name: "Sign-in locks" }).click();
    await admin.waitForURL((u) => u.pathname === "/en/admin/sign-in-locks");
    await expect.poll(() => admin.locator("h1").textContent()).toBe("Sign-in locks");
    const row = admin.getByTestId("sign-in-lock-row").filter({ hasText: `${email} from` });
    await expect.poll(() => row.count()).toBe(1);
    await expect.poll(() => row.textContent()).toContain("Locked until");
    await expect.poll(() => row.textContent()).toContain(String(THROTTLE.pair.max));

    await row.getByRole("button", { name: "Clear" }).click();
    await expect
      .poll(
        () =>
          admin
            .getByTestId("sign-in-lock-row")
            .filter({ hasText: `${email} from` })
            .count(),
        WAIT,
      )
      .toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "auth.throttle.clear", entityId: { contains: email } } });
    expect(audit).toMatchObject({ actorEmail: "admin@govatlas.local", detail: { kind: "pair", email, failures: THROTTLE.pair.max } });

    const again = await httpSignIn(email, password);
    expect(again.code).toBeNull();
    expect(again.location.pathname).toBe("/en");
    expect(JSON.parse((await getWithCookie("/api/auth/session", again.cookie)).body)).toMatchObject({ user: { email } });
  });

  it("is translated", async () => {
    const admin = await newPage(browser);
    await signIn(admin, "ADMIN", "zh");
    await admin.goto("/zh/admin/sign-in-locks");
    await expect.poll(() => admin.locator("h1").textContent()).toBe("登录锁定");
  });
});
