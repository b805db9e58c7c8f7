// The data table beside a chart, drawn from plain cell text: a server component (no script of its own). Its rows
// are in the HTML from the start, inside the chart frame's closed <details>, as markup made on the server
// (chart-data-table-markup.tsx) that React does not walk at hydration.
import { chartDataTableHtml, type ChartTableRow } from "./chart-data-table-markup";

export type { ChartTableRow };

export function ChartDataTable(props: { testId: string; columns: string[]; rows: ChartTableRow[]; numeric?: number[]; small?: number[] }) {
  return <div dangerouslySetInnerHTML={{ __html: chartDataTableHtml(props) }} />;
}
