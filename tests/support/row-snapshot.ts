// Dumps the curated tables of a database to plain JSON and loads such a dump into another (migrated, empty)
// database, rows and their links to sources as they were: ids, timestamps and versions included. Used to build a
// database "seeded by a previous version" from a committed snapshot instead of keeping that version's seeder.
import type { Db } from "@/lib/db-client";

/** The tables a seed writes, in an order where every foreign key points at a table loaded before it. */
const TABLES = [
  { model: "source", links: [] },
  { model: "jurisdiction", links: ["sources"] },
  { model: "dimension", links: [] },
  { model: "assessment", links: ["sources"] },
  { model: "instrument", links: ["sources"] },
  { model: "milestone", links: ["sources"] },
  { model: "investmentFigure", links: ["sources"] },
  { model: "timelineEvent", links: ["sources"] },
  { model: "flaggedClaim", links: ["evidence"] },
  { model: "expertView", links: [] },
  { model: "exchangeRate", links: [] },
] as const;

/** Columns that point at a row of the same table: such a row is loaded after the one it points at. */
const SELF_REFERENCES: Partial<Record<(typeof TABLES)[number]["model"], string>> = { jurisdiction: "parentId", instrument: "revokedById" };

type Row = Record<string, unknown>;
export type RowSnapshot = Record<string, Row[]>;
type Delegate = {
  findMany(args: object): Promise<Row[]>;
  create(args: { data: Row }): Promise<unknown>;
};
const delegate = (db: Db, model: string) => (db as unknown as Record<string, Delegate>)[model];

/** Every row of the seeded tables, ordered by id; links to sources as lists of source ids. */
export async function dumpRows(db: Db): Promise<RowSnapshot> {
  const out: RowSnapshot = {};
  for (const { model, links } of TABLES) {
    const include = Object.fromEntries(links.map((l) => [l, { select: { id: true }, orderBy: { id: "asc" } }]));
    const rows = await delegate(db, model).findMany({ orderBy: { id: "asc" }, ...(links.length ? { include } : {}) });
    out[model] = rows.map((row) => {
      const plain = JSON.parse(JSON.stringify(row)) as Row; // Decimal and Date as strings, as Prisma takes them back
      for (const l of links) plain[l] = (row[l] as { id: string }[]).map((s) => s.id);
      return plain;
    });
  }
  return out;
}

/** Writes a dump into a migrated database that has none of its rows yet. */
export async function loadRows(db: Db, snapshot: RowSnapshot): Promise<void> {
  for (const { model, links } of TABLES) {
    const selfRef = SELF_REFERENCES[model];
    const pending = [...(snapshot[model] ?? [])];
    const loaded = new Set<unknown>();
    while (pending.length) {
      const ready = pending.filter((r) => !selfRef || r[selfRef] == null || loaded.has(r[selfRef]));
      if (!ready.length) throw new Error(`${model}: rows point at rows of the same table that are not in the snapshot`);
      for (const row of ready) {
        // A null is the column's default; leaving it out also spares Prisma's DbNull for JSON columns.
        const data: Row = Object.fromEntries(Object.entries(row).filter(([k, v]) => v !== null && !(links as readonly string[]).includes(k)));
        for (const l of links) data[l] = { connect: (row[l] as string[]).map((id) => ({ id })) };
        await delegate(db, model).create({ data });
        loaded.add(row.id);
        pending.splice(pending.indexOf(row), 1);
      }
    }
  }
}
