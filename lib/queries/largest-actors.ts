import "server-only";
import { db } from "../db";
import type { InvestmentCategory, Prisma } from "../generated/prisma/client";

/** Rows read from the top of each category's amount index before falling back to a full GROUP BY. */
const WALK = 200;

type Where = Prisma.InvestmentFigureWhereInput;
type Row = { actorName: string; amount: Prisma.Decimal | null };

/**
 * The `limit` actors whose largest figure is largest, among figures matching `where` in `categories`: what
 * `GROUP BY actorName ORDER BY MAX(amount) DESC LIMIT n` answers, without reading every row. Actors whose figures
 * carry no amount (ranges or text only) come last, by name.
 */
export async function largestActors(where: Where, categories: readonly InvestmentCategory[], limit: number): Promise<string[]> {
  const inCategories: Where = { AND: [where, { category: { in: [...categories] } }] };
  const names = (await walkAmountIndex(where, categories, limit)) ?? (await groupByLargest(inCategories, limit));
  if (names.length >= limit) return names.slice(0, limit);
  const rest = await db().investmentFigure.groupBy({
    by: ["actorName"],
    where: { AND: [inCategories, { actorName: { notIn: names } }] },
    orderBy: { actorName: "asc" },
    take: limit - names.length,
  });
  return [...names, ...rest.map((r) => r.actorName)];
}

/**
 * Reads figures from the top of each category's (category, amount) index: an actor's first appearance there is
 * its largest figure. Exact for the actors seen above the highest amount at which a walk stopped (below it some
 * figures went unread); null when fewer than `limit` actors were seen there (a few actors with very many figures).
 */
export async function walkAmountIndex(where: Where, categories: readonly InvestmentCategory[], limit: number): Promise<string[] | null> {
  const walks: Row[][] = await Promise.all(
    categories.map((category) =>
      db().investmentFigure.findMany({
        where: { AND: [where, { category, amount: { not: null } }] },
        orderBy: [{ amount: "desc" }, { actorName: "asc" }],
        select: { actorName: true, amount: true },
        take: WALK,
      }),
    ),
  );
  const cutOffs = walks.filter((w) => w.length === WALK).map((w) => w[w.length - 1].amount!);
  const completeAbove = cutOffs.reduce<Prisma.Decimal | null>((high, a) => (high === null || a.greaterThan(high) ? a : high), null);
  const seen = walks
    .flat()
    .filter((r) => completeAbove === null || r.amount!.greaterThan(completeAbove))
    .sort((a, b) => b.amount!.comparedTo(a.amount!) || a.actorName.localeCompare(b.actorName));
  const names = [...new Set(seen.map((r) => r.actorName))];
  return names.length >= limit || completeAbove === null ? names.slice(0, limit) : null;
}

async function groupByLargest(where: Where, limit: number): Promise<string[]> {
  const groups = await db().investmentFigure.groupBy({
    by: ["actorName"],
    where: { AND: [where, { amount: { not: null } }] },
    _max: { amount: true },
    orderBy: { _max: { amount: "desc" } },
    take: limit,
  });
  return groups.map((g) => g.actorName);
}
