import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, newPage, seriousA11yViolations } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const table = (page: Page) => page.getByTestId("figures-table");
// A cell's own text (the value cell may carry a ⚑ flag, the converted cell the rate under it).
const column = (page: Page, col: string) =>
  table(page)
    .locator(`tbody td[data-col="${col}"]`)
    .evaluateAll((tds) => tds.map((td) => (td.firstChild?.textContent ?? "").trim()));
const slugs = (page: Page) =>
  table(page)
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-slug")));

async function download(page: Page, name: string) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId("figures-download").getByRole("link", { name, exact: true }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!).toString("utf8") };
}

// SQLite and PostgreSQL (C collation) order text by code point, as JavaScript's < does.
const ordered = (xs: string[], dir: "asc" | "desc") => xs.every((x, i) => i === 0 || (dir === "asc" ? xs[i - 1] <= x : xs[i - 1] >= x));

describe("the investment table", () => {
  it("sorts by a column in both directions and says so with aria-sort", async () => {
    const page = await newPage(browser);
    await page.goto("/en/investment?category=PUBLIC_INITIATIVE,PRIVATE_INITIATIVE");
    const header = table(page).locator('th[data-col="actor"]');
    await expect.poll(() => header.getAttribute("aria-sort")).toBe("none");
    const before = await column(page, "actor");
    await header.getByRole("link").click();
    await page.waitForURL(/sort=actor&dir=asc/);
    await expect.poll(() => page.url()).toContain("category=PUBLIC_INITIATIVE%2CPRIVATE_INITIATIVE");
    await expect.poll(() => table(page).locator('th[data-col="actor"]').getAttribute("aria-sort")).toBe("ascending");
    await expect.poll(() => table(page).locator('th[data-col="period"]').getAttribute("aria-sort")).toBe("none");
    const asc = await column(page, "actor");
    expect(asc.length).toBe(before.length);
    expect(ordered(asc, "asc")).toBe(true);
    expect(asc).not.toEqual(before);
    await table(page).locator('th[data-col="actor"]').getByRole("link").click();
    await page.waitForURL(/sort=actor&dir=desc/);
    await expect.poll(() => table(page).locator('th[data-col="actor"]').getAttribute("aria-sort")).toBe("descending");
    const desc = await column(page, "actor");
    expect(ordered(desc, "desc")).toBe(true);
    expect(desc[0]).toBe(asc[asc.length - 1]);
    expect(await seriousA11yViolations(page)).toEqual([]);
    // Applying filters keeps the order the reader chose.
    const filters = page.getByTestId("investment-filters");
    await filters.getByRole("checkbox", { name: "Private initiatives", exact: true }).uncheck();
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL((url) => url.searchParams.get("category") === "PUBLIC_INITIATIVE");
    expect(new URL(page.url()).searchParams.get("sort")).toBe("actor");
    expect(new URL(page.url()).searchParams.get("dir")).toBe("desc");
    await expect.poll(() => table(page).locator('th[data-col="actor"]').getAttribute("aria-sort")).toBe("descending");
    expect(ordered(await column(page, "actor"), "desc")).toBe(true);
  });

  it("sorts values within each currency and never across currencies", async () => {
    const page = await newPage(browser);
    await page.goto("/en/investment?category=PUBLIC_INITIATIVE,PRIVATE_INITIATIVE&sort=value&dir=desc");
    await expect.poll(() => table(page).locator('th[data-col="value"]').getAttribute("aria-sort")).toBe("descending");
    const json = JSON.parse((await download(page, "JSON")).text) as {
      rows: { slug: string; currency: string; amount: string | null; amountLow: string | null }[];
    };
    const currencies = json.rows.map((r) => r.currency).filter(Boolean);
    expect(ordered(currencies, "asc")).toBe(true);
    expect(new Set(currencies).size).toBeGreaterThan(3);
    for (const c of new Set(currencies)) {
      const amounts = json.rows.filter((r) => r.currency === c && r.amount !== null).map((r) => Number(r.amount));
      expect(amounts.every((a, i) => i === 0 || amounts[i - 1] >= a)).toBe(true);
    }
    // The table lists the same rows in the same order.
    expect(await slugs(page)).toEqual(json.rows.map((r) => r.slug));
  });

  it("shows the display currency beside the value as stated, with the rate, and keeps kind and funding", async () => {
    const page = await newPage(browser);
    await page.goto("/en/investment?currency=USD&category=PUBLIC_INITIATIVE,PRIVATE_INITIATIVE");
    await expect.poll(() => table(page).locator('th[data-col="converted"]').textContent()).toBe("In USD");
    const row = table(page).locator('tr[data-slug="eu-investai"]');
    await expect.poll(() => row.locator('td[data-col="value"]').textContent()).toMatch(/^€200bn/);
    const converted = (await row.locator('td[data-col="converted"]').textContent()) ?? "";
    expect(converted).toContain("≈ $216.34bn");
    expect(converted).toContain("1 EUR = 1.0817 USD (2023 avg., X1)");
    const stargate = table(page).locator('tr[data-slug="stargate-jv"]');
    await expect.poll(() => stargate.locator('td[data-col="funding"]').textContent()).toBe("Private money");
    await expect.poll(() => page.getByTestId("figures-table").textContent()).not.toMatch(/total|sum/i);
  });

  it("downloads CSV and JSON of exactly the filtered rows, in the table's order", async () => {
    const page = await newPage(browser);
    await page.goto("/en/investment?category=PUBLIC_INITIATIVE,PRIVATE_INITIATIVE&currency=EUR&sort=period&dir=desc");
    const shown = await slugs(page);
    const count = Number(/^(\d+)/.exec((await page.getByTestId("matching-count").textContent()) ?? "")![1]);
    expect(shown.length).toBe(count);
    const values = await column(page, "value");
    const converted = await column(page, "converted");
    const csvFile = await download(page, "CSV");
    expect(csvFile.name).toMatch(/\.csv$/);
    const csv = Papa.parse<Record<string, string>>(csvFile.text.replace(/^\uFEFF/, "").trim(), { header: true });
    expect(csv.errors).toEqual([]);
    expect(csv.data.map((r) => r.slug)).toEqual(shown);
    expect(csv.data.map((r) => r.value)).toEqual(values);
    expect(csv.data.map((r) => r.converted)).toEqual(converted);
    expect(csv.meta.fields).toEqual(expect.arrayContaining(["kind", "funding", "currency", "displayCurrency", "rate", "sources"]));
    const json = JSON.parse((await download(page, "JSON")).text);
    expect(json.rows.map((r: { slug: string }) => r.slug)).toEqual(shown);
    expect(json.total).toBe(count);
    expect(json.sort).toEqual({ key: "period", dir: "desc" });
    expect(json.sources.some((s: string) => /^R\d+ \S.* — \S/.test(s))).toBe(true);
    // A bad format is refused with a message, not a 500.
    const bad = await page.request.get("/en/investment/download?format=xlsx");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).message).toContain("xlsx");
  });

  it("downloads every matching row, not only the page shown", async () => {
    const page = await newPage(browser);
    await page.goto("/zh/investment");
    const count = Number(/(\d+)/.exec((await page.getByTestId("matching-count").textContent()) ?? "")![1]);
    const json = JSON.parse((await download(page, "JSON")).text);
    expect(json.rows.length).toBe(count);
    // Page one is the head of the download.
    const shown = await slugs(page);
    expect(json.rows.slice(0, shown.length).map((r: { slug: string }) => r.slug)).toEqual(shown);
    expect(json.title).toBe("所有符合条件的数字");
  });
});

