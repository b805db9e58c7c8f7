import type { SlideData } from "@/lib/dto/decks";
import { THead, Table, Td, Th, Tr } from "@/components/ui/table";

const MAX_ROWS = 14;

/** A slide's data table in slide-sized type (cells scale with the slide's width). */
export function SlideTable({ table, compact = false, moreLabel }: { table: SlideData["table"]; compact?: boolean; moreLabel?: (n: number) => string }) {
  const rows = compact ? table.rows : table.rows.slice(0, MAX_ROWS);
  return (
    <div className="h-full overflow-hidden">
      <Table
        frame="none"
        density="none"
        className={`[&_td]:py-[0.25em] [&_td]:pr-[0.8em] [&_th]:py-[0.3em] [&_th]:pr-[0.8em] ${compact ? "text-sm" : "text-[1.35cqw]"}`}
      >
        <THead className="border-b-2 border-slate-400" tone={null}>
          <tr>
            {table.columns.map((c) => (
              <Th key={c} className="font-semibold">
                {c}
              </Th>
            ))}
          </tr>
        </THead>
        <tbody>
          {rows.map((row, i) => (
            <Tr key={i}>
              {row.map((cell, j) => (
                <Td key={j} className={typeof cell === "number" ? "tabular-nums" : undefined}>
                  {cell === null ? "–" : typeof cell === "number" ? cell.toLocaleString("en-US", { maximumFractionDigits: 2 }) : cell}
                </Td>
              ))}
            </Tr>
          ))}
        </tbody>
      </Table>
      {rows.length < table.rows.length && moreLabel && <p className="mt-[0.3em] text-[1.1cqw] text-slate-600">{moreLabel(table.rows.length - rows.length)}</p>}
    </div>
  );
}
