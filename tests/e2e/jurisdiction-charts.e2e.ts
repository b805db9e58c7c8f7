// The jurisdiction pages' two charts (coded levels against the others; investment figures over time): drawn on the
// server, with a data table and exports whose values are the database's rows.
import { readFile } from "node:fs/promises";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { createDb, type Db } from "../../lib/db-client";
import { resolveDbTarget } from "../../lib/db-url";
import { launchBrowser, newPage, seriousA11yViolations } from "./browser";

let browser: Browser;
let db: Db;
beforeAll(async () => {
  browser = await launchBrowser();
  db = createDb(resolveDbTarget(inject("databaseUrl")));
});
afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

const PUBLISHED = { publication: "PUBLISHED", deletedAt: null } as const;

/** The current published level of `code` on each dimension (latest `since`, as the pages read it), and its scale top. */
async function currentLevels(code: string): Promise<Map<string, { level: number | null; max: number }>> {
  const rows = await db.assessment.findMany({
    where: { ...PUBLISHED, jurisdiction: { code } },
    select: { level: true, since: true, dimension: { select: { key: true, scale: true } } },
  });
  const out = new Map<string, { level: number | null; max: number; since: number }>();
  for (const r of rows) {
    const since = r.since?.getTime() ?? -Infinity;
    const max = Math.max(...(r.dimension.scale as { level: number }[]).map((s) => s.level));
    if (!out.has(r.dimension.key) || since > out.get(r.dimension.key)!.since) out.set(r.dimension.key, { level: r.level, max, since });
  }
  return new Map([...out].map(([k, v]) => [k, { level: v.level, max: v.max }]));
}

async function download(page: Page, chart: string, button: string): Promise<string> {
  const frame = page.locator(`figure[aria-labelledby="${chart}-title"]`);
  const [file] = await Promise.all([page.waitForEvent("download"), frame.getByRole("button", { name: button, exact: true }).click()]);
  return (await readFile((await file.path())!, "utf8")).replace(/^\uFEFF/, "");
}

