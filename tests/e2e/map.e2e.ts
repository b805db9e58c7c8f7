// The world map in a real browser against the production build: both languages, axe clean, focus shows a
// jurisdiction's coding, the table alternative says what the shapes say, and the CSV export carries the same rows.
import { readFile } from "node:fs/promises";
import Papa from "papaparse";
import { afterEach, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { newPage, seriousA11yViolations, useBrowser } from "./browser";

const session = useBrowser();
const opened: Page[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((p) => p.context().close()));
});
async function freshPage() {
  const page = await newPage(session.browser, { width: 1400, height: 1000 });
  opened.push(page);
  return page;
}

const USA = '[data-shape-id="c840"]';
const ITALY = '[data-shape-id="c380"]';
const SAUDI = '[data-shape-id="c682"]';
const BRAZIL = '[data-shape-id="c076"]';
const CALIFORNIA = '[data-shape-id="s06"]';

type Row = Record<string, string>;
async function tableRows(page: Page): Promise<Row[]> {
  return page.getByTestId("world-map-table").evaluate((table) => {
    const heads = [...table.querySelectorAll("thead th")].map((th) => th.textContent ?? "");
    return [...table.querySelectorAll("tbody tr")].map((tr) => ({
      code: tr.getAttribute("data-slug") ?? "",
      ...Object.fromEntries([...tr.querySelectorAll("td")].map((td, i) => [heads[i], td.textContent ?? ""])),
    }));
  });
}

