import type { SlideData } from "@/lib/dto/decks";

const fmt = (v: number) => v.toLocaleString("en-US", { maximumFractionDigits: 2 });

/** A slide's data table as header and body rows, for the embed's list chart and its "data table" disclosure. */
export function SlideTableRows({ table }: { table: SlideData["table"] }) {
  return (
    <>
      <thead>
        <tr className="border-b border-slate-400">
          {table.columns.map((c) => (
            <th key={c} scope="col" className="py-1 pr-2 font-semibold">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, i) => (
          <tr key={i} className="border-b border-slate-200">
            {row.map((cell, j) => (
              <td key={j} className="py-1 pr-2 align-top">
                {cell === null ? "–" : typeof cell === "number" ? fmt(cell) : cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </>
  );
}
