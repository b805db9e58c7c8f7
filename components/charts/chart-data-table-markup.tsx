/** @jsxImportSource hastscript */
/* eslint-disable react/jsx-key -- hastscript JSX builds a syntax tree, not React elements: there is nothing to key. */
// The data table beside a chart, as a hastscript syntax tree (HTML) serialized by hast-util-to-html, which escapes
// every cell: chart-data-table.tsx hands React the markup, which it need not walk at hydration.
import { toHtml } from "hast-util-to-html";

export type ChartTableRow = { key: string; slug?: string; cells: (string | number)[] };

export function chartDataTableHtml(props: { testId: string; columns: string[]; rows: ChartTableRow[]; numeric?: number[]; small?: number[] }): string {
  const cellClass = (i: number) =>
    ["py-1 pr-3", props.numeric?.includes(i) ? "tabular-nums" : "", props.small?.includes(i) ? "text-xs" : ""].filter(Boolean).join(" ");
  return toHtml(
    <table className="min-w-full text-left text-sm" data-testid={props.testId}>
      <thead className="border-b border-slate-300">
        <tr>
          {props.columns.map((c) => (
            <th scope="col" className="py-1 pr-3">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr className="border-b border-slate-100" data-slug={r.slug}>
            {r.cells.map((c, i) => (
              <td className={cellClass(i)}>{c}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>,
  );
}
