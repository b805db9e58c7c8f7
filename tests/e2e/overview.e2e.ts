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
  it("leads each headline card with the best evidence, with source, kind, confidence and as-of", async () => {
    const page = await newPage(browser);
    await page.goto("/en");
    // Reported capex leads; the source articles' own figures are flagged claims beside it.
    const expectations: Record<string, { value: string; claim?: string }> = {
      bigTech: { value: "$52.5bn", claim: ">$200bn" },
      amazon: { value: "$83bn", claim: "~$75bn" },
      meta: { value: "$39.23bn", claim: "$38–40bn" },
      investAI: { value: "€200bn" },
      stargate: { value: "$500bn" },
    };
    for (const [key, { value, claim }] of Object.entries(expectations)) {
      const card = page.getByTestId(`headline-${key}`);
      await expect.poll(() => card.getByTestId("headline-value").allTextContents()).toContain(value);
      if (claim) await expect.poll(() => card.getByTestId("headline-claim-value").textContent()).toBe(claim);
      else await expect.poll(() => card.getByTestId("headline-claim").count()).toBe(0);
      const text = (await card.textContent()) ?? "";
      expect(text).toMatch(/Sources: (S|R)\d+ \S/);
      await expect.poll(() => card.getByTestId("headline-confidence").textContent()).toMatch(/^(High|Medium|Low)/);
      await expect.poll(() => card.getByTestId("headline-as-of").textContent()).toMatch(/^Newest information: \d{4}.* · Last checked: /);
    }
    // The four firms' 2024 capex are listed one by one, never summed.
    await expect.poll(() => page.getByTestId("headline-bigTech").getByTestId("headline-value").count()).toBeGreaterThanOrEqual(4);
  });

  it("writes the amounts with Chinese scale words on /zh, as the chart axes do", async () => {
    const page = await newPage(browser);
    await page.goto("/zh");
    const values = (key: string) => page.getByTestId(`headline-${key}`).getByTestId("headline-value").allTextContents();
    await expect.poll(() => values("bigTech")).toContain("$525亿");
    expect(await values("meta")).toContain("$392.3亿");
    expect(await values("investAI")).toContain("€2,000亿");
    expect(await values("stargate")).toContain("$5,000亿");
    await expect.poll(() => page.getByTestId("headline-meta").getByTestId("headline-claim-value").textContent()).toBe("$380–400亿");
    const written = [...(await page.getByTestId("headline-value").allTextContents()), ...(await page.getByTestId("headline-claim-value").allTextContents())];
    expect(written.length).toBeGreaterThan(8);
    expect(written.filter((v) => /\d(bn|trn|M)$/.test(v))).toEqual([]);
    const ticks = await page.locator('[data-testid="capex-chart"] svg[data-tier]:visible .chart-tick').allTextContents();
    expect(ticks.some((t) => t.endsWith("亿"))).toBe(true);
  });

  it("draws Big Tech capex from the database with guidance distinguishable from actuals", async () => {
    const page = await newPage(browser);
    await page.goto("/en");
    const bars = page.locator('[data-testid="capex-chart"] svg[data-tier]:visible rect.chart-bar');
    await expect.poll(() => bars.count()).toBeGreaterThan(8);
    // Actuals are solid; guidance is filled with a real hatch pattern defined in the chart.
    const fills = await bars.evaluateAll((els) => els.map((e) => [e.getAttribute("data-kind"), e.getAttribute("fill")]));
    expect(fills.filter(([k]) => k === "ACTUAL").every(([, f]) => /^#/.test(f!))).toBe(true);
    const guidance = fills.filter(([k]) => k === "GUIDANCE");
    expect(guidance.length).toBeGreaterThan(0);
    for (const [, f] of guidance) {
      const id = /^url\(#(.+)\)$/.exec(f!)![1];
      await expect.poll(() => page.locator(`[data-testid="capex-chart"] pattern[id="${id}"] line`).count()).toBe(1);
    }
    const table = page.getByTestId("capex-table");
    await expect.poll(() => table.locator("tbody tr").count()).toBeGreaterThanOrEqual(15);
    const amazon2024 = table.locator('tr[data-slug="amazon-capex-2024"]');
    await expect.poll(() => amazon2024.textContent()).toContain("$83bn");
    await expect.poll(() => page.getByTestId("capex-summary").textContent()).toMatch(/4 companies/);
    await expect.poll(() => page.locator("figure").textContent()).toContain("fiscal year ending 30 June");
  });

  it("exports the capex rows as CSV with each source written out in full", async () => {
    const page = await newPage(browser);
    await page.goto("/en");
    const frame = page.locator("figure", { has: page.getByTestId("capex-table") });
    const [file] = await Promise.all([page.waitForEvent("download"), frame.getByRole("button", { name: "CSV", exact: true }).click()]);
    const rows = Papa.parse<Record<string, string>>(readFileSync((await file.path())!, "utf8").replace(/^\uFEFF/, ""), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.length).toBe(await page.getByTestId("capex-table").locator("tbody tr").count());
    const amazon = rows.find((r) => r.company === "Amazon" && r.period === "2024" && r.kind === "Actual");
    expect(amazon?.amount).toBe("83000000000");
    // "R12 Amazon 10-K … <https://…>": the key, then the source's title and address, not the key alone.
    expect(amazon?.sources).toMatch(/^[A-Z]+\d+ \S.* — \S.*, (\d{4}-\d{2}-\d{2}|undated) <https?:\/\/[^>]+>/);
  });

  it("switches the interface to Chinese and keeps the figures (the same amount, in Chinese scale words)", async () => {
    const page = await newPage(browser);
    await page.goto("/en");
    await expect.poll(() => page.getByTestId("headline-investAI").getByTestId("headline-value").textContent()).toBe("€200bn");
    await page.getByLabel("Language").selectOption("zh");
    await page.waitForURL(/\/zh$/);
    await expect(page.locator("h1").textContent()).resolves.toBe("人工智能治理与投资概览");
    await expect.poll(() => page.getByTestId("headline-investAI").getByTestId("headline-value").textContent()).toBe("€2,000亿");
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("zh-CN");
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
