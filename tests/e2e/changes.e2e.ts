// "What changed" after a real publish: the page in both languages (real Chromium, production build, axe clean)
// shows the record with its old → new value and the publisher's display name (never an e-mail address), and the
// Atom feeds carry the change as a valid Atom entry linking to the record's public page.
import { XMLParser } from "fast-xml-parser";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "../../lib/db-client";
import { resolveDbTarget } from "../../lib/db-url";
import { baseURL, launchBrowser, newPage, seriousA11yViolations, signIn } from "./browser";
import { cookieOf, curate, get, unique } from "./open-data-support";
import { ACCOUNTS } from "./accounts";

let db: Db;
let browser: Browser;
const edit = { slug: "", title: "", oldNote: "", newNote: "", adminName: "", jurisdiction: "" };

beforeAll(async () => {
  db = createDb(resolveDbTarget(inject("databaseUrl")));
  browser = await launchBrowser();
  const admin = await cookieOf("ADMIN");
  const candidates = await db.instrument.findMany({
    where: { publication: "PUBLISHED", deletedAt: null, jurisdiction: { code: "EU" } },
    select: { id: true, slug: true, titleEn: true, version: true, statusNote: true, draft: true },
    orderBy: { slug: "asc" },
  });
  const instrument = candidates.find((c) => c.draft === null)!;
  const revision = await db.revision.findFirstOrThrow({
    where: { entityType: "instruments", entityId: instrument.id },
    orderBy: { version: "desc" },
    select: { snapshot: true },
  });
  const values = (revision.snapshot as { data: Record<string, unknown> }).data;
  edit.slug = instrument.slug;
  edit.title = instrument.titleEn;
  edit.jurisdiction = "EU";
  edit.oldNote = instrument.statusNote ?? "";
  edit.newNote = `Status checked against the Official Journal ${unique()}`;
  const put = await curate("PUT", `/api/admin/records/instruments/${instrument.id}`, admin, {
    version: instrument.version,
    values: { ...values, statusNote: edit.newNote },
    publish: true,
  });
  expect(put.status, JSON.stringify(put.json)).toBe(200);
  edit.adminName = (await db.user.findUniqueOrThrow({ where: { email: ACCOUNTS.ADMIN.email }, select: { name: true } })).name;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

describe("/changes", () => {
  for (const locale of ["en", "zh"] as const) {
    it(`shows the published change with old → new values and who published it (${locale})`, async () => {
      const page = await newPage(browser);
      await page.goto(`/${locale}/changes`);
      const record = page.getByTestId("change-record").filter({ hasText: edit.title }).first();
      await expect.poll(() => record.count()).toBe(1);
      const field = record.locator('[data-testid="change-field"][data-field="statusNote"]').first();
      await expect.poll(async () => (await field.getByTestId("after").innerText()).trim()).toBe(edit.newNote);
      await expect.poll(async () => (await field.getByTestId("before").innerText()).trim()).toBe(edit.oldNote || (locale === "zh" ? "（空）" : "(empty)"));
      await expect.poll(() => record.innerText()).toContain(edit.adminName);
      const section = page.getByTestId("changes-jurisdiction").filter({ has: record });
      await expect.poll(() => section.getAttribute("data-code")).toBe("EU");
      await expect.poll(() => record.getByRole("link").first().getAttribute("href")).toBe(`/${locale}/jurisdictions/eu#instrument-${edit.slug}`);
      await expect.poll(() => page.content()).not.toContain(ACCOUNTS.ADMIN.email);
      await expect.poll(() => page.content()).not.toContain("system@govatlas.local");
      // Anonymous visitors get no deck option.
      await expect.poll(() => page.locator('select[name="deck"]').count()).toBe(0);
      await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText()).toBe(locale === "zh" ? "最近变更" : "What changed");
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.context().close();
    });
  }

  it("offers signed-in team members 'since a deck's freeze date' and lists what moved since", async () => {
    const owner = await db.user.findUniqueOrThrow({ where: { email: ACCOUNTS.ADMIN.email }, select: { id: true } });
    const title = `Board briefing ${unique()}`;
    const frozenAt = new Date(Date.now() - 60 * 60 * 1000);
    const deck = await db.deck.create({ data: { title, createdById: owner.id, frozenAt }, select: { id: true } });
    const page = await newPage(browser);
    await signIn(page, "VIEWER");
    await page.goto("/en/changes");
    await page.getByLabel("Since a deck's freeze date").selectOption(deck.id);
    await page.getByRole("button", { name: "Show changes" }).click();
    await page.waitForURL(new RegExp(`deck=${deck.id}`));
    await expect
      .poll(() => page.getByTestId("changes-range").innerText())
      .toContain(`Changes since the deck “${title}” was frozen (${frozenAt.toISOString().slice(0, 10)})`);
    await expect.poll(() => page.getByTestId("change-record").filter({ hasText: edit.title }).count()).toBe(1);
    await page.context().close();
  });

  it("narrows to a period from the date inputs and says when nothing changed", async () => {
    const page = await newPage(browser);
    await page.goto("/en/changes");
    await page.getByLabel("From", { exact: true }).fill("2020-01-01");
    await page.getByLabel("To", { exact: true }).fill("2020-01-31");
    await page.getByRole("button", { name: "Show changes" }).click();
    await page.waitForURL(/from=2020-01-01/);
    await expect.poll(() => page.getByTestId("changes-none").innerText()).toBe("No published changes in this period.");
    await expect.poll(() => page.getByTestId("change-record").count()).toBe(0);
    await page.context().close();
  });
});

type AtomLink = { "@_href": string; "@_rel"?: string };
type AtomEntry = { id: string; title: string | { "#text": string }; updated: string; link: AtomLink | AtomLink[]; summary?: unknown; author?: unknown };
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", isArray: (name) => name === "entry" || name === "link" });
const text = (v: unknown) => (typeof v === "object" && v !== null ? String((v as { "#text": string })["#text"]) : String(v));
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

async function atom(path: string) {
  const res = await get(path);
  expect(res.status, res.body.slice(0, 200)).toBe(200);
  expect(res.headers["content-type"]).toContain("application/atom+xml");
  const doc = parser.parse(res.body) as {
    feed: { "@_xmlns": string; id: string; title: unknown; updated: string; link: AtomLink[]; author?: unknown; entry?: AtomEntry[] };
  };
  const feed = doc.feed;
  expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
  expect(feed.id).toBeTruthy();
  expect(text(feed.title).length).toBeGreaterThan(0);
  expect(feed.updated).toMatch(RFC3339);
  expect(feed.link.find((l) => l["@_rel"] === "self")?.["@_href"]).toBe(`${baseURL()}${path}`);
  for (const e of feed.entry ?? []) {
    expect(e.id).toBeTruthy();
    expect(text(e.title).length).toBeGreaterThan(0);
    expect(e.updated).toMatch(RFC3339);
    expect((e.link as AtomLink[])[0]["@_href"]).toMatch(/^http/);
    // Atom needs an author on the feed or on each entry.
    expect(feed.author ?? e.author).toBeTruthy();
  }
  return feed;
}

describe("Atom feeds", () => {
  const entryOf = (feed: { entry?: AtomEntry[] }) =>
    (feed.entry ?? []).find((e) => (e.link as AtomLink[])[0]["@_href"].endsWith(`/en/jurisdictions/eu#instrument-${edit.slug}`));

  it("/feed.xml is valid Atom and carries the change, linking to the record's public page", async () => {
    const feed = await atom("/feed.xml");
    const entry = entryOf(feed);
    expect(entry, "entry for the published change").toBeDefined();
    expect(text(entry!.title)).toContain(edit.title);
    expect(JSON.stringify(entry!.summary)).toContain(edit.newNote);
    expect(new Date(feed.updated).getTime()).toBeGreaterThanOrEqual(new Date(entry!.updated).getTime());
    const page = await get(new URL((entry!.link as AtomLink[])[0]["@_href"]).pathname);
    expect(page.status).toBe(200);
    expect(page.body).toContain(`id="instrument-${edit.slug}"`);
  });

  it("per jurisdiction: the EU feed has it, China's does not, an unknown code is a 404 with a message", async () => {
    expect(entryOf(await atom("/feed/eu.xml"))).toBeDefined();
    expect(entryOf(await atom("/feed/cn.xml"))).toBeUndefined();
    const missing = await get("/feed/zz.xml");
    expect(missing.status).toBe(404);
    expect(missing.body).toContain("/feed/eu.xml");
  });

  it("is announced in the head of public pages", async () => {
    const res = await get("/en/sources");
    const head = res.body.split("</head>")[0];
    expect(head).toMatch(
      /<link[^>]*rel="alternate"[^>]*type="application\/atom\+xml"[^>]*href="\/feed.xml"|<link[^>]*type="application\/atom\+xml"[^>]*href="\/feed.xml"/,
    );
  });
});

describe("/developers", () => {
  for (const locale of ["en", "zh"] as const) {
    it(`shows how to call every endpoint with curl examples naming this server, axe clean (${locale})`, async () => {
      const page = await newPage(browser);
      await page.goto(`/${locale}/developers`);
      const examples = page.getByTestId("curl-example");
      await expect.poll(() => examples.count()).toBe(6);
      for (const text of await examples.allInnerTexts()) expect(text).toMatch(new RegExp(`^curl '${baseURL().replace(/[.]/g, "\\.")}/api/v1/[a-z]+\\?`));
      const footer = page.getByTestId("site-footer");
      await expect
        .poll(() => footer.getByRole("link", { name: locale === "zh" ? "开放数据 API" : "Open data API" }).getAttribute("href"))
        .toBe(`/${locale}/developers`);
      await expect
        .poll(() => footer.getByRole("link", { name: locale === "zh" ? "最近变更" : "What changed" }).getAttribute("href"))
        .toBe(`/${locale}/changes`);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.context().close();
    });
  }
});