describe("world map", () => {
  it("renders /en/map with the EU, the US and its states, international bodies beside it, and no serious axe violation", async () => {
    const page = await freshPage();
    await page.goto("/en/map?d=legal_form");
    await page.getByTestId("world-map").waitFor();
    await expect.poll(() => page.locator("h1").textContent()).toBe("World map");
    // The US: its own row and coding; Italy: no row of its own, shown with the EU's coding.
    await expect.poll(() => page.locator(USA).getAttribute("data-code")).toBe("US");
    await expect.poll(() => page.locator(USA).getAttribute("data-coding")).toContain("Executive measures; no federal AI statute");
    await expect.poll(() => page.locator(ITALY).getAttribute("data-code")).toBe("EU");
    await expect.poll(() => page.locator(ITALY).getAttribute("data-shown")).toContain("EU coding");
    await expect.poll(() => page.locator(ITALY).getAttribute("data-coding")).toContain("Binding horizontal law");
    // Saudi Arabia's legal form is coded without a level: hatched, said "not verified", never a colour.
    await expect.poll(() => page.locator(SAUDI).getAttribute("data-coding")).toContain("Not verified");
    await expect.poll(() => page.locator(`${SAUDI} path`).getAttribute("fill")).toBe("url(#map-hatch)");
    // Brazil has no row: not covered, not focusable, no invented coding.
    await expect.poll(() => page.locator(`${BRAZIL} > path > title`).textContent()).toContain("Not covered");
    await expect.poll(() => page.locator(`a${BRAZIL}`).count()).toBe(0);
    // California has its own (sub-national) row: drawn in the inset, a link to its page.
    await expect.poll(() => page.locator(CALIFORNIA).getAttribute("href")).toBe("/en/jurisdictions/us-ca");
    // International bodies are listed beside the map, not drawn.
    await expect.poll(() => page.getByTestId("map-listed").textContent()).toContain("Multilateral");
    await expect.poll(() => page.locator('[data-code="INT"]').count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("keyboard focus on a country shows its coded label and rationale", async () => {
    const page = await freshPage();
    await page.goto("/en/map?d=legal_form");
    await page.getByTestId("world-map").waitFor();
    await expect.poll(() => page.getByTestId("map-details").textContent()).toContain("Point at or move the keyboard focus");
    await page.locator(USA).focus();
    await expect.poll(() => page.getByTestId("map-details-name").textContent()).toBe("United States");
    await expect.poll(() => page.getByTestId("map-details-coding").textContent()).toContain("Executive measures; no federal AI statute");
    await expect.poll(() => page.getByTestId("map-details-coding").textContent()).toContain("level 1 of 3");
    await expect.poll(async () => (await page.getByTestId("map-details-rationale").textContent())!.length).toBeGreaterThan(10);
    // Tab moves to the next shaded jurisdiction and the panel follows.
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("data-name"));
    expect(focused).toBeTruthy();
    await expect.poll(() => page.getByTestId("map-details-name").textContent()).toBe(focused);
  });

  it("the table alternative matches every shaded shape, and the CSV export matches the table", async () => {
    const page = await freshPage();
    await page.goto("/en/map?d=enforcement");
    await page.getByTestId("world-map").waitFor();
    const rows = await tableRows(page);
    expect(rows.map((r) => r.code)).toEqual(expect.arrayContaining(["EU", "US", "CN", "UK", "US-CA", "INT"]));
    const shapes = await page
      .locator("a[data-map-shape]")
      .evaluateAll((els) =>
        els.map((el) => ({ code: el.getAttribute("data-code"), coding: el.getAttribute("data-coding"), shown: el.getAttribute("data-shown") })),
      );
    expect(shapes.length).toBeGreaterThan(25);
    for (const s of shapes) {
      const row = rows.find((r) => r.code === s.code);
      expect(row, `table row for ${s.code}`).toBeDefined();
      expect(row!.Coding).toBe(s.coding);
    }
    // Every EU member drawn with the EU's coding is named in the EU row.
    const eu = rows.find((r) => r.code === "EU")!;
    expect(eu["Member states shaded with this coding"]).toContain("Italy");
    expect(eu["Member states shaded with this coding"]).toContain("Germany");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "CSV" }).click()]);
    const csv = Papa.parse<Row>((await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "").trim(), { header: true }).data;
    expect(csv.map((r) => [r.code, r.coding])).toEqual(rows.map((r) => [r.code, r.Coding]));
  });

  it("renders /zh/map with the database's Chinese names and no serious axe violation", async () => {
    const page = await freshPage();
    await page.goto("/zh/map");
    await page.getByTestId("world-map").waitFor();
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("zh-CN");
    await expect.poll(() => page.locator("h1").textContent()).toBe("世界地图");
    await expect.poll(() => page.locator(USA).getAttribute("data-name")).toBe("美国");
    await expect.poll(() => page.locator(CALIFORNIA).getAttribute("data-name")).toBe("美国加利福尼亚州");
    await expect.poll(() => page.locator(ITALY).getAttribute("data-name")).toBe("意大利");
    await expect.poll(() => page.locator(ITALY).getAttribute("data-shown")).toContain("欧盟编码");
    await page.locator(USA).focus();
    await expect.poll(() => page.getByTestId("map-details-name").textContent()).toBe("美国");
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("colours by the status of the main AI law, with the rule stated and no level for jurisdictions without one", async () => {
    const page = await freshPage();
    await page.goto("/en/map?d=law");
    await page.getByTestId("world-map").waitFor();
    await expect.poll(() => page.getByTestId("map-dimension-law").getAttribute("aria-current")).toBe("page");
    await expect.poll(() => page.locator("figure").first().textContent()).toContain("furthest along");
    await expect.poll(() => page.locator(ITALY).getAttribute("data-coding")).toMatch(/^In force: AI Act/);
    // The United States: its statute, not its (more recent) executive orders.
    await expect.poll(() => page.locator(USA).getAttribute("data-coding")).toMatch(/^In force: National AI Initiative Act of 2020/);
    // The United Kingdom has principles, a strategy and an institute, no statute: covered, not given a level.
    await expect.poll(() => page.locator('[data-shape-id="c826"]').getAttribute("data-coding")).toBe("No statute, regulation or bill recorded");
    await expect.poll(() => page.locator('[data-shape-id="c826"] path').getAttribute("fill")).toBe("#cbd5e1");
    const rows = await tableRows(page);
    expect(rows.find((r) => r.code === "UK")!.Coding).toBe("No statute, regulation or bill recorded");
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("an unknown dimension says so and shows the first one", async () => {
    const page = await freshPage();
    await page.goto("/en/map?d=nope");
    await expect.poll(() => page.getByTestId("map-unknown-dimension").textContent()).toContain("There is no dimension “nope”");
    await expect.poll(() => page.getByTestId("map-dimension-legal_form").getAttribute("aria-current")).toBe("page");
  });
});
