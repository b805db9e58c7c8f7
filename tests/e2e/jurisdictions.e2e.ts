import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { newPage, seriousA11yViolations, textOf, useBrowser } from "./browser";

const session = useBrowser();

const text = async (page: Page, selector: string) => (await page.locator(selector).first().textContent()) ?? "";

describe("jurisdiction index", () => {
  it("lists every jurisdiction with both names, kind and approach, linking to each page", async () => {
    const page = await newPage(session.browser);
    await page.goto("/en/jurisdictions");
    const rows = page.locator('[data-testid="jurisdiction-table"] tbody tr');
    await expect.poll(() => rows.count()).toBe(15); // ten countries and bodies, four US states, India
    await expect
      .poll(() => rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-code"))))
      .toEqual(expect.arrayContaining(["EU", "US", "CN", "UK", "FR", "JP", "KR", "SA", "AE", "INT"]));
    const eu = page.locator('tr[data-code="EU"]');
    await expect.poll(textOf(eu)).toContain("European Union");
    await expect.poll(textOf(eu)).toContain("欧盟");
    await expect.poll(textOf(eu)).toContain("Bloc");
    await expect.poll(textOf(eu)).toContain("Precautionary, rights-based");
    await expect.poll(textOf(eu)).not.toContain("Binding horizontal law");
    await eu.getByRole("link", { name: "European Union" }).click();
    await page.waitForURL(/\/en\/jurisdictions\/eu$/);
    await expect.poll(() => text(page, "h1")).toContain("European Union");
  });

  it("shows the one-line approach in Chinese in the Chinese interface", async () => {
    const page = await newPage(session.browser);
    await page.goto("/zh/jurisdictions");
    await expect.poll(() => text(page, "h1")).toBe("司法辖区");
    await expect.poll(textOf(page.locator('tr[data-code="EU"]'))).toContain("审慎、以权利为本");
    await expect.poll(textOf(page.locator('tr[data-code="EU"]'))).not.toContain("具有约束力的横向立法");
    await expect.poll(textOf(page.locator('tr[data-code="EU"]'))).toContain("集团");
  });
});

describe("jurisdiction page", () => {
  it("shows the EU AI Act in force with its milestones, InvestAI with source R4, and five assessments", async () => {
    const page = await newPage(session.browser);
    await page.goto("/en/jurisdictions/eu");
    const act = page.locator("#instrument-eu-ai-act");
    await expect.poll(() => act.locator('[data-testid="instrument-status"]').textContent()).toContain("In force");
    await expect.poll(() => act.textContent()).toContain("AI Act, Reg. (EU) 2024/1689");
    const milestones = act.locator('[data-testid="milestones"] li');
    await expect.poll(() => milestones.count()).toBeGreaterThanOrEqual(8);
    await expect.poll(textOf(act.locator('[data-testid="milestones"]'))).toContain("13 Mar 2024");
    await expect.poll(textOf(act.locator('[data-testid="milestones"]'))).toContain("Entry into force");
    await expect.poll(textOf(act.locator('[data-testid="milestones"]'))).toContain("Annex I high-risk rules apply");

    const investAI = page.locator("#figure-eu-investai");
    await expect.poll(() => investAI.locator('[data-testid="figure-value"]').textContent()).toBe("€200bn");
    const r4 = investAI.getByRole("link", { name: "R4", exact: true });
    await expect.poll(() => r4.getAttribute("href")).toBe("/en/sources#source-R4");
    await expect.poll(() => investAI.textContent()).toMatch(/Confidence: High/);

    const assessments = page.locator('[data-testid="assessment"]');
    await expect.poll(() => assessments.count()).toBe(5);
    for (const key of ["legal_form", "risk_based", "enforcement", "extraterritorial", "stance"]) {
      await expect.poll(() => page.locator(`#assessment-${key}`).count()).toBe(1);
    }
    await expect.poll(() => page.locator("#assessment-legal_form").textContent()).toMatch(/Level \d on a scale of 0–\d/);
    await expect.poll(() => page.getByTestId("compare-link").getAttribute("href")).toMatch(/^\/en\/compare\?j=EU,/);

    // InvestAI's flagged claim appears on the page, in the source's and the evidence's words.
    const claim = page.locator("#claim-s2-investai-200bn-gigafactories");
    await expect.poll(() => claim.getByTestId("claim-says").textContent()).toContain("The source says");
    await expect.poll(() => claim.getByTestId("evidence-says").textContent()).toContain("The evidence says");
    await expect.poll(() => page.getByTestId("cited-sources").locator('li[data-key="R4"]').count()).toBe(1);
  });

  it("shows a year-only date as the year, not 1 January", async () => {
    const page = await newPage(session.browser);
    await page.goto("/en/jurisdictions/eu");
    await expect.poll(textOf(page.locator("#instrument-eu-gdpr").getByTestId("adopted"))).toMatch(/2016/);
    await expect.poll(textOf(page.locator("#instrument-eu-gdpr").getByTestId("adopted"))).not.toMatch(/2016-01-01|1 Jan 2016/);
  });

  it("shows EO 14110 as revoked by EO 14148, with a working link both ways", async () => {
    const page = await newPage(session.browser);
    await page.goto("/en/jurisdictions/us");
    const eo = page.locator("#instrument-us-eo-14110");
    await expect.poll(() => eo.getByTestId("instrument-status").textContent()).toContain("Revoked");
    const link = eo.getByTestId("revoked-by").getByRole("link");
    await expect.poll(() => link.textContent()).toContain("EO 14148");
    await expect.poll(() => link.getAttribute("href")).toBe("/en/jurisdictions/us#instrument-us-eo-14148");
    await link.click();
    await page.waitForURL(/#instrument-us-eo-14148$/);
    const back = page.locator("#instrument-us-eo-14148").getByTestId("revokes").getByRole("link");
    await expect.poll(() => back.textContent()).toContain("EO 14110");
    // US expert views and the COPIED Act claim belong on this page.
    const views = page.getByTestId("expert-view");
    await expect.poll(() => views.count()).toBe(3);
    await expect.poll(() => page.locator("#expert-lina-khan-generative-ai-regulation").textContent()).toMatch(/Lina Khan.*Federal Trade Commission.*2024.*S0/s);
    await expect.poll(() => page.locator("#claim-s1-copied-act-passed").count()).toBe(1);
  });

  it("shows instruments and events that name the jurisdiction as a further party, marked as such", async () => {
    const page = await newPage(session.browser);
    await page.goto("/en/jurisdictions/fr");
    const statement = page.locator("#instrument-cn-fr-joint-statement-ai");
    await expect.poll(() => statement.getAttribute("data-shared")).toBe("true");
    await expect.poll(() => statement.getByTestId("shared-instrument").textContent()).toContain("CN");
    await page.goto("/en/jurisdictions/us");
    const dialogue = page.locator("#event-2024-05-14-china-us-ai-dialogue-geneva");
    await expect.poll(() => dialogue.getByTestId("shared-event").textContent()).toContain("CN");
  });

  it("shows Chinese titles in the Chinese interface, and the language switch keeps the page", async () => {
    const page = await newPage(session.browser);
    await page.goto("/zh/jurisdictions/cn");
    await expect.poll(() => text(page, "h1")).toContain("中国");
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("zh-CN");
    const statement = page.locator("#instrument-cn-fr-joint-statement-ai h3");
    await expect.poll(() => statement.textContent()).toBe("《中华人民共和国和法兰西共和国关于人工智能和全球治理的联合声明》");
    await expect.poll(() => text(page, "#instruments-title")).toBe("规范文件");
    // Type, status note and date note in Chinese too (no lang="en" needed on them).
    const card = page.locator("#instrument-cn-fr-joint-statement-ai");
    const type = card.locator("dd").first();
    await expect.poll(() => type.textContent()).toBe("双边声明");
    await expect.poll(() => type.getAttribute("lang")).toBeNull();
    const dateNote = card.locator("dd", { hasText: "2024年5月7日（据一篇来源文章；新华社为5月6日）" });
    await expect.poll(() => dateNote.count()).toBe(1);
    await expect.poll(() => dateNote.getAttribute("lang")).toBeNull();

    await page.goto("/en/jurisdictions/cn");
    await expect.poll(() => text(page, "#instruments-title")).toBe("Instruments");
    await page.getByLabel("Language").selectOption("zh");
    await page.waitForURL(/\/zh\/jurisdictions\/cn$/);
    await expect.poll(() => text(page, "#instruments-title")).toBe("规范文件");
  });

  it("answers an unknown code with the not-found page and status 404", async () => {
    const page = await newPage(session.browser);
    for (const path of ["/en/jurisdictions/xx", "/en/jurisdictions/not-a-code", "/zh/jurisdictions/xx"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
    }
    await expect.poll(() => text(page, "h1")).toBe("页面不存在");
    // An upper-case code is sent to the canonical lower-case address.
    await page.goto("/en/jurisdictions/EU");
    await expect.poll(() => new URL(page.url()).pathname).toBe("/en/jurisdictions/eu");
    await expect.poll(() => text(page, "h1")).toContain("European Union");
  });

  // One test per page: axe on a long page takes a while, and each gets its own time budget.
  it.each(["/en/jurisdictions", "/zh/jurisdictions", "/en/jurisdictions/eu", "/en/jurisdictions/us", "/zh/jurisdictions/cn"])(
    "has no serious accessibility violations on %s",
    async (path) => {
      const page = await newPage(session.browser);
      await page.goto(path);
      expect(await seriousA11yViolations(page)).toEqual([]);
    },
  );

  it("fits a 375 px phone without horizontal scrolling of the page", async () => {
    const page = await newPage(session.browser, { width: 375, height: 800 });
    for (const path of ["/en/jurisdictions", "/en/jurisdictions/eu", "/en/jurisdictions/us", "/zh/jurisdictions/cn"]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