describe("jurisdiction charts", () => {
  it("draws the EU's coded levels among the others, with a table and exports holding the database's levels", async () => {
    const page = await newPage(browser);
    await page.goto("/en/jurisdictions/eu");
    const strip = page.getByTestId("levels-strip");
    await expect.poll(() => strip.isVisible()).toBe(true);
    const levels = await currentLevels("EU");
    expect(levels.size).toBeGreaterThanOrEqual(5);
    const drawn = await strip.locator("g[data-dimension]").evaluateAll((gs) => gs.map((g) => [g.getAttribute("data-dimension"), g.getAttribute("data-level")]));
    for (const [key, { level }] of levels) expect(drawn).toContainEqual([key, level === null ? "" : String(level)]);
    // Others are drawn as named dots: e.g. the US on every dimension it has a verified level on.
    const us = await currentLevels("US");
    const verifiedUs = [...us.values()].filter((v) => v.level !== null).length;
    await expect.poll(() => strip.locator('circle[data-code="US"]').count()).toBe(verifiedUs);
    await expect.poll(() => strip.locator('circle[data-code="US"] title').first().textContent()).toContain("United States (US)");

    await page.getByText("Data table").first().click();
    const table = page.getByTestId("levels-table");
    for (const [key, { level, max }] of levels) {
      const row = table.locator(`tr[data-slug="${key}:EU"]`);
      await expect.poll(() => row.locator("td").nth(2).textContent()).toBe(level === null ? "Not verified" : `${level} of ${max}`);
      await expect.poll(() => row.locator("td").nth(4).textContent()).toMatch(/^[A-Z]+\d+(, [A-Z]+\d+)*$/);
    }
    const summary = (await page.getByTestId("jurisdiction-levels-summary").textContent()) ?? "";
    expect(summary).toMatch(/others higher, \d+ the same, \d+ lower/);

    const csv = Papa.parse<Record<string, string>>((await download(page, "jurisdiction-levels", "CSV")).trim(), { header: true }).data;
    expect(csv).toHaveLength(await table.locator("tbody tr").count());
    const euRows = csv.filter((r) => r.code === "EU");
    expect(euRows).toHaveLength(levels.size);
    for (const r of euRows) expect(r.sources).toMatch(/^[SR]\d+ /);
    const json = JSON.parse(await download(page, "jurisdiction-levels", "JSON")) as {
      title: string;
      rows: { code: string; level: number | null }[];
      sources: string[];
    };
    expect(json.title).toBe("European Union: coded levels against the other jurisdictions");
    expect(
      json.rows
        .filter((r) => r.code === "EU")
        .map((r) => r.level)
        .sort(),
    ).toEqual([...levels.values()].map((v) => v.level).sort());
    expect(json.sources.length).toBeGreaterThan(0);
    const svg = await download(page, "jurisdiction-levels", "SVG");
    expect(svg).toContain("<svg");
    // The export wraps its title to the drawing's width: read its text as a reader would, line after line.
    const svgText = svg.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    expect(svgText).toContain("European Union: coded levels against the other jurisdictions");
    expect(svgText).toContain("EU · 3");
  });

  it("draws the US figures over time in their own currency, with every figure of the database in the table and CSV", async () => {
    const page = await newPage(browser);
    await page.goto("/en/jurisdictions/us");
    const rows = await db.investmentFigure.findMany({
      where: { ...PUBLISHED, jurisdiction: { code: "US" } },
      select: { slug: true, amount: true, currency: true, periodStart: true, periodEnd: true, _count: { select: { sources: { where: PUBLISHED } } } },
    });
    expect(rows.length).toBeGreaterThan(5);
    const chart = page.getByTestId("figures-timeline");
    await expect.poll(() => chart.isVisible()).toBe(true);
    const dated = rows
      .filter((r) => r.periodStart !== null || r.periodEnd !== null)
      .map((r) => r.slug)
      .sort();
    expect((await chart.locator("g[data-slug]").evaluateAll((gs) => gs.map((g) => g.getAttribute("data-slug")))).sort()).toEqual(dated);
    const table = page.getByTestId("figures-chart-table");
    expect((await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-slug")))).sort()).toEqual(
      rows.map((r) => r.slug).sort(),
    );
    for (const r of rows.filter((x) => x._count.sources > 0)) {
      expect((await table.locator(`tr[data-slug="${r.slug}"] td`).nth(6).textContent())!.split(", ")).toHaveLength(r._count.sources);
    }
    const csv = Papa.parse<Record<string, string>>((await download(page, "jurisdiction-figures", "CSV")).trim(), { header: true }).data;
    expect(csv).toHaveLength(rows.length);
    const amounts = (list: { amount: unknown; currency: string | null }[]) =>
      list.map((r) => `${r.currency ?? ""} ${r.amount === null || r.amount === "" ? "" : Number(String(r.amount))}`).sort();
    expect(amounts(csv.map((r) => ({ amount: r.amount, currency: r.currency || null })))).toEqual(amounts(rows));
    // Never a total: no row sums the series.
    expect(csv.every((r) => r.actor !== "Total")).toBe(true);
    await expect.poll(() => page.getByTestId("jurisdiction-figures-summary").textContent()).toMatch(/^\d+ figures in USD: \d+ actual/);
  });

  it("keeps the EU's figures in euros and lists the undated pledge below the chart", async () => {
    const page = await newPage(browser);
    await page.goto("/en/jurisdictions/eu");
    const undated = await db.investmentFigure.count({ where: { ...PUBLISHED, jurisdiction: { code: "EU" }, periodStart: null, periodEnd: null } });
    const summary = (await page.getByTestId("jurisdiction-figures-summary").textContent()) ?? "";
    expect(summary).toContain("in EUR");
    expect(summary).toContain(`${undated} without a stated period`);
    if (undated > 0) await expect.poll(() => page.getByTestId("figures-undated").textContent()).toContain("Not drawn");
    await expect
      .poll(() => page.getByTestId("figures-timeline").locator("text").allTextContents())
      .toEqual(expect.arrayContaining([expect.stringMatching(/^€/)]));
  });

  it("shows an empty state where a jurisdiction has no figures", async () => {
    const codes = await db.jurisdiction.findMany({ where: { ...PUBLISHED, investments: { none: { ...PUBLISHED } } }, select: { code: true }, take: 1 });
    expect(codes).toHaveLength(1);
    const page = await newPage(browser);
    await page.goto(`/en/jurisdictions/${codes[0].code.toLowerCase()}`);
    await expect.poll(() => page.getByTestId("figures-empty").textContent()).toMatch(/^No investment figure is recorded for /);
    await expect.poll(() => page.getByTestId("figures-timeline").count()).toBe(0);
  });

  it("speaks Chinese on the Chinese page", async () => {
    const page = await newPage(browser);
    await page.goto("/zh/jurisdictions/eu");
    await expect.poll(() => page.locator("#jurisdiction-levels-title").textContent()).toBe("欧盟：与其他司法辖区对比的编码等级");
    await expect.poll(() => page.locator("#jurisdiction-figures-title").textContent()).toBe("欧盟：投资数据随时间变化");
    await expect.poll(() => page.getByTestId("jurisdiction-levels-summary").textContent()).toMatch(/个更高/);
  });

  it.each(["en", "zh"])("has no serious accessibility violations on /%s/jurisdictions/eu", async (locale) => {
    const page = await newPage(browser);
    await page.goto(`/${locale}/jurisdictions/eu`);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
