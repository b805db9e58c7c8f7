import { afterAll, beforeAll, it } from "vitest";
import { copyFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { launchBrowser, newPage } from "./browser";
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });
it("shots", async () => {
  for (const [w, name] of [[1280, "wide"], [375, "phone"]] as const) {
    const page = await newPage(browser, { width: w, height: 900 });
    await page.goto("/en/investment?category=PUBLIC_INITIATIVE,PRIVATE_INITIATIVE");
    const frame = page.locator("figure", { has: page.getByTestId("initiatives-chart-USD") });
    await frame.locator(".recharts-bar-rectangle").first().waitFor();
    await frame.screenshot({ path: `/tmp/present/usd-${name}.png` });
    const [png] = await Promise.all([page.waitForEvent("download"), frame.getByRole("button", { name: "PNG", exact: true }).click()]);
    copyFileSync((await png.path())!, `/tmp/present/usd-export-${name}.png`);
    const eur = page.locator("figure", { has: page.getByTestId("initiatives-chart-EUR") });
    const [png2] = await Promise.all([page.waitForEvent("download"), eur.getByRole("button", { name: "PNG", exact: true }).click()]);
    copyFileSync((await png2.path())!, `/tmp/present/eur-export-${name}.png`);
    await page.goto("/en");
    await page.getByTestId("headline-amazon").screenshot({ path: `/tmp/present/amazon-${name}.png` });
    const capex = page.locator("figure", { has: page.getByTestId("capex-table") });
    await capex.locator(".recharts-bar-rectangle").first().waitFor();
    const [png3] = await Promise.all([page.waitForEvent("download"), capex.getByRole("button", { name: "PNG", exact: true }).click()]);
    copyFileSync((await png3.path())!, `/tmp/present/capex-export-${name}.png`);
  }
  const page = await newPage(browser);
  await page.goto("/zh");
  await page.locator("section").first().screenshot({ path: `/tmp/present/zh-cards.png` });
}, 120000);
