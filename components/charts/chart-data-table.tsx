// The data table beside a chart, drawn from plain cell text: a server component (no script of its own). Its rows
// are in the HTML from the start, inside the chart frame's closed <details>.

export type ChartTableRow = { key: string; slug?: string; cells: (string | number)[] };

export function ChartDataTable(props: { testId: string; columns: string[]; rows: ChartTableRow[]; numeric?: number[]; small?: number[] }) {
  const cellClass = (i: number) =>
    ["py-1 pr-3", props.numeric?.includes(i) ? "tabular-nums" : "", props.small?.includes(i) ? "text-xs" : ""].filter(Boolean).join(" ");
  return (
    <table className="min-w-full text-left text-sm" data-testid={props.testId}>
      <thead className="border-b border-slate-300">
        <tr>
          {props.columns.map((c, i) => (
            <th key={i} scope="col" className="py-1 pr-3">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr key={r.key} className="border-b border-slate-100" data-slug={r.slug}>
            {r.cells.map((c, i) => (
              <td key={i} className={cellClass(i)}>
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
