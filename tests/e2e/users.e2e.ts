// User management, own-password change and the audit log in a real browser. Runs against a shared server:
// every account made here has a random suffix, and the demo accounts' passwords are never changed.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { baseURL, launchBrowser, newPage, seriousA11yViolations, signIn, submitSignIn } from "./browser";

const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const editorEmail = `e2e-editor-${suffix}@example.test`;
const editorPassword = `first-password-${suffix}`;
const selfEmail = `e2e-self-${suffix}@example.test`;
const unknownEmail = `e2e-nobody-${suffix}@example.test`;
// A documentation-range address per run, so that this test's failed sign-in never counts against the IP that
// the other browser tests sign in from.
const testIp = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;

// Generous limits: against a shared `next dev` server the first visit of a page compiles it.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 120_000 });
const WAIT = { timeout: 30_000 };

let browser: Browser;
let admin: Page;
const contexts: BrowserContext[] = [];

async function freshPage(headers?: Record<string, string>): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseURL(), viewport: { width: 1280, height: 900 }, extraHTTPHeaders: headers });
  contexts.push(context);
  context.setDefaultTimeout(90_000);
  return context.newPage();
}

/** Creates a user through the form; returns the one-time password when none was typed. */
async function createUser(email: string, role: "admin" | "editor" | "viewer", password = "", name = `E2E ${role}`): Promise<string> {
  await admin.goto("/en/admin/users");
  const form = admin.getByTestId("create-user-form");
  await form.getByLabel("E-mail").fill(email);
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Role").selectOption({ label: role });
  await form.getByLabel("Initial password (optional)").fill(password);
  await form.getByRole("button", { name: "Create user" }).click();
  await expect.poll(() => form.getByTestId("form-success").textContent(), WAIT).toBe(`Created ${email}.`);
  if (password) return password;
  const shown = (await form.getByTestId("one-time-password").textContent())!.trim();
  expect(shown).toHaveLength(24);
  return shown;
}

