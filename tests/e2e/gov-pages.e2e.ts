// Governance pages in a real browser against the production build: the methodology page lists every dimension and
// level stored in the database (both languages) and records an error report for admins; no enum string or curator
// note reaches a reader on compare, timeline, the US page or sources; a superseded milestone shows as superseded
// (never as current) with a "today" line at today's date; the US page carries its states. These hold whichever
// way the seed lands: where the seed has no superseded milestone or no US state yet, the test adds one to the test
// database and waits for the page to be regenerated (pages revalidate within 60 s).
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { Db } from "../../lib/db-client";
import { newPage, textOf } from "./browser";
import { curatorNotes, useBrowserAndDb } from "./db-support";

const SLOW = 240_000;
const REGENERATED = 200_000;
let browser: Browser;
let db: Db;

const session = useBrowserAndDb();
beforeAll(() => {
  ({ browser, db } = session);
});

/** Reloads `path` until `ready` holds (an ISR page regenerates in the background after its revalidate time). */
async function openUntil(page: Page, path: string, ready: (page: Page) => Promise<boolean>, timeout = REGENERATED) {
  await vi.waitFor(
    async () => {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      if (!(await ready(page))) throw new Error(`${path} did not show the expected content within ${timeout} ms`);
    },
    { timeout, interval: 5_000 },
  );
}

// Enum values as stored (upper-case with underscores, or the plain upper-case kinds/grades/statuses).
const ENUMS =
  /\b(IN_FORCE|PROPOSED|ADOPTED|REVOKED|REJECTED|SUBNATIONAL|COUNTRY|BLOC|INTERNATIONAL|HIGH|MEDIUM|LOW|ACTUAL|GUIDANCE|PLEDGE|COMMITTED|ESTIMATE|PUBLIC_INITIATIVE|PRIVATE_INITIATIVE|CORPORATE_CAPEX|PRIVATE_INVESTMENT_AGGREGATE|CORPORATE_INVESTMENT_AGGREGATE|SEED_ARTICLE|LAW_FIRM|OFFICIAL|PRESS|RESEARCH|PUBLIC|PRIVATE|MIXED)\b/;

describe("methodology and codebook", () => {
  it(
    "lists every dimension and every level of its scale from the database, in English and Chinese",
    async () => {
      const dimensions = await db.dimension.findMany({ select: { key: true, nameEn: true, nameZh: true, scale: true } });
      expect(dimensions.length).toBeGreaterThanOrEqual(5);
      const page = await newPage(browser);
      for (const locale of ["en", "zh"] as const) {
        await page.goto(`/${locale}/methodology`);
        const codebook = page.getByTestId("codebook");
        for (const d of dimensions) {
          const card = codebook.locator(`[data-dimension="${d.key}"]`);
          await expect.poll(() => card.locator("h3").textContent()).toBe(locale === "zh" ? d.nameZh : d.nameEn);
          const levels = d.scale as { level: number; en: string; zh: string }[];
          await expect.poll(() => card.locator("li[data-level]").count()).toBe(levels.length);
          for (const l of levels) await expect.poll(() => card.locator(`li[data-level="${l.level}"]`).textContent()).toContain(locale === "zh" ? l.zh : l.en);
        }
        // Grades, kinds, funding, the currency rule, citing and the licence are on the page too.
        await expect.poll(() => page.getByTestId("grades").locator("li").count()).toBe(3);
        await expect
          .poll(() => page.getByTestId("kinds").locator("dt").allTextContents())
          .toEqual(
            // The same kind labels as the charts, tables and exports use.
            locale === "zh" ? ["实际", "指引", "计划", "承诺", "已落实", "估计"] : ["Actual", "Guidance", "Plan", "Pledge", "Committed", "Estimate"],
          );
        await expect.poll(() => page.getByTestId("currency-rule").textContent()).toContain("G.5A");
        await expect.poll(() => page.getByTestId("licence").textContent()).toContain("CC BY 4.0");
        await expect.poll(() => page.getByTestId("cite-example").textContent()).toContain(`${new URL(page.url()).origin}/${locale}/compare?j=EU,US,CN`);
        expect(ENUMS.test((await page.locator("main").innerText()) ?? "")).toBe(false);
      }
    },
    SLOW,
  );

  it("is linked from the header and the footer of every page, in both languages", async () => {
    const page = await newPage(browser);
    for (const [locale, nav, report] of [
      ["en", "Methodology", "Report an error"],
      ["zh", "方法说明", "报告错误"],
    ] as const) {
      await page.goto(`/${locale}/compare`);
      await expect.poll(() => page.locator("header nav").getByRole("link", { name: nav }).getAttribute("href")).toBe(`/${locale}/methodology`);
      await expect.poll(() => page.getByTestId("site-footer").getByRole("link", { name: report }).getAttribute("href")).toBe(`/${locale}/methodology#report`);
    }
  });

  it(
    "records an error report where admins see it (audit log), and refuses a too-short one with a message",
    async () => {
      const page = await newPage(browser);
      await page.goto("/en/methodology?page=/en/compare#report");
      const form = page.getByTestId("report-error-form");
      await expect.poll(() => form.getByLabel("Page or view (address)").inputValue()).toBe("/en/compare");
      await form.getByLabel(/What is wrong/).fill("short");
      await form.getByRole("button", { name: "Send report" }).click();
      await expect.poll(() => form.textContent()).toContain("Please describe the error in at least 10 characters.");
      const message = `E2E report ${Date.now()}: the EU stance date looks wrong.`;
      await form.getByLabel(/What is wrong/).fill(message);
      await form.getByRole("button", { name: "Send report" }).click();
      await expect.poll(() => page.getByTestId("report-status").textContent(), { timeout: 30_000 }).toContain("your report was recorded");
      const rows = await db.auditLog.findMany({ where: { action: "report.error" }, select: { detail: true } });
      expect(rows.map((r) => r.detail)).toContainEqual({ page: "/en/compare", message, contact: null });
    },
    SLOW,
  );
});

