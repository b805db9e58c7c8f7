/** @jsxImportSource hastscript */
/* eslint-disable react/jsx-key -- hastscript JSX builds a syntax tree, not React elements: there is nothing to key. */
// The rows of the "All matching figures" table as a hastscript syntax tree (HTML), serialized once on the server by
// hast-util-to-html (every text and attribute value escaped): a page of 50 rows is some 700 static elements of plain
// links that React would otherwise receive one by one in the page's payload and walk at hydration.
import type { Element } from "hast";
import type { Child } from "hastscript";
import { toHtml } from "hast-util-to-html";
import type { FigureTableRow } from "@/lib/charts/figure-table";
import type { InvestmentFigureDto } from "@/lib/dto/investment";

export function figuresTableRowsHtml(props: {
  rows: { f: InvestmentFigureDto; row: FigureTableRow }[];
  locale: string;
  converted: boolean;
  flaggedHint: string;
}): string {
  const a = (path: string) => `/${props.locale}${path}`;
  const td = (col: string, content: Child, className = "py-1 pr-3") => (
    <td className={className} data-col={col}>
      {content}
    </td>
  );
  const trs = props.rows.map(({ f, row }) => (
    <tr className="border-b border-slate-100 align-top" data-slug={f.slug}>
      {td(
        "actor",
        f.jurisdictionCode ? (
          <a href={a(`/jurisdictions/${f.jurisdictionCode.toLowerCase()}#figure-${f.slug}`)} className="text-brand-700 underline">
            {row.actor}
          </a>
        ) : (
          row.actor
        ),
      )}
      {td("category", row.category)}
      {td("measure", row.measure)}
      {td(
        "value",
        [
          row.value,
          row.flagged ? (
            <span className="ml-1 text-amber-800" title={props.flaggedHint}>
              ⚑
            </span>
          ) : null,
        ],
        "py-1 pr-3 tabular-nums font-medium",
      )}
      {props.converted
        ? td("converted", [row.converted, row.rate ? <span className="block text-xs text-slate-600">{row.rate}</span> : null], "py-1 pr-3 tabular-nums")
        : null}
      {td("period", row.period)}
      {td("kind", row.kind)}
      {td("funding", row.funding)}
      {td("confidence", row.confidence)}
      {/* Each source key links to its entry on the sources page; the title is the tooltip. */}
      {td(
        "sources",
        f.sources.flatMap((s, i) => [
          i > 0 ? ", " : null,
          <a href={a(`/sources#source-${s.key}`)} className="text-brand-700 underline" title={s.title}>
            {s.key}
          </a>,
        ]),
      )}
    </tr>
  ));
  return toHtml(trs as Element[]);
}
