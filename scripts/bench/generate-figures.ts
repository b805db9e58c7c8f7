// Fills a database with synthetic, published investment figures (slug prefix "synthetic-") for load tests.
// Run alone: DATABASE_URL=file:/tmp/x.db npx tsx scripts/bench/generate-figures.ts 100000
import { createDb, refreshPlannerStatistics } from "../../lib/db-client";
import { resolveDbTarget } from "../../lib/db-url";

const CATEGORIES = ["CORPORATE_CAPEX", "PUBLIC_INITIATIVE", "PRIVATE_INVESTMENT_AGGREGATE"] as const;
const KINDS = ["ACTUAL", "GUIDANCE", "PLAN", "PLEDGE", "ESTIMATE"] as const;

export async function addSyntheticFigures(databaseUrl: string, count: number): Promise<number> {
  const target = resolveDbTarget(databaseUrl);
  const db = createDb(target);
  try {
    const source = await db.source.findUniqueOrThrow({ where: { key: "R6" }, select: { id: true } });
    const start = await db.investmentFigure.count({ where: { slug: { startsWith: "synthetic-" } } });
    const batch = 2000;
    for (let i = start; i < start + count; i += batch) {
      const rows = Array.from({ length: Math.min(batch, start + count - i) }, (_, k) => {
        const n = i + k;
        const category = CATEGORIES[n % CATEGORIES.length];
        const year = 2015 + (n % 12);
        return {
          slug: `synthetic-${n}`,
          actorName: `Synthetic actor ${n % 997}`,
          actorType: category === "CORPORATE_CAPEX" ? ("COMPANY" as const) : ("MARKET_AGGREGATE" as const),
          category,
          measure: "Synthetic benchmark figure",
          amount: String(1_000_000 * (1 + (n % 5000))),
          qualifier: "EXACT" as const,
          currency: "USD",
          periodType: "CALENDAR_YEAR" as const,
          periodStart: year,
          periodEnd: year,
          periodLabel: String(year),
          kind: KINDS[n % KINDS.length],
          confidence: "LOW" as const,
          note: "Synthetic row for benchmarks; not real data.",
        };
      });
      await db.investmentFigure.createMany({ data: rows });
    }
    // Link the synthetic rows to a source in one statement (every figure carries a source, even synthetic ones).
    await db.$executeRawUnsafe(
      `INSERT INTO "_InvestmentSources" ("A", "B") SELECT f.id, ? FROM "InvestmentFigure" f WHERE f.slug LIKE 'synthetic-%' AND NOT EXISTS (SELECT 1 FROM "_InvestmentSources" s WHERE s."A" = f.id)`,
      source.id,
    );
    // As after any bulk load: without fresh statistics SQLite's planner can choose badly.
    await refreshPlannerStatistics(db, target);
    return count;
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1]?.endsWith("generate-figures.ts")) {
  const n = Number(process.argv[2] ?? 100_000);
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("Set DATABASE_URL to the database to fill.");
    process.exit(1);
  }
  console.log(`Added ${await addSyntheticFigures(url, n)} synthetic figures.`);
}
