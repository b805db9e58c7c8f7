// Embeds in a real browser against the production build: a chart framed by a page of another origin loads and
// shows its chart, title and sources, while a normal page framed the same way is refused; frozen embeds show the
// data as published on the chosen day (the old value after a change is published); drafts never show.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { messages } from "../../messages";
import { baseURL, newPage, seriousA11yViolations, signIn } from "./browser";
import { useBrowserAndDb } from "./db-support";
import { serveOnOtherPort, type OtherOrigin } from "./other-origin-support";

const session = useBrowserAndDb();
let other: OtherOrigin | undefined;
let otherOrigin = "";
let framing = "";

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  // Another origin (another port) that frames one embed and one normal page.
  other = await serveOnOtherPort(() => framing);
  otherOrigin = other.origin;
}, 120_000);

afterAll(() => other?.close());

async function fresh(): Promise<Page> {
  return newPage(session.browser);
}

describe("framing", () => {
  it("an embed loads inside another site's page; a normal page framed the same way is refused", async () => {
    framing = `<!doctype html><html lang="en"><head><title>Another site</title></head><body>
<iframe id="embed" title="embed" src="${baseURL()}/embed/capex?lang=en" width="800" height="600"></iframe>
<iframe id="page" title="page" src="${baseURL()}/en/compare" width="800" height="600"></iframe>
</body></html>`;
    const page = await fresh();
    const responses = new Map<string, { status: number; headers: Record<string, string> }>();
    page.on("response", async (r) => {
      const path = new URL(r.url()).pathname;
      if (path === "/embed/capex" || path === "/en/compare") responses.set(path, { status: r.status(), headers: await r.allHeaders() });
    });
    await page.goto(`${otherOrigin}/`);
    const embed = page.frameLocator("#embed");
    await embed.getByTestId("embed").waitFor();
    await expect.poll(() => embed.locator("h1").textContent()).toBe(messages.en.overview.capexTitle);
    await expect.poll(() => embed.locator('[data-embed-chart="grouped-bar"] rect').count()).toBeGreaterThan(5);
    expect((await embed.getByTestId("embed-sources").locator("li").allTextContents()).length).toBeGreaterThan(0);
    await expect.poll(() => embed.getByTestId("embed-asof").textContent()).toMatch(/Data as of \d{4}(-\d{2}-\d{2})? .*Live data as published now\./);
    await expect.poll(() => embed.getByTestId("embed-full-view").getAttribute("href")).toBe("/en/investment");
    // No site chrome in the embed.
    await expect.poll(() => embed.locator("header, nav, footer").count()).toBe(0);

    await expect.poll(() => responses.has("/en/compare")).toBe(true);
    const refused = responses.get("/en/compare")!;
    expect(refused.headers["x-frame-options"]).toBe("DENY");
    expect(refused.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    const allowed = responses.get("/embed/capex")!;
    expect(allowed.status).toBe(200);
    expect(allowed.headers["x-frame-options"]).toBeUndefined();
    expect(allowed.headers["content-security-policy"]).toContain("frame-ancestors *");
    // The refused frame rendered none of the page: Chromium shows its own error page instead.
    const pageFrame = page.frames().find((f) => f !== page.mainFrame() && !f.url().includes("/embed/"))!;
    const text = await pageFrame.evaluate(() => document.body?.innerText ?? "").catch(() => "");
    expect(text).not.toContain(messages.en.compare.title);
    expect(
      await pageFrame
        .locator("h1")
        .allTextContents()
        .catch(() => []),
    ).not.toContain(messages.en.compare.title);
    await expect.poll(() => pageFrame.url()).not.toBe(`${baseURL()}/en/compare`);
    await page.context().close();
  });

  it("the embed page is small, in either language, and axe clean", async () => {
    const page = await fresh();
    const res = await page.goto("/embed/compare?lang=zh&j=EU,CN");
    expect(res!.status()).toBe(200);
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("zh-CN");
    await expect.poll(() => page.getByTestId("embed-table").locator("thead th").allTextContents()).toEqual(expect.arrayContaining(["欧盟", "中国"]));
    await expect.poll(() => page.getByTestId("embed-asof").textContent()).toContain("实时数据");
    // Drawn on the server: no script of the embed's own beyond Next's runtime, and the chart is in the HTML.
    const html = await res!.text();
    expect(html).toContain('data-embed-chart="bar"');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("rebuilt from revisions, today's data equals the live data for every freezable chart", async () => {
    // Nothing changed between the seed and now for these charts: the frozen reconstruction (revisions, in-memory
    // selection) must pick and show exactly what the live queries do.
    const page = await fresh();
    for (const view of [
      "capex?lang=en",
      "private?lang=en",
      "initiatives?lang=en",
      "initiatives?lang=en&currency=USD&kind=PLEDGE",
      "capex?lang=zh&from=2025",
      "compare?lang=en&j=US,CN,KR",
    ]) {
      await page.goto(`/embed/${view}`);
      const live = await page.getByTestId("embed-table").innerHTML();
      const liveSources = await page.getByTestId("embed-sources").innerHTML();
      expect(live).toContain("<td");
      await page.goto(`/embed/${view}&at=${day(0)}`);
      await expect.poll(() => page.getByTestId("embed-table").innerHTML(), { message: view }).toBe(live);
      await expect.poll(() => page.getByTestId("embed-sources").innerHTML(), { message: view }).toBe(liveSources);
    }
    // The timeline draws its marks on the server too.
    await page.goto("/embed/timeline?lang=en&j=EU,US");
    await expect.poll(() => page.locator('[data-slide-chart="timeline"] svg').count()).toBe(1);
    await page.context().close();
  });

  it("a bad embed address answers 4xx with the reason", async () => {
    const bad = await fetch(`${baseURL()}/embed/capex?from=abc`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("from=abc: invalid value");
    const timeline = await fetch(`${baseURL()}/embed/timeline?at=${day(-1)}`);
    expect(timeline.status).toBe(400);
    expect(await timeline.text()).toContain("this chart can only be embedded live");
    const unknown = await fetch(`${baseURL()}/embed/nope`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain("no such chart");
    const future = await fetch(`${baseURL()}/embed/capex?at=${day(3)}`);
    expect(future.status).toBe(400);
    expect(await future.text()).toContain("a date in the future");
  });
});

describe("Embed control", () => {
  it("gives the snippet for the view's filters, live or frozen; the timeline offers live only", async () => {
    const page = await fresh();
    await page.goto("/en/compare?j=EU,JP");
    await page.locator('[data-testid="side-by-side"][data-interactive="true"]').waitFor();
    const control = page.getByTestId("embed-compare");
    await control.locator("summary").click();
    const snippet = control.getByTestId("embed-snippet");
    await expect.poll(() => snippet.inputValue()).toContain(`src="${baseURL()}/embed/compare?lang=en&amp;j=EU,JP"`);
    await control.getByLabel(/Frozen at a date/).check();
    await control.getByTestId("embed-date").fill(day(-1));
    await expect.poll(() => snippet.inputValue()).toContain(`/embed/compare?lang=en&amp;j=EU,JP&amp;at=${day(-1)}"`);
    await expect.poll(() => snippet.inputValue()).toMatch(/^<iframe src="[^"]+" title="[^"]+" width="100%" height="560"/);
    await page.goto("/en/timeline");
    const timeline = page.getByTestId("embed-timeline");
    await timeline.locator("summary").click();
    await expect.poll(() => timeline.getByTestId("embed-live-only").textContent()).toContain("can only be embedded live");
    await page.context().close();
  });

  it("opens a panel that is drawn whole on a phone or a tablet, over what follows the chart", async () => {
    for (const [width, path, chart] of [
      [375, "/en/investment", "embed-private"],
      [375, "/zh/jurisdictions/eu", "embed-jurisdiction-figures"],
      [700, "/en/investment", "embed-initiatives"],
    ] as const) {
      const page = await newPage(session.browser, { width, height: 812 });
      await page.goto(path);
      const control = page.getByTestId(chart).first();
      await control.scrollIntoViewIfNeeded();
      await control.locator("summary").click();
      const panel = control.locator('div[role="group"]');
      await panel.getByTestId("embed-snippet").waitFor();
      await panel.evaluate((el) => el.scrollIntoView({ block: "center" }));
      // Each corner of the panel is the panel when hit-tested: it is inside the screen, and nothing clips it (the
      // chart's frame is laid out only near the viewport, with paint containment, unless a disclosure in it is open).
      const corners = await panel.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return [
          [r.left + 3, r.top + 3],
          [r.right - 3, r.top + 3],
          [r.left + 3, r.bottom - 3],
          [r.right - 3, r.bottom - 3],
        ].map(([x, y]) => el.contains(document.elementFromPoint(x, y)));
      });
      expect(corners, `${path} at ${width} px`).toEqual([true, true, true, true]);
      await page.context().close();
    }
  });
});

describe("frozen embeds and drafts", () => {
  let admin: Page;
  let editor: Page;
  let assessmentId = "";
  let original: Record<string, unknown> = {};
  const newLabel = `Changed label ${Math.floor(1000 + Math.random() * 9000)}`;
  const draftLabel = `Draft label ${Math.floor(1000 + Math.random() * 9000)}`;

  beforeAll(async () => {
    // The seed was written moments ago; date its revisions (and nothing else) two days back, as if published
    // then, so that "yesterday" has data.
    const before = new Date(Date.now() - 2 * 86_400_000);
    await session.db.revision.updateMany({
      where: { entityType: { in: ["jurisdictions", "assessments", "sources"] }, createdAt: { gt: before } },
      data: { createdAt: before },
    });
    const row = await session.db.assessment.findFirst({
      where: { jurisdiction: { code: "JP" }, dimension: { key: "legal_form" }, publication: "PUBLISHED", deletedAt: null },
      orderBy: [{ since: "desc" }],
      select: { id: true },
    });
    assessmentId = row!.id;
    const last = await session.db.revision.findFirst({
      where: { entityType: "assessments", entityId: assessmentId },
      orderBy: [{ createdAt: "desc" }, { version: "desc" }],
      select: { snapshot: true },
    });
    original = (last!.snapshot as { data: Record<string, unknown> }).data;
    admin = await fresh();
    await signIn(admin, "ADMIN");
    editor = await fresh();
    await signIn(editor, "EDITOR");
  }, 120_000);

  afterAll(async () => {
    // Put the published coding back (this also drops the editor's draft) so other tests see the seed.
    const current = await session.db.assessment.findUnique({ where: { id: assessmentId }, select: { version: true } });
    if (current)
      await admin.request.put(`/api/admin/records/assessments/${assessmentId}`, { data: { version: current.version, values: original, publish: true } });
    await admin?.context().close();
    await editor?.context().close();
  });

  const tableText = async (page: Page, path: string) => {
    await page.goto(path);
    return (await page.getByTestId("embed-table").textContent()) ?? "";
  };

  it("frozen at yesterday shows the coding as published then; live shows the change", async () => {
    const version = (await session.db.assessment.findUnique({ where: { id: assessmentId }, select: { version: true } }))!.version;
    const res = await admin.request.put(`/api/admin/records/assessments/${assessmentId}`, {
      data: { version, values: { ...original, labelEn: newLabel }, publish: true },
    });
    expect(res.status()).toBe(200);
    const page = await fresh();
    expect(await tableText(page, "/embed/compare?lang=en&j=EU,JP")).toContain(newLabel);
    const frozen = await tableText(page, `/embed/compare?lang=en&j=EU,JP&at=${day(-1)}`);
    expect(frozen).not.toContain(newLabel);
    expect(frozen).toContain(String(original.labelEn));
    await expect.poll(() => page.getByTestId("embed-asof").textContent()).toContain(`Frozen: data as published on ${day(-1)}`);
    // Frozen at today includes the change published today.
    expect(await tableText(page, `/embed/compare?lang=en&j=EU,JP&at=${day(0)}`)).toContain(newLabel);
    await page.context().close();
  });

  it("never shows a draft, live or frozen", async () => {
    const version = (await session.db.assessment.findUnique({ where: { id: assessmentId }, select: { version: true } }))!.version;
    const res = await editor.request.put(`/api/admin/records/assessments/${assessmentId}`, { data: { version, values: { ...original, labelEn: draftLabel } } });
    expect(res.status()).toBe(200);
    expect((await res.json()).pendingDraft).toBe(true);
    const page = await fresh();
    for (const path of ["/embed/compare?lang=en&j=EU,JP", `/embed/compare?lang=en&j=EU,JP&at=${day(0)}`]) {
      const html = await (await page.goto(path))!.text();
      expect(html).not.toContain(draftLabel);
      await expect.poll(() => page.getByTestId("embed-table").textContent()).toContain(newLabel);
    }
    await page.context().close();
  });
});
