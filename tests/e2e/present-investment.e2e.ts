// Honest presentation of the investment views: exports carry their caveat, legends, as-of and written-out sources;
// initiative tables show kind and funding; no enum reaches the page.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { createDb } from "@/lib/db-client";
import { resolveDbTarget } from "@/lib/db-url";
import { fundingLabel, fundingOf, kindLabel } from "@/lib/charts/figure-labels";
import { launchBrowser, newPage } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The published initiatives as the server's database holds them (the seed decides funding; the page must follow). */
async function initiatives() {
  const db = createDb(resolveDbTarget(inject("databaseUrl")));
  try {
    return await db.investmentFigure.findMany({
      where: { publication: "PUBLISHED", deletedAt: null, category: { in: ["PUBLIC_INITIATIVE", "PRIVATE_INITIATIVE"] }, amount: { not: null } },
      select: { slug: true, currency: true, kind: true, funding: true, category: true, sources: { select: { key: true, title: true, publisher: true } } },
    });
  } finally {
    await db.$disconnect();
  }
}

/** Collects uncaught page errors and console errors while `run` clicks. */
async function withoutErrors(page: Page, run: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await run();
  return errors;
}

async function download(page: Page, button: string, scope: ReturnType<Page["locator"]>) {
  const [file] = await Promise.all([page.waitForEvent("download"), scope.getByRole("button", { name: button, exact: true }).click()]);
  return readFileSync((await file.path())!);
}

/** The stamped text of an exported SVG, lines joined (wrapped lines read as one text). */
const svgText = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
    .map((m) => m[1])
    .join(" ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");

// Enum spellings and curator shorthand that must never reach a reader.
const ENUM =
  /\b(CORPORATE_CAPEX|PUBLIC_INITIATIVE|PRIVATE_INITIATIVE|PRIVATE_INVESTMENT_AGGREGATE|CORPORATE_INVESTMENT_AGGREGATE|COMPANY_GROUP|GOVERNMENT|JOINT_VENTURE|STATE_FUND|MARKET_AGGREGATE|MORE_THAN|AT_LEAST|UP_TO|APPROX|CALENDAR_YEAR|FISCAL_YEAR|MULTI_YEAR|ACTUAL|GUIDANCE|PLEDGE|COMMITTED|ESTIMATE|UNSTATED)\b|\(as reported\)\)|the fact sheet gives no kind|investment\.categories\.|kinds\./;

