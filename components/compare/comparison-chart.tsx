"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Text, Tooltip, XAxis, YAxis } from "recharts";
import { isSpectrum, type ComparisonCell, type ComparisonRow } from "@/lib/charts/compare-state";
import { seriesColor } from "@/components/charts/palette";
import { comparisonChartHeight } from "@/components/charts/chart-heights";
import { useMediaQuery } from "@/lib/hooks/use-media-query";

export type ComparisonChartLabels = {
  names: Record<string, string>;
  dimensionNames: Record<string, string>;
  notVerified: string;
  axis: string;
  cellLabel: (cell: ComparisonCell) => string;
  cellDetail: (cell: ComparisonCell) => string;
  /** "2/2" plus the end it sits at, for a spectrum dimension's marker. */
  position: (cell: ComparisonCell) => string;
};

type ChartRow = { key: string; name: string; cells: Record<string, ComparisonCell> };
type ShapeProps = { x: number; y: number; width: number; height: number; fill: string; payload: ChartRow };

const TICKS = [0, 0.25, 0.5, 0.75, 1];
/** The projector layout of app/globals.css: chart text is 16 px there, so the dimension names need a wider column. */
const PROJECTOR = "(min-width: 1800px)";
const LEVEL_ZERO_WIDTH = 3;

/**
 * Grouped horizontal bars: one group per dimension, one bar per jurisdiction, length = level ÷ scale maximum.
 * A not-verified level has no bar — only the words "not verified" — so that it is never read as level 0.
 * A spectrum dimension (policy stance) gets a marker at its position instead of a bar: neither end is "more".
 */
export function ComparisonChartView({ rows, codes, labels }: { rows: ComparisonRow[]; codes: string[]; labels: ComparisonChartLabels }) {
  const projector = useMediaQuery(PROJECTOR);
  const labelWidth = projector ? 168 : 104;
  const data: ChartRow[] = rows.map((r) => ({
    key: r.dimension.key,
    name: labels.dimensionNames[r.dimension.key],
    cells: Object.fromEntries(r.cells.map((c) => [c.code, c])),
  }));
  const barHeight = 16;
  const height = comparisonChartHeight(rows.length, codes.length);

  const shape = (code: string) =>
    function BarWithLevel(raw: unknown) {
      const p = raw as ShapeProps;
      const cell = p.payload.cells[code];
      const midY = p.y + p.height / 2;
      if (!cell || cell.share === null) {
        return (
          <text x={p.x + 4} y={midY} dominantBaseline="central" fontSize={11} fontStyle="italic" fill="#475569" data-gap={code}>
            {labels.notVerified}
          </text>
        );
      }
      if (isSpectrum(cell.dimensionKey)) {
        // A position between two stances, not an amount: a marker on the line, no bar.
        const cx = p.x + p.width;
        return (
          <g data-bar={`${code}:${cell.dimensionKey}`} data-level={cell.level ?? ""} data-shape="marker">
            <line x1={p.x} x2={p.x + (p.width || 0)} y1={midY} y2={midY} stroke="#cbd5e1" strokeDasharray="2 2" />
            <circle cx={cx} cy={midY} r={Math.min(7, p.height / 2)} fill={p.fill} stroke="#0f172a" strokeWidth={1} />
            <text x={cx + 10} y={midY} dominantBaseline="central" fontSize={11} fill="#334155">
              {labels.position(cell)}
            </text>
          </g>
        );
      }
      const width = Math.max(p.width, LEVEL_ZERO_WIDTH);
      return (
        <g data-bar={`${code}:${cell.dimensionKey}`} data-level={cell.level ?? ""}>
          <rect x={p.x} y={p.y} width={width} height={p.height} fill={p.fill} />
          <text x={p.x + width + 4} y={midY} dominantBaseline="central" fontSize={11} fill="#334155">
            {cell.level}/{cell.maxLevel ?? "?"}
          </text>
        </g>
      );
    };

  return (
    <div className="w-full" style={{ height }} data-testid="comparison-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 36, bottom: 24, left: 4 }} barGap={2} barCategoryGap={12} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis
            type="number"
            domain={[0, 1]}
            ticks={TICKS}
            tickFormatter={(v: number) => `${Math.round(v * 100)}%`}
            tick={{ fontSize: 12 }}
            label={{ value: labels.axis, position: "insideBottom", offset: -16, fontSize: 12 }}
          />
          <YAxis
            type="category"
            dataKey="name"
            width={labelWidth}
            tick={({ x, y, payload }) => (
              <Text x={x} y={y} width={labelWidth - 8} textAnchor="end" verticalAnchor="middle" fontSize={projector ? 16 : 12} fill="#334155">
                {String(payload.value)}
              </Text>
            )}
          />
          <Tooltip
            cursor={{ fill: "#f1f5f9" }}
            content={({ active, payload }) => {
              const row = payload?.[0]?.payload as ChartRow | undefined;
              if (!active || !row) return null;
              return (
                <div className="max-w-xs rounded border border-slate-300 bg-white p-2 text-xs shadow">
                  <p className="font-semibold">{row.name}</p>
                  <ul className="mt-1 space-y-1">
                    {codes.map((code, i) => {
                      const cell = row.cells[code];
                      return (
                        <li key={code}>
                          <span className="font-medium">
                            <span className="mr-1 inline-block h-2 w-2" style={{ background: seriesColor(i) }} aria-hidden />
                            {labels.names[code]}:
                          </span>{" "}
                          {cell ? labels.cellLabel(cell) : labels.notVerified}
                          {cell && <span className="block text-slate-600">{labels.cellDetail(cell)}</span>}
                        </li>
                      );
                    })}
                  </ul>
                </div>
              );
            }}
          />
          <Legend verticalAlign="top" itemSorter={null} wrapperStyle={{ fontSize: 13, paddingBottom: 4 }} />
          {codes.map((code, i) => (
            <Bar
              key={code}
              name={labels.names[code]}
              // Gaps get an empty range so Recharts still calls the shape, which then draws only "not verified".
              dataKey={(row: ChartRow) => row.cells[code]?.share ?? [0, 0]}
              fill={seriesColor(i)}
              barSize={barHeight}
              shape={shape(code)}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
