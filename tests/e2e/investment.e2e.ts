import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { createDb } from "@/lib/db-client";
import { resolveDbTarget } from "@/lib/db-url";
import { launchBrowser, newPage, seriousA11yViolations } from "./browser";

/** Other browser tests publish figures too, so expected counts come from the database the server uses. */
async function publishedCount(where: Record<string, unknown> = {}) {
  const db = createDb(resolveDbTarget(inject("databaseUrl")));
  try {
    return await db.investmentFigure.count({ where: { publication: "PUBLISHED", deletedAt: null, ...where } });
  } finally {
    await db.$disconnect();
  }
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function download(page: Page, button: string, scope = page.locator("body")) {
  const [file] = await Promise.all([page.waitForEvent("download"), scope.getByRole("button", { name: button, exact: true }).click()]);
  return readFileSync((await file.path())!);
}

describe("investment explorer", () => {
  it("shows every published figure in its original currency, with sources", async () => {
    const page = await newPage(browser);
    await page.goto("/en/investment");
    await expect.poll(() => page.getByTestId("matching-count").textContent()).toBe(`${await publishedCount()} figures match these filters.`);
    const row = page.locator('[data-testid="figures-table"] tr[data-slug="cn-national-ai-industry-investment-fund"]');
    await expect.poll(() => row.textContent()).toContain("CN¥60.06bn");
    await expect.poll(() => row.textContent()).toContain("R28");
    // Public initiatives are drawn one chart per currency, never on a shared axis.
    for (const currency of ["eur", "usd", "cny", "gbp", "jpy", "krw"]) {
      await page.getByTestId(`initiatives-chart-${currency.toUpperCase()}`).waitFor();
    }
    await expect.poll(() => page.getByText("Why nothing here is added up").count()).toBe(1);
  });

  it("puts filters in the URL, changes the charts, and restores them with back/forward", async () => {
    const page = await newPage(browser);
    await page.goto("/en/investment");
    const form = page.getByTestId("investment-filters");
    await form.getByLabel("Public initiatives").check();
    await form.getByLabel("Display currency").selectOption("USD");
    await form.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL(/category=PUBLIC_INITIATIVE/);
    await expect.poll(() => page.url()).toContain("currency=USD");
    await expect
      .poll(() => page.getByTestId("matching-count").textContent())
      .toBe(`${await publishedCount({ category: "PUBLIC_INITIATIVE" })} figures match these filters.`);
    const table = page.getByTestId("initiatives-usd-table");
    const investAI = await table.locator('tr[data-slug="eu-investai"]').textContent();
    // €200bn at the stored 2023 Fed rate (1 EUR = 1.0817 USD), with the rate named.
    expect(investAI).toContain("216.34");
    expect(investAI).toContain("1 EUR = 1.0817 USD (2023 avg., X1)");
    // No capex figure (chart, summary or table) under a public-initiatives filter.
    await expect.poll(() => page.getByTestId("capex-table").count()).toBe(0);
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes("category"));
    await expect.poll(() => page.getByTestId("matching-count").textContent()).toBe(`${await publishedCount()} figures match these filters.`);
    await page.goForward();
    await page.waitForURL(/currency=USD/);
    await expect.poll(() => page.getByTestId("initiatives-usd-table").count()).toBe(1);
  });

  it("explains bad URL parameters instead of failing", async () => {
    const page = await newPage(browser);
    const res = await page.goto("/en/investment?from=abc&to=99999&kind=RUMOUR,ACTUAL&currency=BTC");
    expect(res?.status()).toBe(200);
    const notices = (await page.getByTestId("filter-notices").textContent()) ?? "";
    expect(notices).toContain("“abc” is not a year");
    expect(notices).toContain("“RUMOUR” is not a known value");
    expect(notices).toContain("“BTC” is not a known value");
    expect(notices).toContain("outside 2000–2040");
  });

  it("downloads CSV and JSON whose numbers match the table, and a stamped SVG and PNG", async () => {
    const page = await newPage(browser);
    await page.goto("/en/investment?category=PRIVATE_INVESTMENT_AGGREGATE");
    const frame = page.locator("figure", { has: page.getByTestId("private-chart") });
    const csv = (await download(page, "CSV", frame)).toString("utf8");
    const tableValues = await page.getByTestId("private-investment-table").locator("tbody tr td:nth-child(3)").allTextContents();
    expect(tableValues).toContain("109.1");
    for (const v of tableValues) expect(csv).toContain(`,${v},`);
    const json = JSON.parse((await download(page, "JSON", frame)).toString("utf8"));
    expect(json.rows.map((r: { valueUsdBn: number }) => String(r.valueUsdBn)).sort()).toEqual([...tableValues].sort());
    // Sources written out (key, title, publisher), in the JSON, the CSV and the picture.
    expect(json.sources.some((s: string) => /^R6 \S.* — \S/.test(s))).toBe(true);
    expect(csv).toMatch(/R6 [^\n]* — /);
    const svg = (await download(page, "SVG", frame)).toString("utf8");
    expect(svg).toContain("Private AI investment by country and year");
    expect(svg).toMatch(/R6 \S.* — /);
    expect(svg).toMatch(/Newest information: \d{4}/);
    const png = await download(page, "PNG", frame);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.length).toBeGreaterThan(5000);
  });

  it("translates to Chinese and passes axe", async () => {
    const page = await newPage(browser);
    await page.goto("/zh/investment");
    await expect.poll(() => page.locator("h1").textContent()).toBe("投资浏览");
    await expect.poll(() => page.getByText("为什么这里的数字从不相加").count()).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.goto("/en/investment?currency=EUR");
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
