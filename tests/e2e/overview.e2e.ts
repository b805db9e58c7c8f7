import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import type { Browser } from "playwright-core";
import { launchBrowser, newPage, seriousA11yViolations } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("overview page", () => {
  it("shows the source articles' headline figures with source, date and confidence", async () => {
    const page = await newPage(browser);
    await page.goto("/en");
    const expectations: Record<string, string> = {
      bigTech: ">$200bn",
      amazon: "~$75bn",
      meta: "≤$40bn",
      investAI: "€200bn",
      stargate: "$500bn",
    };
    for (const [key, value] of Object.entries(expectations)) {
      const card = page.getByTestId(`headline-${key}`);
      await expect(card.getByTestId("headline-value").textContent()).resolves.toBe(value);
      const text = (await card.textContent()) ?? "";
      expect(text).toMatch(/Source: (S|R)\d/);
      expect(text).toMatch(/\d{4}-\d{2}-\d{2}|Multi-year|years?/);
      expect(await card.getByTestId("headline-confidence").textContent()).toMatch(/^(High|Medium|Low)/);
    }
    // The seed article's Amazon figure is guidance; the reported actual is shown beside it.
    expect(await page.getByTestId("headline-amazon").textContent()).toContain("Reported actual (Total capex (gross purchases of P&E)): $83bn");
  });

  it("draws Big Tech capex from the database with guidance distinguishable from actuals", async () => {
    const page = await newPage(browser);
    await page.goto("/en");
    const bars = page.locator('[data-testid="capex-chart"] .recharts-bar-rectangle path');
    await expect.poll(() => bars.count()).toBeGreaterThan(8);
    const opacities = await bars.evaluateAll((els) => els.map((e) => e.getAttribute("fill-opacity")));
    expect(opacities).toContain("1");
    expect(opacities).toContain("0.35");
    const table = page.getByTestId("capex-table");
    expect(await table.locator("tbody tr").count()).toBeGreaterThanOrEqual(15);
    const amazon2024 = table.locator('tr[data-slug="amazon-capex-2024"]');
    expect(await amazon2024.textContent()).toContain("$83bn");
    expect(await page.getByTestId("capex-summary").textContent()).toMatch(/4 companies/);
    expect(await page.locator("figure").textContent()).toContain("fiscal year ending 30 June");
  });

  it("exports the capex rows as CSV with each source written out in full", async () => {
    const page = await newPage(browser);
    await page.goto("/en");
    const frame = page.locator("figure", { has: page.getByTestId("capex-table") });
    const [file] = await Promise.all([page.waitForEvent("download"), frame.getByRole("button", { name: "CSV", exact: true }).click()]);
    const rows = Papa.parse<Record<string, string>>(readFileSync((await file.path())!, "utf8").replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
    expect(rows.length).toBe(await page.getByTestId("capex-table").locator("tbody tr").count());
    const amazon = rows.find((r) => r.company === "Amazon" && r.period === "2024" && r.kind === "ACTUAL");
    expect(amazon?.amount).toBe("83000000000");
    // "R12 Amazon 10-K … <https://…>": the key, then the source's title and address, not the key alone.
    expect(amazon?.sources).toMatch(/^[A-Z]+\d+ \S.* <https?:\/\/[^>]+>/);
  });

  it("switches the interface to Chinese and keeps the figures", async () => {
    const page = await newPage(browser);
    await page.goto("/en");
    await page.getByLabel("Language").selectOption("zh");
    await page.waitForURL(/\/zh$/);
    await expect(page.locator("h1").textContent()).resolves.toBe("人工智能治理与投资概览");
    expect(await page.getByTestId("headline-investAI").getByTestId("headline-value").textContent()).toBe("€200bn");
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
  });

  it("has no serious accessibility violations, in either language", async () => {
    const page = await newPage(browser);
    for (const locale of ["en", "zh"]) {
      await page.goto(`/${locale}`);
      expect(await seriousA11yViolations(page)).toEqual([]);
    }
  });

  it("fits a 375 px phone without horizontal scrolling of the page", async () => {
    const page = await newPage(browser, { width: 375, height: 800 });
    await page.goto("/en");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
