// Every row of the fact sheet's "Update of 2026-12-04" (sections E and F) is on the public pages with its sources
// and grade, in English and in Chinese. The rows and their records come from the seed's own map
// (seed/data/update-2026-12-04.ts), so a row added there is checked here too.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { newPage, useBrowser } from "./browser";
import { events, instruments, investments } from "../../seed/data";
import { update20261204, type UpdateRecord } from "../../seed/data/update-2026-12-04";

const session = useBrowser();

const GRADE = {
  en: { HIGH: "Confidence: High", MEDIUM: "Confidence: Medium", LOW: "Confidence: Low" },
  zh: { HIGH: "可信度：高", MEDIUM: "可信度：中", LOW: "可信度：低" },
} as const;
type Locale = keyof typeof GRADE;

const jurisdictionOf = {
  instruments: new Map(instruments.map((i) => [i.slug, i.jurisdiction as string])),
  events: new Map(events.map((e) => [e.slug, e.jurisdiction as string])),
  investments: new Map(investments.map((f) => [f.slug, f.jurisdiction as string | undefined])),
};
const page = (code: string) => `/jurisdictions/${code.toLowerCase()}`;
// Figures of no single jurisdiction (worldwide AI Index aggregates) are listed in the explorer's table.
const AGGREGATES = "/investment?category=PRIVATE_INVESTMENT_AGGREGATE,CORPORATE_INVESTMENT_AGGREGATE";

/** Where a record shows, and the element that must hold its sources (and grade, where the record has one). */
function placeOf(r: UpdateRecord): { path: string; selector: string; grade?: "HIGH" | "MEDIUM" | "LOW" } {
  switch (r.entity) {
    case "instruments":
      return { path: page(jurisdictionOf.instruments.get(r.slug)!), selector: `#instrument-${r.slug}`, grade: r.confidence };
    case "events":
      return { path: page(jurisdictionOf.events.get(r.slug)!), selector: `#event-${r.slug}`, grade: r.confidence };
    case "investments": {
      const code = jurisdictionOf.investments.get(r.slug);
      return code
        ? { path: page(code), selector: `#figure-${r.slug}`, grade: r.confidence }
        : { path: AGGREGATES, selector: `[data-testid="figures-table"] tr[data-slug="${r.slug}"]` };
    }
    case "milestones":
      return { path: page(jurisdictionOf.instruments.get(r.instrument)!), selector: `#instrument-${r.instrument}` };
    case "assessments":
      return { path: page(r.jurisdiction), selector: `#assessment-${r.dimension}`, grade: r.confidence };
    case "claims":
      return { path: "/sources", selector: `#claim-${r.slug}` };
    case "sources":
      return { path: "/sources", selector: `#source-${r.key}` };
  }
}

async function textOf(p: Page, path: string, selector: string): Promise<string> {
  if (p.url() !== new URL(path, p.url()).href) await p.goto(path);
  const el = p.locator(selector).first();
  // Collapsed details (earlier codings, milestones) count as shown: a reader opens them.
  await el.locator("details").evaluateAll((els) => els.forEach((e) => ((e as HTMLDetailsElement).open = true)));
  // So do the collapsed groups around it (the sources page groups sources by jurisdiction and kind).
  if (await el.count())
    await el.evaluate((e) => {
      for (let d = e.closest("details"); d; d = d.parentElement?.closest("details") ?? null) d.open = true;
    });
  if (!(await el.count())) return "";
  // Long sections are laid out only near the viewport (content-visibility: auto), and innerText reads what is laid
  // out: scroll to the record, as a reader does, and let the browser draw it once.
  await el.scrollIntoViewIfNeeded();
  await p.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return (await el.innerText()) ?? "";
}

describe.each(["en", "zh"] as Locale[])("fact-sheet update rows on the %s pages", (locale) => {
  it("shows every record of sections E and F with its sources and grade", async () => {
    const p = await newPage(session.browser);
    await p.goto(`/${locale}`);
    const missing: string[] = [];
    const records = update20261204.flatMap((row) => row.records.map((record) => ({ row: row.id, record })));
    // Visit each page once.
    records.sort((a, b) => placeOf(a.record).path.localeCompare(placeOf(b.record).path));
    for (const { row, record } of records) {
      const where = placeOf(record);
      const text = await textOf(p, `/${locale}${where.path}`, where.selector);
      const what = `${row} ${record.entity} ${where.selector} on /${locale}${where.path}`;
      if (!text) {
        missing.push(`${what}: not shown`);
        continue;
      }
      for (const key of record.sources) if (!new RegExp(`\\b${key}\\b`).test(text)) missing.push(`${what}: source ${key} not shown`);
      if (where.grade && !text.includes(GRADE[locale][where.grade])) missing.push(`${what}: grade ${where.grade} not shown`);
      if (record.entity === "milestones" && locale === "en" && !text.includes(record.labelEn)) missing.push(`${what}: milestone "${record.labelEn}" not shown`);
    }
    expect(missing).toEqual([]);
  }, 240_000);
});