describe("public pages show labels, not enums or curator notes", () => {
  it(
    "has no enum string or curator note on compare, timeline, the US page and sources, in English and Chinese",
    async () => {
      const notes = await curatorNotes(db);
      expect(notes.length).toBeGreaterThan(0);
      const page = await newPage(browser);
      for (const locale of ["en", "zh"]) {
        for (const path of ["compare", "timeline", "jurisdictions/us", "sources"]) {
          await page.goto(`/${locale}/${path}`);
          await page.waitForLoadState("networkidle");
          const text = await page.locator("main").innerText();
          expect(text.match(ENUMS)?.[0] ?? null, `${locale}/${path}`).toBeNull();
          expect(
            notes.filter((n) => text.includes(n)),
            `${locale}/${path}`,
          ).toEqual([]);
        }
      }
    },
    SLOW,
  );

  it("describes compare levels per dimension, never as an averaged league table", async () => {
    const page = await newPage(browser);
    await page.goto("/en/compare?j=EU,US,CN");
    await page.locator('[data-testid="side-by-side"][data-interactive="true"]').waitFor();
    // No "highest average … of the scale maximum" ranking and no percentage mean: levels in words, per dimension.
    await expect.poll(textOf(page.getByTestId("compare-summary"))).not.toMatch(/highest average|lowest average|\d+%/i);
    await expect.poll(textOf(page.getByTestId("compare-summary"))).toContain("Legal form: European Union Binding horizontal law (Level 3 of 3)");
    await expect.poll(textOf(page.getByTestId("compare-summary"))).toContain("Policy stance (a position, not a score):");
    // The stance is drawn as a marker on its spectrum, not as a bar.
    await expect.poll(() => page.locator('[data-testid="comparison-chart"] [data-bar$=":stance"][data-shape="marker"]').count()).toBeGreaterThan(0);
  });
});

