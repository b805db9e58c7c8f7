import type { SlideData } from "@/lib/dto/decks";

const MAX_ROWS = 14;

/** A slide's data table in slide-sized type (cells scale with the slide's width). */
export function SlideTable({ table, compact = false, moreLabel }: { table: SlideData["table"]; compact?: boolean; moreLabel?: (n: number) => string }) {
  const rows = compact ? table.rows : table.rows.slice(0, MAX_ROWS);
  return (
    <div className="h-full overflow-hidden">
      <table className={`w-full border-collapse text-left ${compact ? "text-sm" : "text-[1.35cqw]"}`}>
        <thead>
          <tr className="border-b-2 border-slate-400">
            {table.columns.map((c) => (
              <th key={c} scope="col" className="py-[0.3em] pr-[0.8em] font-semibold">{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i} className="border-b border-slate-200">
              {row.map((cell, j) => (
                <td key={j} className={`py-[0.25em] pr-[0.8em] align-top ${typeof cell === "number" ? "tabular-nums" : ""}`}>
                  {cell === null ? "–" : typeof cell === "number" ? cell.toLocaleString("en-US", { maximumFractionDigits: 2 }) : cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length < table.rows.length && moreLabel && <p className="mt-[0.3em] text-[1.1cqw] text-slate-600">{moreLabel(table.rows.length - rows.length)}</p>}
    </div>
  );
}
