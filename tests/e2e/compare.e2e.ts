import { readFile } from "node:fs/promises";
import Papa from "papaparse";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, newPage, seriousA11yViolations } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// Each test opens its own context; closing it keeps dev-mode pages (HMR sockets) from piling up.
const opened: Page[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((p) => p.context().close()));
});
async function freshPage(viewport?: { width: number; height: number }) {
  const page = await newPage(browser, viewport);
  opened.push(page);
  return page;
}

// Wait for hydration (the selection is applied on the client) before interacting.
async function open(page: Page, path: string) {
  await page.goto(path);
  await page.locator('[data-testid="side-by-side"][data-interactive="true"]').waitFor();
}

const selectedCodes = (page: Page) =>
  page
    .getByTestId("side-by-side-table")
    .locator("thead th[data-code]")
    .evaluateAll((ths) => ths.map((th) => th.getAttribute("data-code")));

const search = (page: Page) => new URL(page.url()).searchParams.get("j");

describe("governance comparison page", () => {
  it("renders the jurisdictions × 5 matrix from the seed with coded labels, levels and not-verified cells", async () => {
    const page = await freshPage();
    await open(page, "/en/compare");
    const rows = page.getByTestId("governance-matrix").locator("tbody tr");
    const order = await rows.evaluateAll((trs) => trs.map((tr) => ({ code: tr.getAttribute("data-code"), parent: tr.getAttribute("data-parent") })));
    expect(order.filter((r) => !r.parent).map((r) => r.code)).toEqual(["EU", "US", "CN", "UK", "FR", "JP", "KR", "SA", "AE", "INT", "IN"]);
    // US states (where the data has them) sit within the US: right after it, before China.
    const states = order.filter((r) => r.parent);
    expect(states.every((r) => r.parent === "US")).toBe(true);
    expect(order.slice(2, 2 + states.length)).toEqual(states);
    await expect
      .poll(() => page.getByTestId("governance-matrix").locator("thead th").allTextContents())
      .toEqual(["Jurisdiction", "Legal form", "Risk-based approach", "Enforcement", "Extraterritorial reach", "Policy stance"]);
    const euRisk = page.getByTestId("cell-EU-risk_based");
    await expect.poll(() => euRisk.textContent()).toBe("Risk-tieredLevel 2 of 2");
    await expect.poll(() => euRisk.getAttribute("data-level")).toBe("2");
    await expect.poll(() => page.getByTestId("cell-US-legal_form").textContent()).toContain("Executive measures; no federal AI statute");
    await expect.poll(() => page.getByTestId("cell-US-legal_form").textContent()).toContain("Level 1 of 3");
    const saLegal = page.getByTestId("cell-SA-legal_form");
    await expect.poll(() => saLegal.textContent()).toBe("Not verified");
    await expect.poll(() => saLegal.getAttribute("data-level")).toBe("not-verified");
    // The darkest level and a not-verified cell must not share a colour.
    const background = (testId: string) =>
      page.getByTestId(testId).evaluate((el) => getComputedStyle(el).backgroundImage + getComputedStyle(el).backgroundColor);
    expect(await background("cell-SA-legal_form")).toContain("repeating-linear-gradient");
    expect(await background("cell-EU-legal_form")).not.toEqual(await background("cell-UK-legal_form"));
    await expect.poll(() => page.getByTestId("matrix-legend").textContent()).toContain("Level 3: Binding horizontal law");
  });

  it("opens a cell's rationale, level meaning, confidence, date and linked sources from the cell itself (Enter, click)", async () => {
    const page = await freshPage();
    await open(page, "/en/compare");
    const details = page.getByTestId("details-EU-risk_based");
    await expect.poll(() => details.isVisible()).toBe(false);
    // The cell is a native disclosure (<details>): Enter on its summary opens the details below it.
    await page.getByTestId("cell-EU-risk_based").focus();
    await page.keyboard.press("Enter");
    await details.waitFor({ state: "visible" });
    expect(await page.getByTestId("cell-EU-risk_based").evaluate((el) => (el.parentElement as HTMLDetailsElement).open)).toBe(true);
    const text = (await details.textContent()) ?? "";
    expect(text).toContain("prohibited / high-risk / transparency / minimal tiers");
    expect(text).toContain("Risk-tiered: binding risk categories with graded obligations");
    // The grade in words, without the fact sheet's curator shorthand ("H/M").
    expect(text).toContain("ConfidenceMedium");
    expect(text).not.toContain("H/M");
    expect(text).toContain("4 Dec 2026"); // the date the coding was last checked (fact sheet E15)
    await expect.poll(() => details.getByRole("link", { name: "S2" }).getAttribute("href")).toBe("/en/sources#source-S2");
    expect(text).toContain("R69");

    // Open, the source links come next in the tab order; Enter on the cell closes the details again.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe("/en/sources#source-S2");
    await page.getByTestId("cell-EU-risk_based").focus();
    await page.keyboard.press("Enter");
    await details.waitFor({ state: "hidden" });

    // With a pointer: a click opens a cell, another click closes it; each cell opens on its own.
    await page.getByTestId("cell-US-legal_form").click();
    const us = page.getByTestId("details-US-legal_form");
    await us.waitFor({ state: "visible" });
    await expect.poll(() => us.textContent()).toContain("No federal AI statute: executive orders");
    await page.getByTestId("cell-SA-legal_form").click();
    await page.getByTestId("details-SA-legal_form").waitFor({ state: "visible" });
    await expect.poll(() => page.getByTestId("details-SA-legal_form").textContent()).toContain("This is not the lowest level");
    await page.getByTestId("cell-US-legal_form").click();
    await us.waitFor({ state: "hidden" });
    await expect.poll(() => page.getByTestId("details-SA-legal_form").isVisible()).toBe(true);
  });

  it("keeps the selection in ?j=, updates the chart and side-by-side table, and restores it on back", async () => {
    const page = await freshPage();
    await open(page, "/en/compare");
    expect(await selectedCodes(page)).toEqual(["EU", "US", "CN"]);
    await page.getByRole("checkbox", { name: /United Kingdom/ }).click();
    await expect.poll(() => search(page)).toBe("EU,US,CN,UK");
    await expect.poll(() => selectedCodes(page)).toEqual(["EU", "US", "CN", "UK"]);
    const ukLegal = page.getByTestId("side-by-side-table").locator('tr[data-dimension="legal_form"] td[data-code="UK"]');
    await expect.poll(() => ukLegal.textContent()).toContain("Non-statutory: five principles applied by existing regulators");
    await expect
      .poll(() => page.locator('[data-testid="comparison-chart"] svg[data-tier]:visible [data-bar="UK:legal_form"]').getAttribute("data-level"))
      .toBe("0");
    // A fifth is refused: the remaining boxes are disabled.
    await expect.poll(() => page.getByRole("checkbox", { name: /France/ }).isDisabled()).toBe(true);

    await page.getByRole("checkbox", { name: /United States/ }).click();
    await expect.poll(() => search(page)).toBe("EU,CN,UK");
    await expect.poll(() => selectedCodes(page)).toEqual(["EU", "CN", "UK"]);
    await expect.poll(() => page.getByTestId("compare-summary").textContent()).toMatch(/^European Union, China, United Kingdom on 5 dimensions/);

    await page.goBack();
    await expect.poll(() => search(page)).toBe("EU,US,CN,UK");
    await expect.poll(() => selectedCodes(page)).toEqual(["EU", "US", "CN", "UK"]);
    await page.goBack();
    await expect.poll(() => search(page)).toBeNull();
    await expect.poll(() => selectedCodes(page)).toEqual(["EU", "US", "CN"]);
    await page.goForward();
    await expect.poll(() => selectedCodes(page)).toEqual(["EU", "US", "CN", "UK"]);
  });

  it("explains bad ?j= values politely and falls back to a sane selection", async () => {
    const page = await freshPage();
    await open(page, "/en/compare?j=XX,EU");
    const notices = page.getByTestId("selection-notices");
    await expect.poll(() => notices.textContent()).toContain("Unknown jurisdiction code(s) ignored: XX.");
    await expect.poll(() => notices.textContent()).toContain("showing the default selection instead: European Union (EU), United States (US), China (CN)");
    expect(await selectedCodes(page)).toEqual(["EU", "US", "CN"]);

    await open(page, "/en/compare?j=jp,KR,FR,UK,CN");
    await expect.poll(() => notices.textContent()).toContain("showing the first 4 (left out: China (CN))");
    expect(await selectedCodes(page)).toEqual(["JP", "KR", "FR", "UK"]);
  });

  it("draws not-verified levels as gaps (never 0) and says so", async () => {
    const page = await freshPage();
    await open(page, "/en/compare?j=SA,AE");
    await expect.poll(() => selectedCodes(page)).toEqual(["SA", "AE"]);
    const chart = page.getByTestId("comparison-chart");
    // Each has four uncoded dimensions and an "Investment-led" stance coded at level 0.
    await expect.poll(() => chart.locator("svg[data-tier]:visible [data-gap]").count()).toBe(8);
    await expect.poll(() => chart.locator("svg[data-tier]:visible [data-gap]").first().textContent()).toBe("not verified");
    expect(
      await chart
        .locator("svg[data-tier]:visible [data-bar]")
        .evaluateAll((gs) => gs.map((g) => `${g.getAttribute("data-bar")}=${g.getAttribute("data-level")}`)),
    ).toEqual(["SA:stance=0", "AE:stance=0"]);
    await expect.poll(() => page.getByTestId("compare-gap-note").textContent()).toContain("is a gap, not zero");
    // The summary names the gaps per dimension (never as level 0) and the stance levels in words.
    const summary = (await page.getByTestId("compare-summary").textContent()) ?? "";
    expect(summary).toMatch(/Legal form: not verified: [^.]+, [^.]+\./);
    expect(summary).toMatch(/Policy stance \(a position, not a score\): .+\(Level 0 of 2\)/);
  });

  it("exports exactly the compared rows as CSV and JSON, matching the data table", async () => {
    const page = await freshPage();
    await open(page, "/en/compare?j=EU,SA");
    await expect.poll(() => selectedCodes(page)).toEqual(["EU", "SA"]);
    const table = page.getByTestId("compare-data-table");
    const tableRows = await table.locator("tbody tr").evaluateAll((trs) =>
      trs.map((tr) => ({
        key: tr.getAttribute("data-row"),
        level: tr.querySelector('[data-col="level"]')?.textContent,
        scaleMax: tr.querySelector('[data-col="scaleMax"]')?.textContent,
      })),
    );
    expect(tableRows).toHaveLength(10);
    expect(tableRows).toContainEqual({ key: "EU:legal_form", level: "3", scaleMax: "3" });
    expect(tableRows).toContainEqual({ key: "SA:legal_form", level: "Not verified", scaleMax: "3" });

    const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "CSV" }).click()]);
    const csvText = (await readFile((await csvDownload.path())!, "utf8")).replace(/^\uFEFF/, "");
    const csv = Papa.parse<Record<string, string>>(csvText.trim(), { header: true }).data;
    expect(csv.map((r) => ({ key: `${r.jurisdiction}:${r.dimension}`, level: r.level || "Not verified", scaleMax: r.scaleMax }))).toEqual(tableRows);
    const euLegal = csv.find((r) => r.jurisdiction === "EU" && r.dimension === "legal_form")!;
    expect(euLegal).toMatchObject({ label: "Binding horizontal law", confidence: "MEDIUM", asOf: "2026-12-04" });
    expect(euLegal.sources).toMatch(/^S2 .+; R1 .+; R3 .+; R69 /);

    const [jsonDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "JSON" }).click()]);
    const json = JSON.parse(await readFile((await jsonDownload.path())!, "utf8")) as { rows: Array<Record<string, unknown>>; sources: string };
    expect(json.rows).toHaveLength(10);
    expect(
      json.rows.map((r) => ({
        key: `${r.jurisdiction}:${r.dimension}`,
        level: r.level === null ? "Not verified" : String(r.level),
        scaleMax: String(r.scaleMax),
      })),
    ).toEqual(tableRows);
    expect(json.rows.find((r) => r.jurisdiction === "SA" && r.dimension === "risk_based")).toMatchObject({ level: null, label: "Not assessed" });
    // Sources written out (key, title, publisher, date), not bare codes.
    expect(json.sources).toContainEqual(expect.stringMatching(/^R32 Saudi Arabia unveils HUMAIN .+ — The Day After AI, (undated|\d{4}-\d{2}-\d{2})$/));
  });

  it("shows Chinese dimension names, labels and the selection after switching language", async () => {
    const page = await freshPage();
    await open(page, "/en/compare?j=UK,JP");
    await expect.poll(() => selectedCodes(page)).toEqual(["UK", "JP"]);
    await page.getByLabel("Language").selectOption("zh");
    // The language switcher keeps the query (it may encode the comma).
    await page.waitForURL(/\/zh\/compare\?j=UK(,|%2C)JP$/);
    await expect.poll(() => page.locator("h1").textContent()).toBe("治理比较");
    await expect.poll(() => page.getByTestId("dimension-legal_form").textContent()).toBe("法律形式");
    await expect.poll(() => page.getByTestId("dimension-risk_based").textContent()).toBe("基于风险的方法");
    await expect.poll(() => page.getByTestId("cell-EU-risk_based").textContent()).toContain("风险分级");
    await expect.poll(() => page.getByTestId("cell-SA-legal_form").textContent()).toBe("未经核实");
    await expect.poll(() => selectedCodes(page)).toEqual(["UK", "JP"]);
    await expect.poll(() => page.getByTestId("side-by-side-table").locator("thead").textContent()).toContain("英国");
  });

  it("has no serious accessibility violations, in either language and with details open", async () => {
    const page = await freshPage();
    for (const locale of ["en", "zh"]) {
      await open(page, `/${locale}/compare`);
      expect(await seriousA11yViolations(page)).toEqual([]);
    }
    await page.getByTestId("cell-CN-enforcement").focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("details-CN-enforcement").waitFor({ state: "visible" });
    await page.locator('details:has([data-testid="compare-data-table"]) summary').click();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("fits a 375 px phone without horizontal scrolling of the page", async () => {
    const page = await freshPage({ width: 375, height: 800 });
    await open(page, "/en/compare?j=EU,US,CN,KR");
    await expect.poll(() => selectedCodes(page)).toEqual(["EU", "US", "CN", "KR"]);
    await page.getByTestId("cell-INT-stance").click();
    await page.getByTestId("details-INT-stance").waitFor({ state: "visible" });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