describe("initiative charts", () => {
  it("show kind and funding in the table, legend and chart, following the database", async () => {
    const rows = await initiatives();
    expect(rows.length).toBeGreaterThan(5);
    const page = await newPage(browser);
    await page.goto("/en/investment?category=PUBLIC_INITIATIVE,PRIVATE_INITIATIVE");
    let checked = 0;
    for (const f of rows) {
      const row = page.locator(`[data-testid="initiatives-${f.currency!.toLowerCase()}-table"] tr[data-slug="${f.slug}"]`);
      // The charts show the forty largest; figures other tests add may push a small one out.
      if ((await row.count()) === 0 && !f.slug.startsWith("stargate") && !f.slug.startsWith("eu-")) continue;
      checked += 1;
      const cells = await row.locator("td").allTextContents();
      // Kind (its label, maybe with the curator's detail) and funding are their own columns, never empty.
      expect(cells[3]).toMatch(new RegExp(`^${kindLabel(f.kind, "en")}`));
      expect(cells[4]).toBe(fundingLabel(fundingOf(f), "en"));
      // In the full table too.
      const full = page.locator(`[data-testid="figures-table"] tr[data-slug="${f.slug}"]`);
      if (await full.count()) await expect.poll(() => full.locator('td[data-col="funding"]').textContent()).toBe(fundingLabel(fundingOf(f), "en"));
    }
    expect(checked).toBeGreaterThan(5);
    // Stargate is private money wherever the seed says so (category or funding), and never listed as public.
    const stargate = rows.find((f) => f.slug === "stargate-jv")!;
    const stargateCells = await page.locator('[data-testid="initiatives-usd-table"] tr[data-slug="stargate-jv"] td').allTextContents();
    expect(stargateCells[4]).not.toBe("Public money");
    if (stargate.funding === "PRIVATE" || stargate.category === "PRIVATE_INITIATIVE") expect(stargateCells[4]).toBe("Private money");
    // The legend under each chart lists the kinds shown, with a real hatch for plans and pledges.
    const legend = page.getByTestId("initiatives-eur-legend");
    await expect.poll(() => legend.textContent()).toContain("Pledge (hatched)");
    await expect.poll(() => legend.textContent()).toContain("Funding:");
    const hatch = legend.locator('[data-fill="hatch"] pattern line');
    await expect.poll(() => hatch.count()).toBeGreaterThan(0);
    // Bars drawn with the pattern, marked with their kind.
    const bars = page.locator('[data-testid="initiatives-chart-EUR"] svg[data-tier]:visible rect[data-kind="PLEDGE"]');
    await expect.poll(() => bars.count()).toBeGreaterThan(0);
    await expect.poll(() => bars.first().getAttribute("fill")).toMatch(/^url\(#initiatives-eur-(narrow|medium|wide)-hatch-/);
  });

  it("exports PNG and SVG with caveat, kind and funding legends, as-of and written-out sources, without a JS error", async () => {
    const rows = await initiatives();
    const usd = rows.filter((f) => f.currency === "USD");
    const page = await newPage(browser);
    await page.goto("/en/investment?category=PUBLIC_INITIATIVE,PRIVATE_INITIATIVE");
    const frame = page.locator("figure", { has: page.getByTestId("initiatives-chart-USD") });
    await frame.locator("svg[data-tier]:visible rect.chart-bar").first().waitFor();
    let svg = "";
    let png = Buffer.alloc(0);
    const errors = await withoutErrors(page, async () => {
      svg = (await download(page, "SVG", frame)).toString("utf8");
      png = await download(page, "PNG", frame);
    });
    expect(errors).toEqual([]);
    const text = svgText(svg);
    expect(text).toContain("AI investment initiatives (USD)");
    expect(text).toContain("private programmes are not public spending");
    expect(text).toContain("Kind");
    expect(text).toContain("Plan (hatched)");
    expect(text).toContain("Funding");
    expect(text).toMatch(/Newest information: \d{4}/);
    expect(text).toMatch(/Last checked: (not recorded|\d{4}-\d{2}-\d{2})/);
    expect(text).not.toMatch(/Data as of/);
    // Sources written out: title and publisher, not bare keys.
    const r23 = usd.flatMap((f) => f.sources).find((s) => s.key === "R23")!;
    expect(text).toContain(`R23 ${r23.title}`);
    expect(text).toContain(r23.publisher);
    // The hatch is a real pattern inside the exported file.
    expect(svg).toMatch(/<pattern id="[^"]*hatch[^"]*"[^>]*>.*?<line/);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.length).toBeGreaterThan(5000);
    // CSV and JSON say kind and funding in words.
    const json = JSON.parse((await download(page, "JSON", frame)).toString("utf8"));
    expect(json.caveat).toContain("private programmes are not public spending");
    const stargate = json.rows.find((r: { actor: string }) => r.actor === "US (Stargate JV)");
    expect(stargate.kind).toMatch(/^Plan/);
    expect(stargate.funding).toBe(fundingLabel(fundingOf(usd.find((f) => f.slug === "stargate-jv")!), "en"));
    expect(json.sources.join("\n")).toContain(r23.publisher);
    const csv = (await download(page, "CSV", frame)).toString("utf8");
    expect(csv.split("\n")[0]).toContain("funding");
    expect(csv).not.toMatch(/,(PLAN|PLEDGE|PRIVATE|PUBLIC),/);
  });

  it("wraps a phone-width export inside its width", async () => {
    const page = await newPage(browser, { width: 375, height: 800 });
    await page.goto("/en?x=phone");
    const frame = page.locator("figure", { has: page.getByTestId("capex-table") });
    await frame.locator("svg[data-tier]:visible rect.chart-bar").first().waitFor();
    const svg = (await download(page, "SVG", frame)).toString("utf8");
    const width = Number(/<svg[^>]*width="(\d+)"/.exec(svg)![1]);
    expect(width).toBeLessThan(375);
    expect(svgText(svg)).toContain("not AI-only");
    // Every stamped text line fits: measure the rendered SVG in the browser.
    const overflow = await page.evaluate((markup) => {
      const host = document.createElement("div");
      host.innerHTML = markup;
      document.body.appendChild(host);
      const root = host.querySelector("svg")!;
      const w = Number(root.getAttribute("width"));
      const texts = [...root.children].filter((e) => e.tagName === "text") as SVGTextElement[];
      const over = texts.filter((t) => t.getBBox().x + t.getBBox().width > w + 2).map((t) => t.textContent);
      host.remove();
      return over;
    }, svg);
    expect(overflow).toEqual([]);
  });
});

describe("private money", () => {
  it("is drawn, listed and exported as private once a figure says so (Stargate, as the seed update files it)", async () => {
    const db = createDb(resolveDbTarget(inject("databaseUrl")));
    const before = await db.investmentFigure.findUnique({ where: { slug: "stargate-jv" }, select: { funding: true } });
    await db.investmentFigure.update({ where: { slug: "stargate-jv" }, data: { funding: "PRIVATE" } });
    try {
      const page = await newPage(browser);
      // A filter combination no other test uses, so the explorer's cache answers from the database.
      await page.goto("/en/investment?category=PRIVATE_INITIATIVE,PUBLIC_INITIATIVE&kind=PLAN,PLEDGE,COMMITTED,ACTUAL,GUIDANCE,ESTIMATE");
      const cells = await page.locator('[data-testid="initiatives-usd-table"] tr[data-slug="stargate-jv"] td').allTextContents();
      expect(cells[4]).toBe("Private money");
      // Stargate and the other private programmes the seed files (its September 2025 expansion, …).
      const bars = page.locator('[data-testid="initiatives-chart-USD"] svg[data-tier]:visible rect[data-funding="PRIVATE"]');
      await expect.poll(() => bars.count()).toBeGreaterThanOrEqual(1);
      for (const stroke of await bars.evaluateAll((els) => els.map((e) => e.getAttribute("stroke")))) expect(stroke).toBe("#D55E00");
      const privateBars = await bars.count();
      await expect.poll(() => page.getByTestId("initiatives-usd-summary").textContent()).toMatch(new RegExp(`\\b${privateBars} private`));
      await expect
        .poll(() => page.locator('[data-testid="initiatives-chart-USD"] svg[data-tier]:visible .initiative-tag').allTextContents())
        .toContain("Plan · Private money");
      const frame = page.locator("figure", { has: page.getByTestId("initiatives-chart-USD") });
      expect(svgText((await download(page, "SVG", frame)).toString("utf8"))).toMatch(/Funding .*Private money/);
      const json = JSON.parse((await download(page, "JSON", frame)).toString("utf8"));
      expect(json.rows.find((r: { actor: string }) => r.actor === "US (Stargate JV)").funding).toBe("Private money");
      await expect
        .poll(() => page.locator('[data-testid="figures-table"] tr[data-slug="stargate-jv"] td[data-col="funding"]').textContent())
        .toBe("Private money");
    } finally {
      await db.investmentFigure.update({ where: { slug: "stargate-jv" }, data: { funding: before!.funding } });
      await db.$disconnect();
    }
  });
});

describe("currency", () => {
  it("converts with the rate of the figure's own year, or says which year's rate it used instead, in the table and the CSV", async () => {
    const db = createDb(resolveDbTarget(inject("databaseUrl")));
    const [investAI, eurRates] = await Promise.all([
      db.investmentFigure.findUnique({ where: { slug: "eu-investai" }, select: { reportedOn: true } }),
      db.exchangeRate.findMany({ where: { currency: "EUR", publication: "PUBLISHED", deletedAt: null }, select: { period: true } }),
    ]).finally(() => db.$disconnect());
    const year = String(investAI!.reportedOn!.getUTCFullYear());
    const page = await newPage(browser);
    await page.goto("/en/investment?category=PUBLIC_INITIATIVE,PRIVATE_INITIATIVE&currency=USD");
    const cell = (await page.locator('[data-testid="initiatives-usd-table"] tr[data-slug="eu-investai"]').textContent()) ?? "";
    if (eurRates.some((r) => r.period === year)) {
      expect(cell).toContain(`(${year} avg.,`);
      expect(cell).not.toContain("rate is used");
    } else {
      const used = eurRates
        .map((r) => r.period)
        .sort()
        .at(-1)!;
      expect(cell).toContain(`no ${year} rate stored; the ${used} rate is used`);
    }
    const frame = page.locator("figure", { has: page.getByTestId("initiatives-chart-USD") });
    const csv = (await download(page, "CSV", frame)).toString("utf8");
    expect(csv).toContain(cell.includes("rate is used") ? "rate is used" : `(${year} avg.,`);
  });
});

describe("headline cards and public text", () => {
  it("lead with reported capex and show the article's claim beside it, flagged", async () => {
    const page = await newPage(browser);
    await page.goto("/en");
    const amazon = page.getByTestId("headline-amazon");
    const values = await amazon.getByTestId("headline-value").allTextContents();
    expect(values).toContain("$83bn");
    expect(values).not.toContain("~$75bn");
    await expect.poll(() => amazon.getByTestId("headline-claim-value").textContent()).toBe("~$75bn");
    await expect.poll(() => amazon.getByTestId("headline-claim").textContent()).toContain("Flagged claim");
    const meta = page.getByTestId("headline-meta");
    await expect.poll(() => meta.getByTestId("headline-value").allTextContents()).toContain("$39.23bn");
    await expect.poll(() => meta.getByTestId("headline-claim-value").textContent()).toBe("$38–40bn");
    // Total capex is never titled "AI spending".
    for (const key of ["bigTech", "amazon", "meta"]) {
      await expect.poll(() => page.getByTestId(`headline-${key}`).locator("h3").textContent()).not.toMatch(/AI spend/i);
    }
    await expect.poll(() => page.getByTestId("headline-stargate").getByTestId("headline-kind").textContent()).toMatch(/Plan/);
    await expect.poll(() => page.getByTestId("headline-bigTech").getByTestId("headline-as-of").textContent()).toMatch(/Newest information: \d{4}/);
  });

  it("shows no enum, curator shorthand or bare yen sign on the overview and investment pages, in both languages", async () => {
    const page = await newPage(browser);
    for (const path of ["/en", "/zh", "/en/investment", "/zh/investment", "/en/investment?currency=USD", "/zh/investment?currency=EUR"]) {
      await page.goto(path);
      await page.locator("details").evaluateAll((els) => els.forEach((e) => ((e as HTMLDetailsElement).open = true)));
      const text = await page.locator("main").innerText();
      expect(text.match(ENUM)?.[0] ?? null, path).toBeNull();
      expect(text, path).not.toMatch(/(?<![A-Z])¥/);
      expect(text, path).not.toMatch(/Data as of/);
    }
    await page.goto("/zh/investment");
    const zh = (await page.locator('[data-testid="initiatives-usd-table"] tr[data-slug="stargate-jv"]').textContent()) ?? "";
    expect(zh).toContain("计划");
    expect(zh).toMatch(/私人资金|未说明资金来源/);
  });
});
