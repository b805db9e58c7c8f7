import type { ReactNode } from "react";
import { cva } from "class-variance-authority";
import { THead, Table, Td, Th, Tr } from "@/components/ui/table";

// One field per row, its value before beside its value after: the review queue, a record's pending draft, its
// history, the restore preview and the save conflict all show changes this way.

export type DiffRow = { field: string; label: ReactNode; before: ReactNode; after: ReactNode };

const beforeCell = cva("", {
  variants: { mark: { none: "", color: "text-red-800", strike: "text-red-800 line-through decoration-1" } },
  defaultVariants: { mark: "none" },
});
const afterCell = cva("", {
  variants: { mark: { none: "", color: "text-emerald-900", strike: "text-emerald-900" } },
  defaultVariants: { mark: "none" },
});

export function DiffTable(props: {
  rows: DiffRow[];
  /** Header labels (no header row when absent). */
  columns?: { field: ReactNode; before: ReactNode; after: ReactNode };
  /** How the old and new values are told apart besides their column: colour, or colour and strike-through. */
  mark?: "none" | "color" | "strike";
  /** Leave the before column out (a new record has nothing before). */
  hideBefore?: boolean;
  /** data-testid prefixes for the before and after cells (`${prefix}-${field}`). */
  cellTestIds?: { before: string; after: string };
  /** Spacing around the table (and around the `empty` message in its place). */
  frameClassName?: string;
  "data-testid"?: string;
  /** Shown instead of the table when there are no rows. */
  empty?: ReactNode;
}) {
  const { columns, mark, hideBefore, cellTestIds } = props;
  if (props.rows.length === 0 && props.empty) return <p className={`text-sm text-slate-600 ${props.frameClassName ?? ""}`}>{props.empty}</p>;
  return (
    <Table frame="plain" density="compact" frameClassName={props.frameClassName} data-testid={props["data-testid"]}>
      {columns && <THead tone="plain" columns={[columns.field, !hideBefore && columns.before, columns.after]} />}
      <tbody>
        {props.rows.map((r) => (
          <Tr key={r.field} data-field={r.field}>
            <Th scope="row" weight="medium">
              {r.label}
            </Th>
            {!hideBefore && (
              <Td className={beforeCell({ mark })} data-testid={cellTestIds && `${cellTestIds.before}-${r.field}`}>
                {r.before}
              </Td>
            )}
            <Td className={afterCell({ mark })} data-testid={cellTestIds && `${cellTestIds.after}-${r.field}`}>
              {r.after}
            </Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
