import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { newPage, seriousA11yViolations, textOf, useBrowser } from "./browser";

const session = useBrowser();

/** Types into the filter until the page has hydrated and mirrored the query into ?q= (typing earlier is lost). */
async function filterSources(page: Page, value: string) {
  await expect
    .poll(async () => {
      await page.getByTestId("source-filter").fill(value);
      return new URL(page.url()).searchParams.get("q");
    })
    .toBe(value);
}

describe("sources page", () => {
  it("lists the five seed articles first, marked, and then the other sources", async () => {
    const page = await newPage(session.browser);
    await page.goto("/en/sources");
    const entries = page.getByTestId("source");
    await expect.poll(() => entries.count()).toBeGreaterThanOrEqual(70);
    const keys = await entries.evaluateAll((els) => els.map((e) => e.getAttribute("data-key")));
    expect(keys.slice(0, 5)).toEqual(["S0", "S1", "S2", "S3", "S4"]);
    // The seed articles' group comes first and starts open; the others follow, grouped (see the grouping tests).
    const seedGroup = page.getByTestId("source-group").first();
    await expect.poll(() => seedGroup.getAttribute("id")).toBe("sources-seed");
    await expect.poll(() => seedGroup.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of ["S0", "S1", "S2", "S3", "S4"]) {
      const entry = page.locator(`#source-${key}`);
      await expect.poll(() => entry.getAttribute("data-seed")).toBe("true");
      await expect.poll(() => entry.getByTestId("seed-badge").textContent()).toBe("Seed article");
    }
    await expect.poll(() => page.locator("#source-R6").getByTestId("seed-badge").count()).toBe(0);
    const external = page.locator("#source-R6").locator('a[target="_blank"]');
    await expect.poll(() => external.getAttribute("rel")).toBe("noopener noreferrer");
    await expect.poll(() => external.getAttribute("href")).toContain("hai.stanford.edu");
  });

  it("shows the COPIED Act claim as 'The source says … / The evidence says …' with its evidence", async () => {
    const page = await newPage(session.browser);
    await page.goto("/en/sources");
    const claim = page.locator("#claim-s1-copied-act-passed");
    const says = textOf(claim.getByTestId("claim-says"));
    await expect.poll(says).toContain("The source says");
    await expect.poll(says).toContain("COPIED Act");
    const evidence = textOf(claim.getByTestId("evidence-says"));
    await expect.poll(evidence).toContain("The evidence says");
    await expect.poll(evidence).toContain("Congress has not passed it");
    await expect.poll(() => claim.getByRole("link", { name: "R42", exact: true }).getAttribute("href")).toBe("/en/sources#source-R42");
    await expect.poll(() => claim.getByRole("link", { name: "R43", exact: true }).count()).toBe(1);
    const record = claim.getByRole("link", { name: /COPIED/ });
    await expect.poll(() => record.getAttribute("href")).toBe("/en/jurisdictions/us#instrument-us-copied-act");
    await expect.poll(() => page.getByTestId("flagged-claim").count()).toBe(10);
  });

  it("lists the records citing R6, each linked to its anchor on a jurisdiction page", async () => {
    const page = await newPage(session.browser);
    await page.goto("/en/sources#source-R6");
    const citedBy = page.locator("#source-R6").getByTestId("cited-by");
    await expect.poll(() => citedBy.textContent()).toMatch(/Cited by \d+ records/);
    const usFigure = citedBy.locator('li[data-type="figure"][data-id="us-private-ai-investment-2024"] a');
    await expect.poll(() => usFigure.textContent()).toContain("United States: Private AI investment (2024)");
    await expect.poll(() => usFigure.getAttribute("href")).toBe("/en/jurisdictions/us#figure-us-private-ai-investment-2024");
    await expect.poll(() => citedBy.locator('li[data-type="figure"][data-id="cn-private-ai-investment-2024"]').count()).toBe(1);
    const evidence = citedBy.locator('li[data-type="claimEvidence"][data-id="s2-us-china-40pct-private-investment"] a');
    await expect.poll(() => evidence.getAttribute("href")).toBe("/en/sources#claim-s2-us-china-40pct-private-investment");
    await usFigure.click();
    await page.waitForURL(/\/en\/jurisdictions\/us#figure-us-private-ai-investment-2024$/);
    await expect.poll(() => page.locator("#figure-us-private-ai-investment-2024").getByTestId("figure-value").textContent()).toBe("$109.1bn");
  });

  it("filters by key, title or publisher on the client and keeps the query in the address", async () => {
    const page = await newPage(session.browser);
    await page.goto("/en/sources");
    const total = await page.getByTestId("source").count();
    await filterSources(page, "stanford");
    await expect.poll(() => page.locator('[data-testid="source"]:visible').count()).toBeLessThan(total);
    await expect.poll(() => page.locator("#source-R6").isVisible()).toBe(true);
    await expect.poll(() => page.locator("#source-S0").isVisible()).toBe(false);
    await expect.poll(() => page.url()).toMatch(/\?q=stanford$/);
    await expect.poll(() => page.getByTestId("filter-count").textContent()).toMatch(new RegExp(`of ${total}$`));

    await page.reload();
    await expect.poll(() => page.getByTestId("source-filter").inputValue()).toBe("stanford");
    await expect.poll(() => page.locator("#source-S0").isVisible()).toBe(false);

    await filterSources(page, "zzz-no-such-source");
    await expect.poll(() => page.getByText("No source matches").isVisible()).toBe(true);
    await page.getByRole("button", { name: "Clear filter" }).click();
    // Cleared: every entry and group is back (collapsed groups hold them), and the count says all of them.
    await expect.poll(() => page.getByTestId("filter-count").textContent()).toBe(`${total} sources of ${total}`);
    await expect.poll(() => page.locator('[data-testid="source-group"][hidden], [data-testid="source-group"] li[hidden]').count()).toBe(0);
    await expect.poll(() => page.url()).not.toContain("q=");
  });

  it("shows the claims in the article's own words in Chinese", async () => {
    const page = await newPage(session.browser);
    await page.goto("/zh/sources");
    await expect.poll(() => page.locator("h1").textContent()).toBe("来源");
    const claim = page.locator("#claim-s1-copied-act-passed");
    await expect.poll(() => claim.getByTestId("claim-says").textContent()).toContain("来源称");
    await expect.poll(() => claim.getByTestId("claim-says").textContent()).toContain("7月11日，美国国会通过");
    await expect.poll(() => claim.getByTestId("evidence-says").textContent()).toContain("证据显示");
    await expect.poll(() => page.locator("#source-S0").getByTestId("seed-badge").textContent()).toBe("种子文章");
  });

  it.each(["en", "zh"])("has no serious accessibility violations in /%s/sources", async (locale) => {
    const page = await newPage(session.browser);
    await page.goto(`/${locale}/sources`);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("fits a 375 px phone without horizontal scrolling of the page", async () => {
    const page = await newPage(session.browser, { width: 375, height: 800 });
    await page.goto("/en/sources");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

describe("sources grouped by jurisdiction and kind", () => {
  it("shows each group with its count, the counts adding up to every source, and entries by kind", async () => {
    const page = await newPage(session.browser);
    await page.goto("/en/sources");
    const total = await page.getByTestId("source").count();
    const groups = await page.getByTestId("source-group").evaluateAll((ds) =>
      ds.map((d) => ({
        id: d.id,
        count: d.querySelector('[data-testid="source-group-count"]')?.textContent,
        entries: d.querySelectorAll('[data-testid="source"]').length,
        kinds: [...d.querySelectorAll("section[data-kind]")].map((s) => s.getAttribute("data-kind")),
      })),
    );
    expect(groups.map((g) => g.id)).toEqual(expect.arrayContaining(["sources-seed", "sources-eu", "sources-us", "sources-cn", "sources-uk"]));
    for (const g of groups) expect(g.count).toBe(`${g.entries} source${g.entries === 1 ? "" : "s"}`);
    expect(groups.reduce((n, g) => n + g.entries, 0)).toBe(total);
    // Every source of the EU group is cited by an EU record.
    const euCitations = await page
      .locator("#sources-eu [data-testid='source']")
      .evaluateAll((els) => els.map((e) => [...e.querySelectorAll("[data-testid='cited-by'] li")].map((li) => li.textContent ?? "")));
    expect(euCitations.length).toBeGreaterThan(0);
    for (const lines of euCitations) expect(lines.some((l) => l.includes("(EU)") || l.includes("European Union"))).toBe(true);
    // Official sources before press within a group.
    const us = groups.find((g) => g.id === "sources-us")!;
    if (us.kinds.includes("PRESS") && us.kinds.includes("OFFICIAL")) expect(us.kinds.indexOf("OFFICIAL")).toBeLessThan(us.kinds.indexOf("PRESS"));
    // The group summary is in the in-page navigation with its count.
    await expect
      .poll(() =>
        page
          .getByRole("navigation", { name: "On this page" })
          .getByRole("link", { name: /European Union \(EU\) · \d+/ })
          .count(),
      )
      .toBe(1);
  });

  it.each([
    [{ width: 1440, height: 900 }, 9000],
    [{ width: 375, height: 812 }, 16000],
  ])("is far shorter than the ungrouped list (%o: under %d px; it was 43,368 and 74,800 px)", async (viewport, limit) => {
    const page = await newPage(session.browser, viewport);
    await page.goto("/en/sources");
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`sources page height at ${viewport.width}x${viewport.height}: ${height}px`);
    expect(height).toBeLessThan(limit);
  });

  it("opens a collapsed group for a #source-… address and shows that source with its citing records", async () => {
    const page = await newPage(session.browser, { width: 375, height: 812 });
    await page.goto("/en/sources#source-R42");
    const entry = page.locator("#source-R42");
    await expect.poll(() => entry.isVisible()).toBe(true);
    await expect.poll(() => entry.evaluate((e) => (e.closest("details") as HTMLDetailsElement).open)).toBe(true);
    await expect.poll(() => entry.getByTestId("cited-by").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await expect
      .poll(() =>
        entry.evaluate((e) => {
          const r = e.getBoundingClientRect();
          return r.top >= -1 && r.top < window.innerHeight;
        }),
      )
      .toBe(true);
  });

  it("lands on the source from a jurisdiction page's citation and from a claim's link on the same page", async () => {
    const page = await newPage(session.browser);
    await page.goto("/en/jurisdictions/uk");
    const cited = page.getByTestId("cited-sources").locator("li").last();
    const key = (await cited.getAttribute("data-key"))!;
    await cited.getByRole("link", { name: key, exact: true }).click();
    await page.waitForURL(new RegExp(`/en/sources#source-${key}$`));
    await expect.poll(() => page.locator(`#source-${key}`).isVisible()).toBe(true);

    // Same page, a <Link> that only changes the hash (no hashchange event): the group still opens.
    await page.goto("/en/sources");
    const claim = page.locator("#claim-s1-copied-act-passed");
    await expect.poll(() => page.locator("#source-R42").isVisible()).toBe(false);
    await expect
      .poll(async () => {
        await claim.getByRole("link", { name: "R42", exact: true }).click();
        return page.locator("#source-R42").isVisible();
      })
      .toBe(true);
    await expect.poll(() => page.url()).toMatch(/#source-R42$/);
  });

  it("groups and counts in Chinese too", async () => {
    const page = await newPage(session.browser);
    await page.goto("/zh/sources");
    await expect.poll(() => page.locator("#sources-eu summary h2").textContent()).toBe("欧盟 (EU)");
    await expect.poll(() => page.locator("#sources-eu [data-testid='source-group-count']").textContent()).toMatch(/^\d+ 个来源$/);
  });
});
