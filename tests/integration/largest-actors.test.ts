// The overview's and explorer's "largest actors" against an oracle computed from every row, on SQLite, for data
// shaped to take each path: the index walk, the walk cut off with enough actors seen, and the GROUP BY fallback.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareTestDb, useTempDatabaseUrl } from "../support/test-db";
import type { Db } from "@/lib/db-client";

const url = useTempDatabaseUrl();
let db: Db;
let actors: typeof import("@/lib/queries/largest-actors");

beforeAll(async () => {
  ({ db } = await prepareTestDb(url));
  actors = await import("@/lib/queries/largest-actors");
});
afterAll(async () => {
  await db.$disconnect();
});

type Category = "CORPORATE_CAPEX" | "PRIVATE_INVESTMENT_AGGREGATE" | "CORPORATE_INVESTMENT_AGGREGATE";
const PUBLISHED = { publication: "PUBLISHED", deletedAt: null } as const;
const COMPANIES = { ...PUBLISHED, actorType: "COMPANY" } as const;
const PRIVATE: Category[] = ["PRIVATE_INVESTMENT_AGGREGATE", "CORPORATE_INVESTMENT_AGGREGATE"];

/** Every matching row, grouped in the test: largest amount first (name breaks ties), amount-less actors last by name. */
async function oracle(where: object, categories: Category[], limit: number): Promise<string[]> {
  const rows = await db.investmentFigure.findMany({ where: { AND: [where, { category: { in: categories } }] }, select: { actorName: true, amount: true } });
  const max = new Map<string, number | null>();
  for (const r of rows) {
    const a = r.amount === null ? null : Number(r.amount);
    const m = max.get(r.actorName);
    max.set(r.actorName, m === undefined || m === null ? a : a === null ? m : Math.max(m, a));
  }
  const entries = [...max.entries()];
  const withAmount = entries.filter(([, m]) => m !== null).sort((a, b) => b[1]! - a[1]! || a[0].localeCompare(b[0]));
  const without = entries.filter(([, m]) => m === null).sort((a, b) => a[0].localeCompare(b[0]));
  return [...withAmount, ...without].slice(0, limit).map(([name]) => name);
}

let n = 0;
async function addFigures(category: Category, actorName: string, amounts: number[]) {
  await db.investmentFigure.createMany({
    data: amounts.map((amount) => ({
      slug: `la-${n++}`,
      actorName,
      actorType: category === "CORPORATE_CAPEX" ? ("COMPANY" as const) : ("MARKET_AGGREGATE" as const),
      category,
      measure: "Test figure",
      amount: String(amount),
      qualifier: "EXACT" as const,
      currency: "USD",
      periodType: "CALENDAR_YEAR" as const,
      periodStart: 2024,
      periodEnd: 2024,
      periodLabel: "2024",
      kind: "ACTUAL" as const,
      confidence: "LOW" as const,
    })),
  });
}

/** Deterministic spread of amounts (no ties between actors' largest figures). */
const amountsFor = (actor: number, count: number) => Array.from({ length: count }, (_, i) => 1_000_000 * (1 + ((actor * 7919 + i * 104729) % 9973)) + actor);

describe("largest actors", () => {
  it("matches the seed's companies and private-investment actors, amount-less actors last", async () => {
    expect(await actors.largestActors(COMPANIES, ["CORPORATE_CAPEX"], 8)).toEqual(await oracle(COMPANIES, ["CORPORATE_CAPEX"], 8));
    const privateTop = await actors.largestActors(PUBLISHED, PRIVATE, 8);
    expect(privateTop).toEqual(await oracle(PUBLISHED, PRIVATE, 8));
    expect(privateTop.at(-1)).toBe("US + China"); // its figure has no amount
  });

  it("stops reading early when many actors are spread over many figures, with the same answer", async () => {
    for (let a = 0; a < 60; a++) await addFigures("CORPORATE_CAPEX", `Spread Co ${a}`, amountsFor(a, 10));
    expect(await actors.walkAmountIndex(COMPANIES, ["CORPORATE_CAPEX"], 8)).not.toBeNull();
    expect(await actors.largestActors(COMPANIES, ["CORPORATE_CAPEX"], 8)).toEqual(await oracle(COMPANIES, ["CORPORATE_CAPEX"], 8));
    expect(await actors.largestActors(COMPANIES, ["CORPORATE_CAPEX"], 25)).toEqual(await oracle(COMPANIES, ["CORPORATE_CAPEX"], 25));
  });

  it("falls back to GROUP BY when one actor fills the top of the index", async () => {
    await addFigures(
      "CORPORATE_CAPEX",
      "Heavy Co",
      Array.from({ length: 300 }, (_, i) => 900_000_000_000 + i),
    );
    expect(await actors.walkAmountIndex(COMPANIES, ["CORPORATE_CAPEX"], 8)).toBeNull();
    const top = await actors.largestActors(COMPANIES, ["CORPORATE_CAPEX"], 8);
    expect(top[0]).toBe("Heavy Co");
    expect(top).toEqual(await oracle(COMPANIES, ["CORPORATE_CAPEX"], 8));
  });

  it("merges two categories' walks (an actor's largest figure may be in either)", async () => {
    for (let a = 0; a < 40; a++) await addFigures(PRIVATE[a % 2], `Market ${a}`, amountsFor(a + 100, 12));
    await addFigures(PRIVATE[0], "Split market", [5]);
    await addFigures(PRIVATE[1], "Split market", [20_000_000_000]);
    const top = await actors.largestActors(PUBLISHED, PRIVATE, 10);
    expect(top).toContain("Split market");
    expect(top).toEqual(await oracle(PUBLISHED, PRIVATE, 10));
  });

  it("applies the caller's filters to the walk", async () => {
    const where = { ...PUBLISHED, periodEnd: { lte: 2023 } };
    expect(await actors.largestActors(where, ["CORPORATE_CAPEX"], 8)).toEqual(await oracle(where, ["CORPORATE_CAPEX"], 8));
  });
});