/** Deactivates a user through their row in the users list (on the admin's page, which shows the list). */
async function deactivate(email: string) {
  const row = admin.getByTestId(`user-row-${email}`);
  await row.getByLabel(`Status of ${email}`).selectOption("false");
  await row.getByRole("button", { name: "Save" }).click();
  await expect.poll(() => row.getByTestId("form-success").textContent(), WAIT).toBe("Saved.");
  await expect.poll(() => row.getByTestId("user-status").textContent(), WAIT).toBe("Deactivated");
}

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await newPage(browser);
  admin.context().setDefaultTimeout(90_000);
  await signIn(admin, "ADMIN");
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe("user management", () => {
  it("lets an admin create a user who can sign in, and a deactivation locks them out at once", async () => {
    await createUser(editorEmail, "editor", editorPassword);
    const row = admin.getByTestId(`user-row-${editorEmail}`);
    await expect.poll(() => row.textContent()).toContain("E2E editor");
    await expect.poll(() => row.getByLabel(`Role of ${editorEmail}`).inputValue()).toBe("EDITOR");

    const editor = await freshPage();
    await submitSignIn(editor, editorEmail, editorPassword);
    await editor.waitForURL((url) => !url.pathname.endsWith("/login"));
    expect((await editor.goto("/en/admin"))?.status()).toBe(200);
    await expect.poll(() => editor.locator("h1").textContent()).toBe("Curation");

    await deactivate(editorEmail);

    // Same session cookie as before: the next admin request is refused (sent to sign in), with no admin data.
    await editor.goto("/en/admin");
    await expect.poll(() => new URL(editor.url()).pathname).toBe("/en/login");
    await expect.poll(() => editor.content()).not.toContain("entity-counts");
  });

  it("shows a generated password once and refuses a duplicate e-mail next to the field", async () => {
    const email = `e2e-generated-${suffix}@example.test`;
    const password = await createUser(email, "viewer");
    await admin.reload();
    await expect.poll(() => admin.getByTestId("one-time-password").count()).toBe(0);
    await expect.poll(() => admin.content()).not.toContain(password);

    const form = admin.getByTestId("create-user-form");
    await form.getByLabel("E-mail").fill(email.toUpperCase());
    await form.getByLabel("Name").fill("Duplicate");
    await form.getByRole("button", { name: "Create user" }).click();
    await expect.poll(() => form.getByTestId("error-email").textContent(), WAIT).toBe("A user with this e-mail address already exists.");
    const described = await form.getByLabel("E-mail").getAttribute("aria-describedby");
    await expect.poll(() => admin.locator(`#${described}`).textContent()).toContain("already exists");
    await expect.poll(() => form.getByLabel("Name").inputValue()).toBe("Duplicate");
  });

  it("answers a stale save with a conflict that names who changed the user, beside the admin's own choice", async () => {
    const email = `e2e-conflict-${suffix}@example.test`;
    await createUser(email, "viewer");
    const other = await admin.context().newPage(); // a second tab, opened before the first tab saves
    await other.goto("/en/admin/users");
    await admin.reload();

    const first = admin.getByTestId(`role-form-${email}`);
    await first.getByLabel(`Role of ${email}`).selectOption("EDITOR");
    await first.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => first.getByTestId("form-success").textContent(), WAIT).toBe("Saved.");

    const stale = other.getByTestId(`role-form-${email}`);
    await stale.getByLabel(`Role of ${email}`).selectOption("ADMIN");
    await stale.getByRole("button", { name: "Save" }).click();
    const conflict = stale.getByTestId("conflict");
    await expect.poll(() => conflict.textContent(), WAIT).toContain("admin@govatlas.local changed this user at");
    await expect.poll(() => conflict.textContent()).toContain("Saved now: editor, Active.");
    await expect.poll(() => conflict.textContent()).toContain("Yours: admin, Active.");
    await expect.poll(() => stale.getByLabel(`Role of ${email}`).inputValue()).toBe("ADMIN");

    // "Keep theirs" puts their values in the form; nothing was overwritten in the meantime.
    await conflict.getByRole("button", { name: "Keep theirs" }).click();
    await expect.poll(() => stale.getByLabel(`Role of ${email}`).inputValue()).toBe("EDITOR");
    await other.reload();
    await expect.poll(() => other.getByTestId(`role-form-${email}`).getByLabel(`Role of ${email}`).inputValue()).toBe("EDITOR");
    await other.close();
  });

  it("lets a user change their own password: a wrong current one is flagged at the field, then the new one works", async () => {
    const first = await createUser(selfEmail, "viewer");
    const page = await freshPage();
    await submitSignIn(page, selfEmail, first);
    await page.waitForURL((url) => !url.pathname.endsWith("/login"));
    await page.goto("/en/account/password");
    await expect.poll(() => page.locator("h1").textContent()).toBe("Change your password");
    expect(await seriousA11yViolations(page)).toEqual([]);

    const next = `changed-password-${suffix}`;
    await page.getByLabel("Current password").fill("not-my-password-1");
    await page.getByLabel("New password", { exact: true }).fill(next);
    await page.getByLabel("Repeat the new password").fill(next);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect.poll(() => page.getByTestId("error-currentPassword").textContent(), WAIT).toBe("The current password is wrong.");
    const current = page.getByLabel("Current password");
    await expect.poll(() => current.getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => current.getAttribute("aria-describedby")).toBe("pw-currentPassword-error");

    await page.getByLabel("Current password").fill(first);
    await page.getByLabel("New password", { exact: true }).fill("too-short");
    await page.getByLabel("Repeat the new password").fill("too-short");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect.poll(() => page.getByTestId("error-newPassword").textContent(), WAIT).toBe("The password must have at least 12 characters.");

    await page.getByLabel("Current password").fill(first);
    await page.getByLabel("New password", { exact: true }).fill(next);
    await page.getByLabel("Repeat the new password").fill(next);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect.poll(() => page.getByTestId("form-success").textContent(), WAIT).toContain("Your password has been changed.");

    const again = await freshPage();
    await submitSignIn(again, selfEmail, next);
    await again.waitForURL((url) => !url.pathname.endsWith("/login"));
    await again.goto("/en/account/password");
    await expect.poll(() => again.locator("main").textContent()).toContain(`Signed in as ${selfEmail}.`);
  });

  it("sends an anonymous visitor of the password page to sign in, with the page as the way back", async () => {
    const res = await fetch(`${baseURL()}/en/account/password`, { redirect: "manual" });
    expect([303, 307, 308]).toContain(res.status);
    expect(res.headers.get("location")).toContain(`/en/login?next=${encodeURIComponent("/en/account/password")}`);
  });
});

