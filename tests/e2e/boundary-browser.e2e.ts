// The boundary in a real browser. (1) Cross-site request forgery: a page served from another port of the same
// host (same site, so SameSite=Lax cookies go along) tries to publish a record through the signed-in admin's
// browser with a text/plain form post and a no-cors fetch; both are refused and the database is unchanged.
// (2) Content-Security-Policy without 'unsafe-inline': cached and uncached pages hydrate (client-only controls
// work) with no violation, and a script injected into the page is blocked.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { baseURL, newPage, signIn, textOf } from "./browser";
import { useBrowserAndDb } from "./db-support";
import { serveOnOtherPort, type OtherOrigin } from "./other-origin-support";

const session = useBrowserAndDb();
let evil: OtherOrigin | undefined;
let evilOrigin = "";
let admin: Page;
const key = `QX${Math.floor(1000 + Math.random() * 9000)}`;

/** The attacker's page: posts to the app as soon as it loads. */
function attackPage(target: string): string {
  const values = JSON.stringify({ values: { key, title: `Forged ${key}`, language: "en", kind: "OTHER", isSeedArticle: false }, publish: true });
  // A text/plain form whose field name and value join into JSON: `{"values":…,"x":"="}`.
  const name = values.slice(0, -1) + ',"x":"';
  return `<!doctype html><html><body>
<form id="f" method="POST" enctype="text/plain" action="${target}/api/admin/records/sources">
  <input type="hidden" name='${name.replace(/'/g, "&#39;")}' value='"}'>
</form>
<script>
  fetch(${JSON.stringify(`${target}/api/admin/records/sources`)}, { method: "POST", mode: "no-cors", credentials: "include",
    headers: { "content-type": "text/plain; application/json" }, body: ${JSON.stringify(values)} })
    .then(() => { document.title = "fetched"; }, () => { document.title = "fetch failed"; })
    .finally(() => document.getElementById("f").submit());
</script></body></html>`;
}

beforeAll(async () => {
  admin = await newPage(session.browser);
  await signIn(admin, "ADMIN");
  // Another port of the same host as the app.
  evil = await serveOnOtherPort(() => attackPage(baseURL()));
  evilOrigin = evil.origin;
}, 120_000);

afterAll(() => evil?.close());

describe("cross-site request forgery", () => {
  it("a page on another port cannot write with the signed-in admin's cookies", async () => {
    const before = await session.db.source.count();
    const seen: { status: number; url: string }[] = [];
    admin.on("response", (r) => {
      if (r.url().includes("/api/admin/records")) seen.push({ status: r.status(), url: r.url() });
    });
    await admin.goto(`${evilOrigin}/`);
    // The form post navigates to the app's answer: a refusal with a message.
    await admin.waitForURL((u) => u.pathname === "/api/admin/records/sources");
    await expect.poll(() => admin.locator("body").textContent()).toContain("sent from another site");
    expect(seen.length).toBe(2);
    expect(seen.every((r) => r.status === 403)).toBe(true);
    expect(await session.db.source.count({ where: { key } })).toBe(0);
    expect(await session.db.source.count()).toBe(before);
  });
});

describe("Content-Security-Policy without 'unsafe-inline'", () => {
  async function watch(page: Page) {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to execute/i.test(m.text())) violations.push(m.text());
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        (window as unknown as { __csp: string[] }).__csp ??= [];
        (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    return violations;
  }

  it("public pages (from the shared cache too) hydrate with no violation", async () => {
    // A fresh browser each time: a browser that has the page revalidates it (If-None-Match), which the shared
    // cache leaves to Next; a first visit is what the cache answers.
    let page: Page | undefined;
    let violations: string[] = [];
    let cacheHeader: string | undefined;
    for (let i = 0; i < 6 && cacheHeader !== "HIT"; i++) {
      page = await newPage(session.browser);
      violations = await watch(page);
      const res = await page.goto("/en");
      cacheHeader = res?.headers()["x-govatlas-cache"];
      const csp = res?.headers()["content-security-policy"] ?? "";
      expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    }
    expect(cacheHeader).toBe("HIT");
    page = page!;
    // Client-only behaviour: the CSV export is built in the browser after hydration.
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "CSV" }).first().click();
    const csv = await (await download).createReadStream();
    const text = await new Promise<string>((resolve) => {
      let s = "";
      csv.on("data", (c: Buffer) => (s += c.toString()));
      csv.on("end", () => resolve(s));
    });
    expect(text.split("\n").length).toBeGreaterThan(2);
    expect(violations).toEqual([]);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])).toEqual([]);
  });

  it("signed-in pages hydrate too (the admin form validates in the browser)", async () => {
    const page = await newPage(session.browser);
    const violations = await watch(page);
    await signIn(page, "ADMIN");
    const actions: string[] = [];
    page.on("request", (r) => {
      if (r.headers()["next-action"]) actions.push(r.url());
    });
    await page.goto("/en/admin/sources/new");
    const form = page.getByTestId("entity-form");
    await form.getByLabel(/^Key/).fill("not a key");
    await form.getByLabel(/^Title \*/).fill("Hydration check");
    await form.getByLabel(/^Language/).fill("en");
    await form.getByRole("button", { name: "Save", exact: true }).click();
    // The shared zod schema answers in the browser, without a request: only a hydrated form does that.
    await expect.poll(textOf(form)).toContain("A source key such as S1, R42 or X1.");
    expect(actions).toEqual([]);
    expect(violations).toEqual([]);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])).toEqual([]);
  });

  it("blocks a script injected into the page", async () => {
    const page = await newPage(session.browser);
    const violations = await watch(page);
    await page.goto("/en/sources");
    await page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.__injected = true";
      document.body.appendChild(s);
    });
    await expect.poll(() => page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected ?? false)).toBe(false);
    await expect.poll(() => page.evaluate(() => ((window as unknown as { __csp?: string[] }).__csp ?? []).join(" "))).toContain("script-src");
    expect(violations.join(" ")).toMatch(/Content Security Policy/);
  });
});
