// The choropleth drawn on the server: the world (Equal Earth) and, below it, the US states inset (Albers USA), in
// one SVG so that the PNG / SVG exports carry both. Shaded jurisdictions are links (focusable) to their pages,
// with a <title> and the data the details panel reads; uncovered countries are plain shapes with a <title>.
import type { MapState, Shade } from "@/lib/charts/map-state";
import type { Projected } from "./map-geometry";

export type ShapeText = { name: string; shown: string; coding: string; rationale: string; href: string | null };

// Not covered: white with grey dots, so that it never reads as the lightest coded level (#eff3ff).
export const NOT_COVERED_FILL = "url(#map-none)";
export const NOT_CODED_FILL = "#cbd5e1";
const STROKE = "#64748b";

function fillOf(s: Shade): string {
  if (s.fill) return s.fill;
  if (s.status === "not-verified") return "url(#map-hatch)";
  if (s.status === "not-coded") return NOT_CODED_FILL;
  return NOT_COVERED_FILL;
}

function Shapes({
  projected,
  shades,
  text,
  offsetY,
  prefix,
}: {
  projected: Projected;
  shades: Record<string, Shade>;
  text: (id: string, name: string) => ShapeText;
  offsetY: number;
  prefix: string;
}) {
  return (
    <g transform={offsetY ? `translate(0 ${offsetY})` : undefined}>
      {projected.shapes.map((shape) => {
        const s = shades[shape.id] ?? { status: "not-covered", code: null, via: null, assessment: null, fill: null };
        const words = text(shape.id, shape.name);
        const label = [words.name, words.shown, words.coding].filter(Boolean).join(" — ");
        const path = (
          <path d={shape.d} fill={fillOf(s)} stroke={STROKE} strokeWidth={0.4} strokeLinejoin="round" vectorEffect="non-scaling-stroke">
            <title>{words.rationale ? `${label}. ${words.rationale}` : label}</title>
          </path>
        );
        if (s.status === "not-covered" || !words.href)
          return (
            <g key={shape.id} data-shape-id={`${prefix}${shape.id}`}>
              {path}
            </g>
          );
        return (
          <a
            key={shape.id}
            href={words.href}
            aria-label={label}
            className="outline-none [&:focus>path]:stroke-black [&:focus>path]:[stroke-width:3px] [&:hover>path]:stroke-black"
            data-map-shape=""
            data-shape-id={`${prefix}${shape.id}`}
            data-code={s.code ?? ""}
            data-name={words.name}
            data-shown={words.shown}
            data-coding={words.coding}
            data-rationale={words.rationale}
          >
            {path}
          </a>
        );
      })}
    </g>
  );
}

export function WorldMapSvg(props: {
  world: Projected;
  us: Projected;
  state: MapState;
  title: string;
  insetTitle: string;
  country: (id: string, atlasName: string) => ShapeText;
  usState: (id: string, atlasName: string) => ShapeText;
}) {
  const gap = 36;
  const height = props.world.height + gap + props.us.height;
  const insetX = (props.world.width - props.us.width) / 2;
  return (
    // class "recharts-surface": ChartExport exports the largest svg.recharts-surface in the frame (as the timeline).
    <svg
      viewBox={`0 0 ${props.world.width} ${height}`}
      width={props.world.width}
      height={height}
      className="recharts-surface block h-auto w-full max-w-full"
      role="group"
      aria-label={props.title}
      xmlns="http://www.w3.org/2000/svg"
      fontFamily="system-ui, sans-serif"
      data-testid="world-map"
    >
      <defs>
        <pattern id="map-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#f8fafc" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#94a3b8" strokeWidth="2" />
        </pattern>
        <pattern id="map-none" width="5" height="5" patternUnits="userSpaceOnUse">
          <rect width="5" height="5" fill="#ffffff" />
          <circle cx="2.5" cy="2.5" r="0.8" fill="#94a3b8" />
        </pattern>
      </defs>
      <rect width={props.world.width} height={height} fill="#ffffff" />
      <Shapes projected={props.world} shades={props.state.countries} text={props.country} offsetY={0} prefix="c" />
      <g transform={`translate(${insetX} 0)`}>
        <text x={0} y={props.world.height + gap - 10} fontSize={13} fill="#0f172a">
          {props.insetTitle}
        </text>
        <Shapes projected={props.us} shades={props.state.states} text={props.usState} offsetY={props.world.height + gap} prefix="s" />
      </g>
    </svg>
  );
}