describe("superseded milestones and today", () => {
  it(
    "keeps a superseded milestone visible, marked superseded with what and when, and draws today's line",
    async () => {
      let moved = await db.milestone.findFirst({
        where: { publication: "PUBLISHED", deletedAt: null, supersededOn: { not: null } },
        select: { id: true, labelEn: true, instrument: { select: { slug: true } } },
      });
      if (!moved) {
        // The seed has none yet: mark the AI Act's first high-risk date as moved (test database only).
        const target = await db.milestone.findFirstOrThrow({
          where: { publication: "PUBLISHED", deletedAt: null, instrument: { slug: "eu-ai-act" }, date: { gte: new Date("2026-01-01") } },
          orderBy: { date: "asc" },
          select: { id: true },
        });
        const by = await db.instrument.findFirst({ where: { slug: { contains: "omnibus" }, publication: "PUBLISHED" }, select: { id: true } });
        moved = await db.milestone.update({
          where: { id: target.id },
          data: { supersededOn: new Date("2026-11-20"), supersededById: by?.id ?? null, supersededNoteEn: "E2E fixture: moved by a later law" },
          select: { id: true, labelEn: true, instrument: { select: { slug: true } } },
        });
      }
      const page = await newPage(browser);
      const row = page.locator(
        `[data-testid="timeline-table"] tr[data-key="instrument-${moved.instrument.slug}"] [data-testid="timeline-milestone-row"][data-superseded="true"]`,
      );
      await openUntil(page, "/en/timeline", async (p) => (await row.count()) > 0 || (await p.locator('[data-testid="timeline-explorer"]').count()) === 0);
      await expect.poll(() => row.count()).toBeGreaterThan(0);
      await expect.poll(() => row.first().textContent()).toContain(moved.labelEn);
      await expect.poll(() => row.first().textContent()).toMatch(/Superseded on \d{1,2} \w{3} \d{4}/);
      // Struck through, never shown as current; drawn hollow on the chart.
      await expect.poll(() => row.first().locator(".line-through").count()).toBe(1);
      await expect
        .poll(() => page.locator('[data-testid="timeline-chart"] [data-testid="timeline-milestone"][data-superseded="true"]').count())
        .toBeGreaterThan(0);
      // The dashed line is today (the reader's date), not the data's newest date.
      const today = new Date();
      const label = today.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
      await expect.poll(() => page.locator('[data-testid="timeline-chart"]').textContent()).toContain(`Today, ${label}`);
      // The as-of line states the newest dated information and the last check, never a load time, in the page's one
      // date format ("20 Nov 2026", like every other date on the timeline; it used to be ISO).
      await expect
        .poll(() => page.locator('[data-testid="timeline-explorer"]').textContent())
        .toMatch(/Newest dated information shown: \d{1,2} [A-Z][a-z]{2,3} \d{4} · last checked/);
    },
    SLOW,
  );
});

describe("US states", () => {
  it(
    "appear on the US page with their instruments, and have their own page",
    async () => {
      let state = await db.jurisdiction.findFirst({
        where: { parent: { code: "US" }, publication: "PUBLISHED", deletedAt: null },
        select: { code: true, nameEn: true },
      });
      if (!state) {
        const us = await db.jurisdiction.findUniqueOrThrow({ where: { code: "US" }, select: { id: true } });
        state = await db.jurisdiction.create({
          data: { code: "US-CA", nameEn: "California", nameZh: "加利福尼亚州", kind: "SUBNATIONAL", parentId: us.id },
          select: { code: true, nameEn: true },
        });
      }
      const page = await newPage(browser);
      await openUntil(page, "/en/jurisdictions/us", async (p) => (await p.getByTestId("states").count()) > 0);
      await expect.poll(() => page.getByTestId("states").textContent()).toContain(`${state.nameEn} (${state.code})`);
      const own = await db.instrument.findMany({
        where: { jurisdiction: { code: state.code }, publication: "PUBLISHED", deletedAt: null },
        select: { slug: true },
      });
      for (const i of own)
        await expect
          .poll(() => page.locator(`[data-testid="instrument"][data-slug="${i.slug}"] [data-testid="state-instrument"]`).textContent())
          .toContain(state.nameEn);
      await page
        .getByTestId("states")
        .getByRole("link", { name: new RegExp(state.nameEn) })
        .click();
      await page.waitForURL(`**/en/jurisdictions/${state.code.toLowerCase()}`);
      await expect.poll(() => page.getByTestId("parent-jurisdiction").textContent()).toBe("Part of US");
      // Cited sources say who published them and when, or "Undated".
      for (const line of await page.locator('[data-testid="source-publisher-date"]').allTextContents())
        expect(line).toMatch(/ — .+ · (\d{1,2} \w{3} \d{4}|Undated)$/);
    },
    SLOW,
  );
});
