// The production server's shared page cache against the real app: cached public pages are answered by it, and a
// published change (through an admin form, i.e. a server action, and through the JSON API, a route handler)
// shows on the very next request.
import { describe, expect, it } from "vitest";
import { baseURL, newPage, signIn, useBrowser } from "./browser";

const session = useBrowser();

/** A plain visitor's request: no cookies, as a first visit or a link from elsewhere. */
async function visit(path: string) {
  const res = await fetch(`${baseURL()}${path}`);
  return { cache: res.headers.get("x-govatlas-cache"), html: await res.text() };
}

/** Asks until the page comes from the shared cache (the first request may render it or find it stale). */
async function cachedVisit(path: string) {
  await expect.poll(async () => (await visit(path)).cache).toBe("HIT");
  return visit(path);
}

describe("shared page cache", () => {
  it("serves cached public pages and shows a published change on the next request", async () => {
    const key = `ZC${Math.floor(1000 + Math.random() * 9000)}`;
    const title = `Cache check source ${key}`;
    const before = await cachedVisit("/en/sources");
    expect(before.html).not.toContain(title);

    const admin = await newPage(session.browser);
    await signIn(admin, "ADMIN");
    await admin.goto("/en/admin/sources/new");
    const form = admin.getByTestId("entity-form");
    await form.getByLabel(/^Key/).fill(key);
    await form.getByLabel(/^Title \*/).fill(title);
    await form.getByLabel(/^Language/).fill("en");
    await form.getByRole("button", { name: "Save and publish", exact: true }).click();
    await admin.waitForURL(/\/admin\/sources\/c[a-z0-9]+$/);
    const id = admin.url().split("/").pop()!;

    const afterForm = await visit("/en/sources");
    expect(afterForm.cache).toBeNull();
    expect(afterForm.html).toContain(title);
    expect((await cachedVisit("/en/sources")).html).toContain(title);

    const renamed = `${title} (renamed)`;
    const res = await admin.request.put(`/api/admin/records/sources/${id}`, {
      data: { version: 1, values: { key, title: renamed, language: "en", kind: "OTHER", isSeedArticle: false } },
    });
    expect(res.status()).toBe(200);
    const afterApi = await visit("/en/sources");
    expect(afterApi.cache).toBeNull();
    expect(afterApi.html).toContain(renamed);
  });

  it("ignores forged forwarded headers, so no cached page names another site", async () => {
    const forged = { "x-forwarded-host": "evil.example", "x-forwarded-proto": "http", "x-forwarded-port": "8080" };
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${baseURL()}/en/timeline`, { headers: forged });
      await res.text();
      expect(res.headers.get("link") ?? "").not.toContain("evil.example");
      expect(res.headers.get("link") ?? "").toContain(new URL(baseURL()).host);
    }
    const plain = await fetch(`${baseURL()}/en/timeline`);
    expect(plain.headers.get("link") ?? "").not.toContain("evil.example");
  });

  it("never answers a signed-in page from the shared cache", async () => {
    const admin = await newPage(session.browser);
    await signIn(admin, "ADMIN");
    for (let i = 0; i < 2; i++) {
      const res = await admin.request.get("/en/admin/users");
      expect(res.status()).toBe(200);
      expect(res.headers()["x-govatlas-cache"]).toBeUndefined();
    }
  });
});