describe("audit log", () => {
  it("lists failed sign-ins with actor and IP, and filters by action and actor through the URL", async () => {
    // A forged X-Forwarded-For is ignored (no proxy is trusted here): the audit shows the real peer address.
    const stranger = await freshPage({ "x-forwarded-for": testIp, "x-govatlas-client-ip": testIp });
    await submitSignIn(stranger, unknownEmail, "whatever-password-1");
    await expect.poll(() => stranger.getByText("E-mail or password is wrong").count(), WAIT).toBe(1);

    await admin.goto("/en/admin/audit");
    await expect.poll(() => admin.locator("h1").textContent()).toBe("Audit log");
    const filters = admin.getByTestId("audit-filters");
    await filters.getByLabel("Action").selectOption("auth.signin.failure");
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await admin.waitForURL((url) => url.searchParams.get("action") === "auth.signin.failure");
    const actions = () => admin.getByTestId("audit-action").allTextContents();
    await expect.poll(async () => (await actions()).length).toBeGreaterThan(0);
    await expect.poll(async () => new Set(await actions())).toEqual(new Set(["auth.signin.failure"]));
    await expect.poll(() => admin.getByTestId("audit-actor").allTextContents()).toContain(unknownEmail);

    await filters.getByLabel("Actor e-mail contains").fill(`nobody-${suffix}`);
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await admin.waitForURL((url) => url.searchParams.get("actor") === `nobody-${suffix}`);
    await expect.poll(() => admin.getByTestId("audit-row").count(), WAIT).toBe(1);
    const row = admin.getByTestId("audit-row");
    await expect.poll(() => row.getByTestId("audit-actor").textContent()).toBe(unknownEmail);
    await expect.poll(() => row.textContent()).toContain("127.0.0.1");
    await expect.poll(() => row.textContent()).not.toContain(testIp);
    await expect.poll(() => row.getByTestId("audit-detail").textContent()).toContain('"reason": "unknown-account"');
    expect(await seriousA11yViolations(admin)).toEqual([]);

    await admin.goBack();
    await admin.waitForURL((url) => !url.searchParams.has("actor") || url.searchParams.get("actor") === "");
    await expect.poll(() => admin.getByTestId("audit-filters").getByLabel("Action").inputValue()).toBe("auth.signin.failure");
    await expect.poll(() => admin.getByTestId("audit-filters").getByLabel("Actor e-mail contains").inputValue(), WAIT).toBe("");
    await expect.poll(() => admin.getByTestId("audit-row").count()).toBeGreaterThanOrEqual(1);
  });

  it("records an admin's user changes, newest first", async () => {
    const audited = `e2e-audited-${suffix}@example.test`;
    await createUser(audited, "editor", `audited-password-${suffix}`);
    await deactivate(audited);
    await admin.goto(`/en/admin/audit?actor=admin%40govatlas.local&entityType=User`);
    await expect.poll(() => admin.getByTestId("audit-action").allTextContents()).toEqual(expect.arrayContaining(["user.create", "user.update"]));
    const times = await admin.locator("[data-testid=audit-row] time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime")!));
    expect([...times].sort().reverse()).toEqual(times);
    const update = admin.getByTestId("audit-row").filter({ hasText: "user.update" }).filter({ hasText: audited }).first();
    await expect.poll(() => update.getByTestId("audit-detail").textContent()).toMatch(/"before":[\s\S]*"active": true[\s\S]*"after":[\s\S]*"active": false/);
  });

  it("shows markup typed into a name as text, in the users list and in the audit detail", async () => {
    const email = `e2e-markup-${suffix}@example.test`;
    const name = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;
    await createUser(email, "viewer", "", name);
    await admin.reload();
    await expect.poll(() => admin.getByTestId(`user-row-${email}`).textContent()).toContain(name);
    await admin.goto(`/en/admin/audit?action=user.create&actor=admin%40govatlas.local`);
    const detail = admin.getByTestId("audit-row").filter({ hasText: email }).getByTestId("audit-detail");
    await expect.poll(() => detail.textContent()).toContain(JSON.stringify(name).slice(1, -1));
    await expect.poll(() => admin.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect.poll(() => admin.locator("main img, main script").count()).toBe(0);
  });

  it("shows a notice for bad filter values and still lists the log", async () => {
    await admin.goto("/en/admin/audit?from=abc&to=2024-02-30&page=-3&action=no.such.action");
    const notices = admin.getByTestId("audit-notices");
    await expect.poll(() => notices.textContent()).toContain("“abc” is not a valid value for from.");
    await expect.poll(() => notices.textContent()).toContain("“2024-02-30” is not a valid value for to.");
    await expect.poll(() => notices.textContent()).toContain("“no.such.action” does not occur in the log as action.");
    await expect.poll(() => admin.getByTestId("audit-page").textContent()).toMatch(/^Page 1 of \d+$/);
    await expect.poll(() => admin.getByTestId("audit-row").count()).toBeGreaterThan(0);
  });
});

describe("access to user management and the audit log", () => {
  it.each(["VIEWER", "EDITOR"] as const)("refuses a %s with 403 on /admin/users and /admin/audit", async (role) => {
    const page = await newPage(browser);
    page.context().setDefaultTimeout(90_000);
    await signIn(page, role);
    for (const path of ["/en/admin/users", "/en/admin/audit"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await expect.poll(() => page.content()).toContain("Your role does not allow access to this page.");
      await expect.poll(() => page.content()).not.toContain("admin@govatlas.local");
    }
    await page.context().close();
  });

  it("sends anonymous visitors to the sign-in page", async () => {
    for (const path of ["/en/admin/users", "/en/admin/audit"]) {
      const res = await fetch(`${baseURL()}${path}`, { redirect: "manual" });
      expect([303, 307, 308]).toContain(res.status);
      expect(res.headers.get("location")).toContain("/en/login");
    }
  });

  it("has no serious accessibility violations on the users page, fits 375 px and is translated", async () => {
    await admin.goto("/en/admin/users");
    expect(await seriousA11yViolations(admin)).toEqual([]);
    const narrow = await admin.context().newPage();
    await narrow.setViewportSize({ width: 375, height: 800 });
    for (const path of ["/en/admin/users", "/en/admin/audit"]) {
      await narrow.goto(path);
      await expect.poll(() => narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    }
    await narrow.goto("/zh/admin/users");
    await expect.poll(() => narrow.locator("h1").textContent()).toBe("用户");
    await expect.poll(() => narrow.getByTestId("create-user-form").textContent()).toContain("创建用户");
    await narrow.close();
  });
});
