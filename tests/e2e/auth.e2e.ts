import { describe, expect, it } from "vitest";
import { ACCOUNTS } from "./accounts";
import { baseURL, newPage, signIn, useBrowser } from "./browser";

const session = useBrowser();

describe("sign-in and roles", () => {
  it.each(["ADMIN", "EDITOR"] as const)("lets the %s into /admin, and signs out", async (role) => {
    const page = await newPage(session.browser);
    await signIn(page, role);
    await expect.poll(() => page.getByTestId("signed-in-as").textContent()).toContain(role.toLowerCase());
    const response = await page.goto("/en/admin");
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.locator("h1").textContent()).toBe("Curation");
    await expect.poll(() => page.getByTestId("entity-counts").textContent()).toMatch(/Investment figures: \d+/);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("link", { name: "Sign in" }).waitFor();
    const after = await page.goto("/en/admin");
    expect(after?.url()).toContain("/en/login");
  });

  it("refuses a viewer on the server with 403 and no admin data", async () => {
    const page = await newPage(session.browser);
    await signIn(page, "VIEWER");
    const response = await page.goto("/en/admin");
    expect(response?.status()).toBe(403);
    await expect.poll(() => page.content()).toContain("Your role does not allow access to this page.");
    await expect.poll(() => page.content()).not.toContain("entity-counts");
  });

  it("sends an anonymous visitor to the sign-in page", async () => {
    const res = await fetch(`${baseURL()}/en/admin`, { redirect: "manual" });
    expect([303, 307, 308]).toContain(res.status);
    expect(res.headers.get("location")).toContain("/en/login");
  });

  it("brings a signed-out editor back to the exact admin page asked for after sign-in", async () => {
    const page = await newPage(session.browser);
    await page.goto("/en/admin/sources?q=Stanford");
    await page.waitForURL((u) => u.pathname === "/en/login");
    await expect.poll(() => new URL(page.url()).searchParams.get("next")).toBe("/en/admin/sources?q=Stanford");
    await page.getByLabel("E-mail").fill(ACCOUNTS.EDITOR.email);
    await page.getByLabel("Password").fill(ACCOUNTS.EDITOR.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL((u) => u.pathname === "/en/admin/sources");
    await expect.poll(() => new URL(page.url()).search).toBe("?q=Stanford");
  });

  it("returns to a comparison with commas in its address, and never to another site", async () => {
    for (const [next, landing] of [
      ["/en/compare?j=EU,US,CN", "/en/compare?j=EU,US,CN"],
      ["//evil.example/en", "/en"],
    ] as const) {
      const page = await newPage(session.browser);
      await page.goto(`/en/login?next=${encodeURIComponent(next)}`);
      await page.getByLabel("E-mail").fill(ACCOUNTS.VIEWER.email);
      await page.getByLabel("Password").fill(ACCOUNTS.VIEWER.password);
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await page.waitForURL((u) => !u.pathname.endsWith("/login"));
      const url = new URL(page.url());
      expect(url.origin).toBe(new URL(baseURL()).origin);
      expect(`${url.pathname}${url.search}`).toBe(landing);
    }
  });

  it("says clearly when the password is wrong, without revealing which part", async () => {
    const page = await newPage(session.browser);
    await page.goto("/en/login");
    await page.getByLabel("E-mail").fill("editor@govatlas.local");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect.poll(() => page.getByText("E-mail or password is wrong").count()).toBe(1);
    await expect.poll(() => page.url()).toContain("/en/login");
  });

  it("never sends a password hash or the secret in the session", async () => {
    const page = await newPage(session.browser);
    await signIn(page, "ADMIN");
    const body = await page.evaluate(() => fetch("/api/auth/session").then((r) => r.text()));
    expect(body).toContain("admin@govatlas.local");
    expect(body).not.toMatch(/\$2[aby]\$|\$argon2/);
    expect(body).not.toContain("passwordHash");
  });

  it("sends security headers", async () => {
    const res = await fetch(`${baseURL()}/en`);
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("strict-transport-security")).toContain("max-age");
  });
});
