// Every public page on the three screens a briefer uses: a 375×812 phone, a 1440×900 laptop and a 1920×1080
// projector, in both languages, in real Chromium against the production build. Each view must fit the screen's
// width (no horizontal page scroll), keep its navigation usable (a menu on the phone, inline links elsewhere),
// be free of serious/critical axe findings, and on the projector draw chart text at 16 px or more. A full-page
// screenshot of each view is saved under test-results/screens/<size>/<lang>-<page>.png for a person to look at.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, newPage, seriousA11yViolations, signIn } from "./browser";

const SIZES = [
  { name: "phone", width: 375, height: 812 },
  { name: "laptop", width: 1440, height: 900 },
  { name: "projector", width: 1920, height: 1080 },
] as const;
type Size = (typeof SIZES)[number];

// name (for the screenshot), path after the locale, and whether the page draws charts with axes or legends.
const PAGES = [
  { name: "overview", path: "", charts: true },
  { name: "investment", path: "/investment", charts: true },
  { name: "compare", path: "/compare", charts: true },
  { name: "timeline", path: "/timeline", charts: true },
  { name: "jurisdictions", path: "/jurisdictions", charts: false },
  { name: "jurisdiction-eu", path: "/jurisdictions/eu", charts: false },
  { name: "sources", path: "/sources", charts: false },
  { name: "methodology", path: "/methodology", charts: false },
  { name: "map", path: "/map", charts: false },
  { name: "changes", path: "/changes", charts: false },
  { name: "developers", path: "/developers", charts: false },
] as const;
const LANGS = ["en", "zh"] as const;

// The header's links (site-header.tsx), by language: each must be reachable on every screen.
const NAV_LINKS = {
  en: ["Overview", "Investment", "Compare", "Timeline", "Jurisdictions", "Sources", "Map", "Methodology"],
  zh: ["概览", "投资", "比较", "时间线", "司法辖区", "来源", "地图", "方法说明"],
} as const;

const SCREENS = path.resolve(import.meta.dirname, "../../test-results/screens");

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const horizontalOverflow = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);