describe("investment and capex charts", () => {
  it("write axis ticks in the figure's unit with scale words, in each language", async () => {
    const page = await newPage(browser);
    await page.goto("/en/investment");
    // The drawing on screen (one per width tier; CSS shows the one that fits the box).
    const ticks = (id: string) => page.locator(`[data-testid="${id}"] svg[data-tier]:visible .chart-axis-x .chart-tick`).allTextContents();
    // The Korean fund's ₩150trn on an axis of trillions of won, not "150000".
    await expect.poll(() => ticks("initiatives-chart-KRW").then((t) => t.length)).toBeGreaterThan(2);
    const krw = (await ticks("initiatives-chart-KRW")).filter((t) => t !== "0");
    expect(krw.length).toBeGreaterThan(2);
    expect(krw.every((t) => /^₩[\d,.]+trn$/.test(t))).toBe(true);
    await expect
      .poll(() => page.locator('[data-testid="initiatives-chart-KRW"] svg[data-tier]:visible .initiative-value').allTextContents())
      .toContain("₩150trn");
    const usd = (await ticks("initiatives-chart-USD")).filter((t) => /\$/.test(t));
    expect(usd.length).toBeGreaterThan(2);
    expect(usd.every((t) => /^\$[\d,.]+(bn|trn)$/.test(t))).toBe(true);
    const value = (id: string) => page.locator(`[data-testid="${id}"] svg[data-tier]:visible .chart-axis-y .chart-tick`).allTextContents();
    expect((await value("private-chart")).filter((t) => /^\$\d+bn$/.test(t)).length).toBeGreaterThan(2);
    // Value labels on the bars.
    await expect
      .poll(() => page.locator('[data-testid="initiatives-chart-EUR"] svg[data-tier]:visible .initiative-value').allTextContents())
      .toContain("€200bn");
    await page.goto("/zh");
    const capex = await page.locator('[data-testid="capex-chart"] svg[data-tier]:visible .chart-axis-y .chart-tick').allTextContents();
    expect(capex.filter((t) => t !== "0").every((t) => /^\$[\d,]+亿$/.test(t))).toBe(true);
    expect(capex.length).toBeGreaterThan(2);
  });

  it("tell bars with the same label apart, by name and by accessible name", async () => {
    const page = await newPage(browser);
    await page.goto("/en/investment");
    const bars = page.locator('[data-testid="initiatives-chart-GBP"] svg[data-tier]:visible rect.chart-bar[role="img"]');
    await expect.poll(() => bars.count()).toBeGreaterThanOrEqual(3);
    const names = await bars.evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""));
    const uk = names.filter((n) => n.startsWith("United Kingdom"));
    expect(uk.length).toBe(2);
    expect(new Set(uk).size).toBe(2);
    const axis = await page.locator('[data-testid="initiatives-chart-GBP"] svg[data-tier]:visible .chart-axis-y .chart-tick').allTextContents();
    const ukTicks = axis.filter((t) => t.startsWith("United Kingdom"));
    expect(new Set(ukTicks).size).toBe(2);
  });

  it("keep the capex bars visible under the hover cursor", async () => {
    const page = await newPage(browser);
    await page.goto("/en");
    const chart = page.getByTestId("capex-chart");
    const year = chart.locator("svg[data-tier]:visible .chart-category").last();
    await year.scrollIntoViewIfNeeded();
    const box = (await year.locator("rect.chart-bar").first().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 2);
    // The hovered year's band: shown, but light enough for its bars to stay visible through it.
    const band = year.locator(".chart-band");
    await expect.poll(() => band.evaluate((el) => Number(getComputedStyle(el).fillOpacity))).toBeGreaterThan(0);
    expect(await band.evaluate((el) => Number(getComputedStyle(el).fillOpacity))).toBeLessThan(0.3);
    // The tooltip names the bar and its value, kind and source.
    const tip = chart.getByTestId("chart-tooltip");
    await tip.waitFor();
    await expect.poll(() => tip.textContent()).toMatch(/\$[\d.]+bn.* · (Actual|Guidance)[\s\S]*Source:? [A-Z]+\d+/);
  });

  it("reflow the initiative charts into wide horizontal bars on a 375 px phone", async () => {
    const page = await newPage(browser, { width: 375, height: 812 });
    await page.goto("/en/investment");
    const chart = page.getByTestId("initiatives-chart-EUR");
    const shown = chart.locator("svg[data-tier]:visible");
    await expect.poll(() => shown.getAttribute("data-layout")).toBe("narrow");
    const bars = await shown
      .locator("rect.chart-bar")
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ w: r.width, h: r.height })));
    const widest = bars.reduce((a, b) => (b.w > a.w ? b : a));
    // Horizontal, and most of the phone's width (the labels go above the bars).
    expect(widest.w).toBeGreaterThan(widest.h);
    expect(widest.w).toBeGreaterThan(220);
    await expect.poll(() => shown.locator(".initiative-name").count()).toBe(bars.length);
    const ticks = await shown.locator(".chart-axis-x .chart-tick").allTextContents();
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(ticks.length).toBeLessThanOrEqual(4);
    expect(ticks.filter((t) => t !== "0").every((t) => /^€[\d,.]+bn$/.test(t))).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  it("show a bar's tooltip on keyboard focus, move bar to bar with Tab, and hide it with Escape", async () => {
    const page = await newPage(browser);
    await page.goto("/en/investment");
    const chart = page.getByTestId("initiatives-chart-EUR");
    const bars = chart.locator("svg[data-tier]:visible rect.chart-bar");
    await bars.first().focus();
    const tip = chart.getByTestId("chart-tooltip");
    await tip.waitFor();
    const name = (await bars.first().getAttribute("aria-label"))!;
    // The tooltip is the focused bar's: its name, value and source.
    await expect.poll(() => tip.textContent()).toContain(name.split(":")[0]);
    await expect.poll(() => tip.textContent()).toMatch(/€[\d,.]+bn[\s\S]*Source [A-Z]+\d+/);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(await bars.nth(1).getAttribute("aria-label"));
    await expect.poll(() => tip.textContent()).toContain((await bars.nth(1).getAttribute("aria-label"))!.split(":")[0]);
    await page.keyboard.press("Escape");
    await tip.waitFor({ state: "detached" });
  });

  it("are in the page's HTML and load no chart library, on the overview, investment and compare pages", async () => {
    const page = await newPage(browser);
    const scripts: Promise<string>[] = [];
    page.on("response", (r) => {
      if (r.request().resourceType() === "script") scripts.push(r.text().catch(() => ""));
    });
    for (const path of ["/en", "/en/investment", "/zh/investment", "/en/compare"]) {
      const html = await (await page.request.get(path)).text();
      // Every tier's drawing is in the server's HTML, bars named.
      expect(html).toMatch(/<svg[^>]*data-tier="wide"/);
      expect(html).toMatch(/<rect[^>]*class="chart-band chart-bar|<rect class="chart-bar"/);
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      // A reader hovering and focusing a bar does not make the page fetch a chart library either.
      const bar = page.locator("svg[data-tier]:visible .chart-bar").first();
      await bar.scrollIntoViewIfNeeded();
      await bar.hover();
      await bar.focus();
      await page.waitForLoadState("networkidle");
    }
    const bodies = await Promise.all(scripts);
    expect(bodies.filter((b) => b.length > 0).length).toBeGreaterThan(0);
    // Recharts' own class names are in its code; none of the scripts the pages loaded has them.
    expect(bodies.filter((b) => b.includes("recharts-wrapper") || b.includes("recharts-cartesian-axis"))).toEqual([]);
  });
});
