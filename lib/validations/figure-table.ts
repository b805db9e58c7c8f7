// The sort of the investment page's "All matching figures" table, from the URL (`sort`, `dir`). Like the filters,
// a bad value never fails the page: it falls back to the default order.
export const TABLE_SORT_KEYS = ["actor", "category", "measure", "value", "period", "kind", "funding"] as const;
export type TableSortKey = (typeof TABLE_SORT_KEYS)[number];
export type TableSort = { key: TableSortKey; dir: "asc" | "desc" } | null;

type Raw = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim().toLowerCase();

export function parseTableSort(raw: Raw): TableSort {
  const key = first(raw.sort);
  if (!key || !(TABLE_SORT_KEYS as readonly string[]).includes(key)) return null;
  return { key: key as TableSortKey, dir: first(raw.dir) === "desc" ? "desc" : "asc" };
}

/** The query parameters of a sort (none for the default order). */
export function tableSortQuery(sort: TableSort): Record<string, string> {
  return sort ? { sort: sort.key, dir: sort.dir } : {};
}

/**
 * Prisma's orderBy for a sort. Amounts in different currencies are not comparable, so "value" orders by currency
 * (A–Z) first and by amount within each currency (the column says so); a range counts by its low end. Confidence is
 * not sortable: SQLite orders its enum by name, PostgreSQL by declaration, and neither is the reader's order. Ties fall back to
 * the default order, so that pages never overlap.
 */
export function tableOrderBy(sort: TableSort): object[] {
  const tail = [{ category: "asc" }, { actorName: "asc" }, { periodStart: "asc" }, { slug: "asc" }];
  if (!sort) return tail;
  const d = sort.dir;
  const nullsLast = { sort: d, nulls: "last" } as const;
  const head: Record<TableSortKey, object[]> = {
    actor: [{ actorName: d }],
    category: [{ category: d }],
    measure: [{ measure: d }],
    value: [{ currency: { sort: "asc", nulls: "last" } }, { amount: nullsLast }, { amountLow: nullsLast }],
    period: [{ periodStart: nullsLast }, { periodEnd: nullsLast }],
    kind: [{ kind: d }],
    funding: [{ funding: nullsLast }],
  };
  return [...head[sort.key], ...tail];
}
