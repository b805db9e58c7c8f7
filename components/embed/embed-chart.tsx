// A SlideData chart drawn on the server as plain SVG: the embed page ships no chart library. The values are the
// chart states' own (lib/decks/slide-data.ts); this only places bars. Colours are the charts' palette, and every
// bar carries its value as text, so colour is never the only cue.
import type { SlideData } from "@/lib/dto/decks";
import { seriesColor } from "@/components/charts/palette";
import { SlideTableRows } from "./slide-table-rows";

const fmt = (v: number) => v.toLocaleString("en-US", { maximumFractionDigits: 2 });

/** A round axis maximum (1, 2, 2.5, 5 × 10^n) at or above the largest value. */
function niceMax(max: number): number {
  if (max <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  return ([1, 2, 2.5, 5, 10].find((m) => m * p >= max) ?? 10) * p;
}

function HorizontalBars({ data }: { data: SlideData }) {
  // One group per category, one bar per series (the comparison draws one bar per jurisdiction in each dimension).
  const W = 800;
  const label = 300;
  const bar = 18;
  const n = Math.max(1, data.series.length);
  const row = n * bar + 10;
  const max = niceMax(Math.max(0, ...data.series.flatMap((s) => s.values.map((v) => v ?? 0))));
  const H = data.categories.length * row + 30;
  const x = (v: number) => ((W - label - 70) * v) / max;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-label={data.title} data-embed-chart="bar" fontFamily="system-ui, sans-serif">
      {data.categories.map((c, i) => {
        const y = i * row + 4;
        return (
          <g key={`${c}-${i}`}>
            <text x={label - 6} y={y + (n * bar) / 2 + 5} fontSize={12} textAnchor="end" fill="#0f172a">
              {c.length > 48 ? `${c.slice(0, 47)}…` : c}
              <title>{c}</title>
            </text>
            {data.series.map((s, j) => {
              const v = s.values[i];
              if (v === null || v === undefined) return null;
              const by = y + j * bar;
              return (
                <g key={s.name}>
                  <rect x={label} y={by + 2} width={Math.max(1, x(v))} height={bar - 4} fill={seriesColor(j)}>
                    <title>{`${n > 1 ? `${s.name} · ` : ""}${c}: ${fmt(v)} ${data.unit}`}</title>
                  </rect>
                  <text x={label + x(v) + 4} y={by + bar - 5} fontSize={11} fill="#0f172a">
                    {fmt(v)}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
      <line x1={label} x2={label} y1={0} y2={H - 24} stroke="#94a3b8" />
      <text x={W - 4} y={H - 6} fontSize={11} textAnchor="end" fill="#334155">
        {data.unit}
      </text>
    </svg>
  );
}

function GroupedBars({ data }: { data: SlideData }) {
  const W = 800;
  const H = 320;
  const left = 56;
  const bottom = 28;
  const top = 26;
  const max = niceMax(Math.max(0, ...data.series.flatMap((s) => s.values.map((v) => v ?? 0))));
  const band = (W - left - 8) / Math.max(1, data.categories.length);
  const bar = Math.max(2, (band * 0.8) / Math.max(1, data.series.length));
  const y = (v: number) => ((H - top - bottom) * v) / max;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max);
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      className="h-auto w-full"
      role="img"
      aria-label={data.title}
      data-embed-chart="grouped-bar"
      fontFamily="system-ui, sans-serif"
    >
      {ticks.map((t) => (
        <g key={t}>
          <line x1={left} x2={W - 8} y1={H - bottom - y(t)} y2={H - bottom - y(t)} stroke="#e2e8f0" />
          <text x={left - 4} y={H - bottom - y(t) + 4} fontSize={11} textAnchor="end" fill="#334155">
            {fmt(t)}
          </text>
        </g>
      ))}
      {data.categories.map((c, i) => (
        <g key={c}>
          <text x={left + band * i + band / 2} y={H - 8} fontSize={12} textAnchor="middle" fill="#0f172a">
            {c}
          </text>
          {data.series.map((s, j) => {
            const v = s.values[i];
            if (v === null || v === undefined) return null;
            const bx = left + band * i + band * 0.1 + j * bar;
            return (
              <rect key={s.name} x={bx} y={H - bottom - y(v)} width={bar - 1} height={Math.max(1, y(v))} fill={seriesColor(j)}>
                <title>{`${s.name} · ${c}: ${fmt(v)} ${data.unit}`}</title>
              </rect>
            );
          })}
        </g>
      ))}
      <text x={4} y={12} fontSize={11} fill="#334155">
        {data.unit}
      </text>
    </svg>
  );
}

/** A chart whose data is a list (a jurisdiction's figures, each in its own currency): the rows themselves. */
function RowsTable({ data }: { data: SlideData }) {
  return (
    <div className="overflow-x-auto" data-embed-chart="table" tabIndex={0} role="region" aria-label={data.title}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{data.title}</caption>
        <SlideTableRows table={data.table} />
      </table>
    </div>
  );
}

export function EmbedChart({ data }: { data: SlideData }) {
  if (data.chartType === "table") return <RowsTable data={data} />;
  if (data.chartType === "bar") return <HorizontalBars data={data} />;
  return <GroupedBars data={data} />;
}

/** The series names with their colours (grouped bars); one-series charts need no key. */
export function EmbedSeriesKey({ data }: { data: SlideData }) {
  if (data.series.length < 2) return null;
  return (
    <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-800" data-embed-series>
      {data.series.map((s, j) => (
        <li key={s.name} className="flex items-center gap-1">
          <span className="inline-block h-3 w-3 rounded-sm" style={{ background: seriesColor(j) }} aria-hidden />
          {s.name}
        </li>
      ))}
    </ul>
  );
}
