import { ServerChartSvg } from "./server-chart-svg";
import { dotSlots, type LevelStripRow } from "./level-strip-state";

const W = 420;
const PAD = 44;
const ROW = 74;
const HIGHLIGHT = "#1d4ed8";

/**
 * One strip per dimension: the scale's levels as ticks, every other coded jurisdiction as a grey dot (named in its
 * tooltip and in the data table), this jurisdiction as a large blue dot labelled with its code. Server-rendered.
 */
export function LevelsStripSvg(props: {
  rows: LevelStripRow[];
  code: string;
  title: string;
  dimensionName: (row: LevelStripRow) => string;
  otherName: (code: string) => string;
  levelText: (level: number, max: number | null) => string;
  notVerified: string;
}) {
  const height = props.rows.length * ROW + 8;
  return (
    <ServerChartSvg width={W} height={height} title={props.title} testId="levels-strip" className="max-w-[500px]">
      {props.rows.map((row, i) => {
        const y0 = i * ROW;
        const track = y0 + 44;
        const max = row.maxLevel ?? Math.max(1, row.level ?? 0, ...row.others.map((o) => o.level));
        const x = (level: number) => PAD + (Math.min(level, max) / max) * (W - 2 * PAD);
        const levels = Array.from({ length: max + 1 }, (_, l) => l);
        return (
          <g key={row.dimensionKey} data-dimension={row.dimensionKey} data-level={row.level ?? ""}>
            <text x={8} y={y0 + 16} fontSize={16} fontWeight={600} fill="#0f172a">
              {props.dimensionName(row)}
            </text>
            <text x={W - 8} y={y0 + 16} fontSize={14} textAnchor="end" fill={row.level === null ? "#475569" : HIGHLIGHT} fontWeight={600}>
              {row.level === null ? `${props.code}: ${props.notVerified}` : `${props.code}: ${props.levelText(row.level, row.maxLevel)}`}
            </text>
            <line x1={PAD} x2={W - PAD} y1={track} y2={track} stroke="#cbd5e1" strokeWidth={2} />
            {levels.map((l) => (
              <g key={l}>
                <line x1={x(l)} x2={x(l)} y1={track - 5} y2={track + 5} stroke="#94a3b8" />
                {l !== row.level && (
                  <text x={x(l)} y={track + 21} fontSize={14} textAnchor="middle" fill="#475569">
                    {l}
                  </text>
                )}
              </g>
            ))}
            {dotSlots(row.others, 12).map((o) => (
              <circle
                key={o.code}
                cx={x(o.level) + (o.column - (o.ofColumns - 1) / 2) * 9}
                cy={track - 12 - o.line * 9}
                r={4}
                fill="#94a3b8"
                stroke="#ffffff"
                data-code={o.code}
              >
                <title>{`${props.otherName(o.code)} (${o.code}): ${props.levelText(o.level, row.maxLevel)}`}</title>
              </circle>
            ))}
            {row.level !== null && (
              <g data-testid="levels-strip-self">
                <circle cx={x(row.level)} cy={track} r={8} fill={HIGHLIGHT} stroke="#ffffff" strokeWidth={2} />
                <text
                  x={x(row.level)}
                  y={track + 21}
                  fontSize={14}
                  fontWeight={700}
                  textAnchor="middle"
                  fill={HIGHLIGHT}
                >{`${props.code} · ${row.level}`}</text>
              </g>
            )}
          </g>
        );
      })}
    </ServerChartSvg>
  );
}
