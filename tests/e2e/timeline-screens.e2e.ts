// The server-rendered timeline on a phone, a laptop and a projector (issues 12 and 16), in real Chromium against
// the production build: the filtered view arrives drawn in the HTML, the form works without JavaScript, lane names
// never cover marks, a shortened label reads in full on focus, one date format, and axe is clean at every size.
import { mkdir } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { baseURL, newPage, seriousA11yViolations, textOf, useBrowser } from "./browser";

const session = useBrowser();

const SCREENS = { phone: { width: 375, height: 812 }, laptop: { width: 1440, height: 900 }, projector: { width: 1920, height: 1080 } };
const SHOTS = "test-results/screens";

const chartKeys = (page: Page) => page.locator('[data-testid="timeline-chart"] a[data-key]').evaluateAll((as) => as.map((a) => a.getAttribute("data-key")));
const tableKeys = (page: Page) => page.locator('[data-testid="timeline-table"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute("data-key")));

describe("timeline rendered on the server", () => {
  it("sends a filtered view already drawn: marks, table and summary of exactly that query, in the HTML", async () => {
    const html = await (await fetch(`${baseURL()}/en/timeline?j=EU&from=2024`)).text();
    const marks = [...html.matchAll(/data-testid="timeline-item" data-key="([^"]+)"/g)].map((m) => m[1]);
    const rows = [...html.matchAll(/<tr class="[^"]*" data-key="([^"]+)"/g)].map((m) => m[1]);
    expect(marks.length).toBeGreaterThan(3);
    expect(marks).toContain("instrument-eu-ai-act");
    expect(marks).not.toContain("instrument-us-eo-14110");
    expect(marks).not.toContain("instrument-eu-gdpr"); // adopted 2016, in force 2018: before the window
    expect(rows).toEqual(marks);
    // The unfiltered page stays the prerendered default.
    const plain = await (await fetch(`${baseURL()}/en/timeline`)).text();
    expect(plain).toContain('data-key="instrument-us-eo-14110"');
  });

  it("filters through the plain GET form when JavaScript is off, and the chart and table agree", async () => {
    const context = await session.browser.newContext({ baseURL: baseURL(), viewport: SCREENS.laptop, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/en/timeline");
    const all = await chartKeys(page);
    // Only the United States (its states follow it).
    for (const box of await page.locator('input[type="checkbox"][name="j"]').all()) {
      const code = (await box.getAttribute("value")) ?? "";
      if (code !== "US" && !code.startsWith("US-")) await box.uncheck();
    }
    await page.getByRole("button", { name: "Apply", exact: true }).click();
    await page.waitForURL(/\/en\/timeline\?.*j=US/);
    const keys = await chartKeys(page);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.length).toBeLessThan(all.length);
    expect(keys).toContain("instrument-us-eo-14110");
    expect(keys).not.toContain("instrument-eu-ai-act");
    // The same items (the table lists them by date, the chart lane by lane).
    expect((await tableKeys(page)).sort()).toEqual([...keys].sort());
    // The boxes show the view the server drew.
    await expect.poll(() => page.getByRole("checkbox", { name: "China", exact: true }).isChecked()).toBe(false);
    await expect.poll(() => page.getByRole("checkbox", { name: "United States", exact: true }).isChecked()).toBe(true);
    await context.close();
  });

  it("changes the server-rendered marks and the table the same way when a filter changes in the browser", async () => {
    const page = await newPage(session.browser);
    await page.goto("/en/timeline");
    await page.getByLabel("To", { exact: true }).selectOption("2020");
    await page.waitForURL(/\?to=2020$/);
    await expect.poll(async () => (await chartKeys(page)).includes("instrument-us-eo-14110")).toBe(false);
    const keys = await chartKeys(page);
    expect(keys.length).toBeGreaterThan(0);
    expect((await tableKeys(page)).sort()).toEqual([...keys].sort());
    await expect.poll(textOf(page.getByTestId("timeline-summary"))).toMatch(/from (\d{4}) to (\d{4})/);
    const summary = (await page.getByTestId("timeline-summary").textContent()) ?? "";
    const years = /from (\d{4}) to (\d{4})/.exec(summary);
    expect(years, summary).not.toBeNull();
    expect(Number(years![2])).toBeLessThanOrEqual(2020);
  });
});

describe("timeline on every screen", () => {
  it("keeps the sticky lane names off the marks on a 375 px phone", async () => {
    const page = await newPage(session.browser, SCREENS.phone);
    await page.goto("/en/timeline");
    const chart = page.getByTestId("timeline-chart");
    await chart.evaluate((el) => {
      el.scrollLeft = 0;
    });
    // Scroll sideways so that the names are held at the left edge, over the drawing.
    await chart.evaluate((el) => {
      el.scrollLeft = 300;
      el.dispatchEvent(new Event("scroll"));
    });
    await page.locator('[data-testid="timeline-chart"][data-scrolled="true"]').waitFor();
    const overlaps = await page.evaluate(() => {
      const found: string[] = [];
      const names = [...document.querySelectorAll('[data-testid="timeline-sticky-lane"] span')];
      const marks = [...document.querySelectorAll('[data-testid="timeline-item"]')];
      for (const name of names) {
        const n = name.getBoundingClientRect();
        if (n.width === 0) continue;
        for (const mark of marks) {
          // Every drawn part of the mark: its shapes and its label (the hit box around them is transparent).
          for (const part of mark.querySelectorAll("circle, path, line, text, rect:not([data-testid=timeline-hit])")) {
            const m = part.getBoundingClientRect();
            if (m.width === 0 && m.height === 0) continue;
            if (n.left < m.right && m.left < n.right && n.top < m.bottom && m.top < n.bottom)
              found.push(`${name.textContent} covers ${mark.getAttribute("data-key")}`);
          }
        }
      }
      return [...new Set(found)];
    });
    await expect.poll(() => page.locator('[data-testid="timeline-sticky-lane"] span').first().isVisible()).toBe(true);
    expect(overlaps).toEqual([]);
    await mkdir(SHOTS, { recursive: true });
    await page.evaluate(() => document.querySelector('[data-testid="timeline-chart"]')!.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: `${SHOTS}/timeline-phone-scrolled.png`, fullPage: false });
  });

  for (const screen of ["phone", "projector"] as const)
    it(`hides the drawn lane name under the one held at the edge when scrolled, no doubled text (${screen})`, async () => {
      const page = await newPage(session.browser, SCREENS[screen]);
      await page.goto("/en/timeline");
      const chart = page.getByTestId("timeline-chart");
      // A small sideways scroll: the held names appear while the drawn ones are still partly in view beneath them.
      await chart.evaluate((el) => {
        el.scrollLeft = 12;
        el.dispatchEvent(new Event("scroll"));
      });
      await page.locator('[data-testid="timeline-chart"][data-scrolled="true"]').waitFor();
      const lanes = await page.evaluate(() =>
        [...document.querySelectorAll('[data-testid="timeline-lane"]')].map((lane, k) => {
          const drawn = lane.querySelector(":scope > text")!;
          const held = document.querySelectorAll('[data-testid="timeline-sticky-lane"] span')[k]!;
          const d = drawn.getBoundingClientRect();
          const h = held.getBoundingClientRect();
          const svg = drawn.closest("svg")!;
          // The drawn name is clipped at the scrolling chart's left edge; what shows of it must be under the held one.
          const visibleLeft = Math.max(d.left, document.querySelector('[data-testid="timeline-chart"]')!.getBoundingClientRect().left);
          const drawnSize = Number(drawn.getAttribute("font-size")) * (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width);
          return {
            name: held.textContent,
            sameText: held.textContent === drawn.textContent,
            sizeRatio: Math.round((parseFloat(getComputedStyle(held).fontSize) / drawnSize) * 100) / 100,
            rects: [d.left, d.right, d.top, d.bottom, h.left, h.right, h.top, h.bottom].map(Math.round).join(" "),
            covers: h.left <= visibleLeft + 1 && h.right >= d.right - 1 && h.top <= d.top + 2 && h.bottom >= d.bottom - 2,
          };
        }),
      );
      expect(lanes.length).toBeGreaterThan(3);
      for (const lane of lanes) {
        expect(lane.sameText, lane.name ?? "").toBe(true);
        expect(lane.sizeRatio, lane.name ?? "").toBeGreaterThanOrEqual(0.95);
        expect(lane.sizeRatio, lane.name ?? "").toBeLessThanOrEqual(1.1);
        expect(lane.covers, JSON.stringify(lane)).toBe(true);
      }
    });

  it("shows a shortened label in full on focus", async () => {
    const page = await newPage(session.browser, SCREENS.phone);
    await page.goto("/en/timeline");
    const cut = page.locator('[data-testid="timeline-item"]').filter({ hasText: "…" }).first();
    const key = await cut.getAttribute("data-key");
    const fullTitle = (await page.locator(`[data-testid="timeline-table"] tr[data-key="${key}"] td:nth-child(3) a`).textContent())!;
    expect(fullTitle.length).toBeGreaterThan(((await cut.textContent()) ?? "").length);
    await cut.focus();
    const tooltip = page.getByTestId("timeline-tooltip");
    await tooltip.waitFor();
    await expect.poll(() => tooltip.locator("p").first().textContent()).toBe(fullTitle);
    // Readable: inside the viewport, not clipped by the scrolling box.
    const box = (await tooltip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    const chartBox = (await page.getByTestId("timeline-chart").boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(chartBox.y - 1);
  });

  it("writes every date in one format (the as-of line too), in both languages", async () => {
    const page = await newPage(session.browser);
    for (const [locale, dayPattern] of [
      ["en", /^\d{1,2} [A-Z][a-z]{2,3} \d{4}$/],
      ["zh", /^\d{4}年\d{1,2}月\d{1,2}日$/],
    ] as const) {
      await page.goto(`/${locale}/timeline`);
      await expect.poll(textOf(page.locator("#timeline-title").locator("xpath=ancestor::figure").locator("figcaption"))).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      const milestoneDates = await page.locator('[data-testid="timeline-milestone-row"] time').allTextContents();
      expect(milestoneDates.length).toBeGreaterThan(5);
      expect(milestoneDates.filter((d) => !dayPattern.test(d))).toEqual([]);
      await expect.poll(textOf(page.locator('[data-testid="timeline-asof"] text'))).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
  });

  for (const [screen, viewport] of Object.entries(SCREENS))
    for (const locale of ["en", "zh"])
      it(`is axe clean and has no sideways page scroll at ${screen} size (${viewport.width}×${viewport.height}) in ${locale}`, async () => {
        const page = await newPage(session.browser, viewport);
        await page.goto(`/${locale}/timeline`);
        await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
        await page.locator("figure > details > summary").click();
        await page.getByTestId("timeline-table").waitFor();
        expect(await seriousA11yViolations(page)).toEqual([]);
        await mkdir(SHOTS, { recursive: true });
        await page.screenshot({ path: `${SHOTS}/timeline-${locale}-${screen}.png`, fullPage: true });
      }, 120_000);
});
