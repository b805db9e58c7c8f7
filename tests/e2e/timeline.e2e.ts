import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import Papa from "papaparse";
import { newPage, seriousA11yViolations, textOf, useBrowser } from "./browser";

const session = useBrowser();

const item = (page: Page, key: string) => page.locator(`[data-testid="timeline-chart"] [data-key="${key}"]`);
const tableRows = (page: Page) => page.locator('[data-testid="timeline-table"] tbody tr');
const rowKeys = (page: Page) => tableRows(page).evaluateAll((rows) => rows.map((r) => r.getAttribute("data-key")));
const jurisdictionCells = (page: Page) => tableRows(page).evaluateAll((rows) => rows.map((r) => r.children[1].textContent ?? ""));

/** Waits for the view that has read the URL (the prerendered HTML shows the unfiltered timeline until then). */
async function open(page: Page, path: string) {
  await page.goto(path);
  await page.locator('[data-testid="timeline-explorer"][data-from-url="yes"]').waitFor();
  await page.getByTestId("timeline-item").first().waitFor();
}

async function downloadBytes(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button, exact: true }).click()]);
  return readFile((await file.path())!);
}
const download = async (page: Page, button: string) => (await downloadBytes(page, button)).toString("utf8");

describe("timeline page", () => {
  it("draws the seed instruments and events on one axis, with the EO 14110 revocation", async () => {
    const page = await newPage(session.browser);
    await open(page, "/en/timeline");
    await expect.poll(() => page.getByTestId("timeline-item").count()).toBe(72);
    await expect.poll(() => page.getByTestId("timeline-summary").textContent()).toMatch(/^46 instruments and 26 events from 2016 to 20\d\d; .*revoked/);
    // The AI Act with its phased application as ticks along the instrument.
    await expect.poll(() => item(page, "instrument-eu-ai-act").textContent()).toContain("AI Act");
    await expect.poll(() => item(page, "instrument-eu-ai-act").getByTestId("timeline-milestone").count()).toBe(13); // 11 in force, 2 superseded by the Digital Omnibus
    await expect.poll(() => item(page, "instrument-us-eo-14110").textContent()).toContain("EO 14110 — revoked by EO 14148 (20 Jan 2025)");
    await expect.poll(() => page.getByTestId("timeline-revocation").count()).toBe(2); // EO 14110; Colorado's AI Act (repealed and replaced)
    await expect.poll(() => item(page, "instrument-cn-generative-ai-interim-measures").textContent()).toContain("Interim Measures");
    // Partial dates read at their precision, never as a made-up day.
    const unBody = page.locator('[data-testid="timeline-table"] tr[data-key="event-2023-10-un-ai-advisory-body"]');
    await expect.poll(() => unBody.locator("time").first().textContent()).toBe("Oct 2023");
    const cnPlan = page.locator('[data-testid="timeline-table"] tr[data-key="instrument-cn-new-generation-ai-development-plan"]');
    await expect.poll(() => cnPlan.locator("time").first().textContent()).toBe("2017");
    const naiia = page.locator('[data-testid="timeline-table"] tr[data-key="instrument-us-national-ai-initiative-act-2020"]');
    await expect.poll(() => naiia.locator("time").first().textContent()).toBe("Jan 2021");
    await expect.poll(() => tableRows(page).count()).toBe(72);
  });

  it("links every mark to its record and shows a tooltip on keyboard focus", async () => {
    const page = await newPage(session.browser);
    await open(page, "/en/timeline");
    await expect.poll(() => item(page, "instrument-us-eo-14110").getAttribute("href")).toBe("/en/jurisdictions/us#instrument-us-eo-14110");
    await expect
      .poll(() => item(page, "event-2025-01-21-stargate-announced").getAttribute("href"))
      .toBe("/en/jurisdictions/us#event-2025-01-21-stargate-announced");
    await item(page, "instrument-us-eo-14110").focus();
    const tooltip = page.getByTestId("timeline-tooltip");
    await tooltip.waitFor();
    await expect.poll(textOf(tooltip)).toContain("EO 14110, Safe, Secure, and Trustworthy AI");
    await expect.poll(textOf(tooltip)).toContain("Revoked 20 Jan 2025");
    await expect.poll(textOf(tooltip)).toMatch(/Sources: S0 /);
    await page.keyboard.press("Escape");
    await tooltip.waitFor({ state: "detached" });
  });

  it("names every mark's link starting with the label drawn beside it (WCAG 2.5.3), in both languages", async () => {
    const page = await newPage(session.browser);
    for (const locale of ["en", "zh"]) {
      await open(page, `/${locale}/timeline`);
      const links = await page
        .getByTestId("timeline-item")
        .evaluateAll((as) => as.map((a) => ({ name: a.getAttribute("aria-label") ?? "", visible: (a.textContent ?? "").trim() })));
      expect(links.length).toBeGreaterThan(10);
      expect(links.filter((l) => !l.visible || !l.name.startsWith(l.visible))).toEqual([]);
      // A label the chart shortens still names the full title after it.
      expect(links.some((l) => l.visible.includes("…") && l.name.length > l.visible.length + 20)).toBe(true);
    }
  });

  it("filters through the URL, and Back restores the previous view", async () => {
    const page = await newPage(session.browser);
    await open(page, "/en/timeline");
    const all = await rowKeys(page);
    await page.getByLabel("From", { exact: true }).selectOption("2025");
    await page.waitForURL(/\?from=2025$/);
    await expect.poll(async () => (await rowKeys(page)).length).toBeLessThan(all.length);
    await expect.poll(() => rowKeys(page)).not.toContain("instrument-eu-gdpr");

    await page.getByRole("checkbox", { name: "China" }).click();
    // Every other lane stays selected (US states, where the data has them, follow the US).
    await page.waitForURL((url) => {
      const j = url.searchParams.get("j")?.split(",") ?? [];
      return !j.includes("CN") && ["EU", "US", "UK", "FR", "JP", "KR", "SA", "AE", "INT"].every((c) => j.includes(c)) && j.indexOf("US") === 1;
    });
    await expect.poll(async () => (await jurisdictionCells(page)).some((j) => j.startsWith("CN"))).toBe(false);

    await page.goBack();
    await page.waitForURL(/\?from=2025$/);
    await expect.poll(async () => (await jurisdictionCells(page)).some((j) => j.startsWith("CN"))).toBe(true);
    await page.goBack();
    await page.waitForURL(/\/en\/timeline$/);
    await expect.poll(() => rowKeys(page)).toEqual(all);
    await page.goForward();
    await page.waitForURL(/\?from=2025$/);
    await expect.poll(async () => (await rowKeys(page)).includes("instrument-eu-gdpr")).toBe(false);
  });

  it("reads filters from a shared link", async () => {
    const page = await newPage(session.browser);
    await open(page, "/en/timeline?j=EU,US&status=REVOKED&type=executive-order");
    await expect.poll(() => rowKeys(page)).toEqual(["instrument-us-eo-14110"]);
    await expect.poll(() => page.getByTestId("timeline-summary").textContent()).toMatch(/^1 instrument and no events/);
  });

  it("explains bad parameters, ignores them and still draws the timeline", async () => {
    const page = await newPage(session.browser);
    await open(page, "/en/timeline?j=EU,ZZ&from=abc&to=99999&status=LAPSED");
    await expect.poll(textOf(page.getByTestId("timeline-notice"))).toContain("“ZZ” is not a known jurisdiction");
    await expect.poll(textOf(page.getByTestId("timeline-notice"))).toContain("“abc” is not a year");
    await expect.poll(textOf(page.getByTestId("timeline-notice"))).toContain("99999 is outside the data’s years (2016–2028)");
    await expect.poll(textOf(page.getByTestId("timeline-notice"))).toContain("“LAPSED” is not a known status");
    const cells = await jurisdictionCells(page);
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.every((j) => j.startsWith("EU"))).toBe(true);
  });

  it("exports exactly the table's rows as CSV, and the drawing as SVG", async () => {
    const page = await newPage(session.browser);
    await open(page, "/en/timeline?j=US");
    const keys = await rowKeys(page);
    const csv = Papa.parse<Record<string, string>>((await download(page, "CSV")).replace(/^\uFEFF/, ""), {
      header: true,
      skipEmptyLines: true,
      transform: (v) => v.trim(),
    });
    expect(csv.data.map((r) => `${r.kind}-${r.link.split("#")[1].replace(/^(instrument|event)-/, "")}`)).toEqual(keys);
    const titles = await tableRows(page).evaluateAll((rows) => rows.map((r) => r.children[2].querySelector("a")?.textContent));
    expect(csv.data.map((r) => r.title)).toEqual(titles);
    const eo = csv.data.find((r) => r.link.endsWith("#instrument-us-eo-14110"))!;
    expect(eo).toMatchObject({ status: "REVOKED", revoked: "2025-01-20", revokedBy: "us-eo-14148" });
    expect(eo.sources).toContain("S0 ");
    const svg = await download(page, "SVG");
    expect(svg).toContain("<svg");
    expect(svg).toContain("EO 14110");
    const png = await downloadBytes(page, "PNG");
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    expect(png.length).toBeGreaterThan(5000);
  });

  it("switches to Chinese, keeping the filters, and shows Chinese titles", async () => {
    const page = await newPage(session.browser);
    await open(page, "/en/timeline?j=EU");
    await page.getByLabel("Language").selectOption("zh");
    await page.waitForURL(/\/zh\/timeline\?j=EU$/);
    await expect.poll(() => page.locator("h1").textContent()).toBe("时间线");
    await expect.poll(() => item(page, "instrument-eu-ai-act").textContent()).toContain("《人工智能法案》");
    await expect.poll(() => page.getByRole("checkbox", { name: "美国", exact: true }).isChecked()).toBe(false);
    await expect.poll(async () => [...new Set((await jurisdictionCells(page)).map((j) => j.slice(0, 2)))]).toEqual(["EU"]);

    await open(page, "/zh/timeline");
    await expect.poll(() => page.locator("h1").textContent()).toBe("时间线");
    await expect.poll(() => item(page, "instrument-eu-ai-act").textContent()).toContain("《人工智能法案》");
    await expect.poll(textOf(page.getByTestId("timeline-table"))).toContain("《生成式人工智能服务管理暂行办法》");
    await expect.poll(textOf(page.getByTestId("timeline-table"))).toContain("2023年10月");
    await expect.poll(() => page.getByTestId("timeline-summary").textContent()).toMatch(/^46项文书和26个事件/);
  });

  it("has no serious accessibility violations, in either language", async () => {
    const page = await newPage(session.browser);
    for (const locale of ["en", "zh"]) {
      await open(page, `/${locale}/timeline?j=EU,ZZ`);
      await page.locator("figure > details > summary").click();
      await page.getByTestId("timeline-table").waitFor();
      await page.locator('a[data-key="instrument-eu-ai-act"]').focus();
      expect(await seriousA11yViolations(page)).toEqual([]);
    }
  });

  it("fits a 375 px phone: the chart scrolls inside its box, not the page", async () => {
    const page = await newPage(session.browser, { width: 375, height: 800 });
    await open(page, "/en/timeline");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const chart = page.getByTestId("timeline-chart");
    await expect.poll(() => chart.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  });
});