/** The main navigation's links, by their visible names, as a reader sees them on this screen. */
async function checkNavigation(page: Page, size: Size, lang: (typeof LANGS)[number]) {
  const button = page.getByTestId("site-menu-button");
  const nav = page.getByTestId("main-nav");
  if (size.width < 1024) {
    await expect.poll(() => button.isVisible()).toBe(true);
    await expect.poll(() => nav.isVisible()).toBe(false);
    await expect.poll(() => button.getAttribute("aria-expanded")).toBe("false");
    await button.click();
    await expect.poll(() => button.getAttribute("aria-expanded")).toBe("true");
  } else {
    await expect.poll(() => button.isVisible()).toBe(false);
  }
  // On the phone the header must stay one compact row when closed; the open menu lists every link.
  const names = (await nav.getByRole("link").allTextContents()).map((s) => s.trim());
  expect(names).toEqual([...NAV_LINKS[lang]]);
  for (const link of await nav.getByRole("link").all()) {
    await expect.poll(() => link.isVisible()).toBe(true);
    const box = (await link.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(size.width);
    // Actionability: visible, enabled, stable and not covered by anything else (no navigation happens).
    await link.click({ trial: true, timeout: 2_000 });
  }
  await expect.poll(() => page.getByLabel(lang === "zh" ? "语言" : "Language").isVisible()).toBe(true);
  if (size.width < 1024) {
    await page.keyboard.press("Escape");
    await expect.poll(() => button.getAttribute("aria-expanded")).toBe("false");
    await expect.poll(() => nav.isVisible()).toBe(false);
  }
}

/** Font sizes (px, as drawn on screen) of the text in charts: axis ticks and labels, in-chart labels, legends. */
const chartTextSizes = (page: Page) =>
  page.evaluate(() =>
    [
      ...document.querySelectorAll(
        "main figure svg text, main figure .recharts-legend-item-text, main figure .chart-legend-text, main svg[data-testid=world-map] text",
      ),
    ]
      .filter((el) => (el.textContent ?? "").trim() !== "" && (el as SVGGraphicsElement | HTMLElement).getClientRects().length > 0)
      .map((el) => {
        // The size on screen: the CSS size times the drawing's scale (an SVG scaled to its box draws text larger).
        const m = el instanceof SVGGraphicsElement ? el.getScreenCTM() : null;
        const scale = m ? Math.hypot(m.a, m.b) : 1;
        return { text: (el.textContent ?? "").trim().slice(0, 30), px: parseFloat(getComputedStyle(el).fontSize) * scale };
      }),
  );
// Axis tick labels: Recharts' (class recharts-cartesian-axis-tick-label in Recharts 3), the server-drawn bar charts'
// (components/charts/column-chart-svg.tsx, initiatives-chart.tsx) and the timeline's years.
const tickCount = (page: Page) =>
  page.locator('main [class*="recharts-cartesian-axis-tick"] text, main svg[data-tier] .chart-axis text, main [data-testid=timeline-chart] svg text').count();

for (const size of SIZES) {
  describe(`${size.name} ${size.width}×${size.height}`, () => {
    let page: Page;
    beforeAll(async () => {
      page = await newPage(browser, { width: size.width, height: size.height });
      await mkdir(path.join(SCREENS, size.name), { recursive: true });
    });
    afterAll(async () => {
      await page?.context().close();
    });

    for (const p of PAGES) {
      it(`${p.name}: fits the width, navigation usable, axe clean${size.width >= 1920 && p.charts ? ", chart text ≥ 16 px" : ""}`, async () => {
        for (const lang of LANGS) {
          const url = `/${lang}${p.path}`;
          const res = await page.goto(url);
          expect(res?.status(), url).toBe(200);
          expect(await horizontalOverflow(page), `${url} scrolls sideways`).toBeLessThanOrEqual(0);
          await checkNavigation(page, size, lang);
          if (size.width >= 1920) {
            // Recharts draws its axes a moment after the chart's SVG appears.
            if (p.charts) await expect.poll(() => tickCount(page), { message: `${url} draws axis ticks` }).toBeGreaterThan(0);
            const small = (await chartTextSizes(page)).filter((t) => t.px < 16);
            expect(small, `${url} chart text under 16 px`).toEqual([]);
          }
          expect(await seriousA11yViolations(page), url).toEqual([]);
          // The screenshot shows the page as a reader lands on it, not the focus ring left on the menu button.
          await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
          await page.mouse.move(0, size.height - 1);
          await page.screenshot({ path: path.join(SCREENS, size.name, `${lang}-${p.name}.png`), fullPage: true });
        }
      }, 240_000);
    }
  });
}

describe("phone menu", () => {
  it("opens from the keyboard, follows a link and closes, and shows the language and sign-in status", async () => {
    const page = await newPage(browser, { width: 375, height: 812 });
    try {
      await page.goto("/en/methodology");
      const button = page.getByTestId("site-menu-button");
      // The closed header is one row: the brand and the menu button side by side.
      const header = (await page.locator("body > header").boundingBox())!;
      expect(header.height).toBeLessThan(80);
      await expect.poll(() => button.getAttribute("aria-controls")).toBe(await page.getByTestId("site-menu").getAttribute("id"));
      await button.focus();
      await page.keyboard.press("Enter");
      await expect.poll(() => button.getAttribute("aria-expanded")).toBe("true");
      await expect.poll(() => page.getByRole("link", { name: "Sign in" }).isVisible()).toBe(true);
      // Axe on the open menu, too.
      expect(await seriousA11yViolations(page)).toEqual([]);
      // Escape closes and gives focus back to the button.
      await page.keyboard.press("Escape");
      await expect.poll(() => button.getAttribute("aria-expanded")).toBe("false");
      expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("site-menu-button");
      // A followed link closes the menu on the next page (client-side navigation keeps the header mounted).
      await button.click();
      await page.getByTestId("main-nav").getByRole("link", { name: "Timeline" }).click();
      await page.waitForURL("**/en/timeline");
      await expect.poll(() => page.locator("h1").textContent()).toContain("Timeline");
      await expect.poll(() => button.getAttribute("aria-expanded")).toBe("false");
      // A click outside the open menu closes it.
      await button.click();
      await page.locator("h1").click();
      await expect.poll(() => button.getAttribute("aria-expanded")).toBe("false");
      // Signed in, the menu carries who is signed in and the way out.
      await signIn(page, "VIEWER");
      await page.goto("/en");
      await button.click();
      await expect.poll(() => page.getByTestId("signed-in-as").isVisible()).toBe(true);
      await expect.poll(() => page.getByRole("button", { name: "Sign out" }).isVisible()).toBe(true);
    } finally {
      await page.context().close();
    }
  }, 60_000);
});
