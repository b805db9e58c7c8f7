import "server-only";
// Shapes for the world map, projected once per server process: world-atlas 2.0.2 (Natural Earth 1:110m countries,
// ids are ISO 3166-1 numeric codes) in the Equal Earth projection, and us-atlas 3.0.1 states (ids are FIPS codes)
// in d3's Albers USA for the inset. topojson-client turns the TopoJSON into GeoJSON; d3-geo writes SVG paths.
import { feature } from "topojson-client";
import { geoAlbersUsa, geoEqualEarth, geoPath, geoTransform, type GeoProjection, type GeoStream } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { Topology, GeometryCollection } from "topojson-specification";
import world from "world-atlas/countries-110m.json";
import usStates from "us-atlas/states-10m.json";

export type MapShape = { id: string; name: string; d: string };
export type Projected = { width: number; height: number; shapes: MapShape[] };

export const WORLD_SIZE = { width: 960, height: 470 };
export const US_SIZE = { width: 480, height: 300 };

function collection(topology: unknown, object: string): FeatureCollection<Geometry, { name: string }> {
  const t = topology as Topology<{ [k: string]: GeometryCollection<{ name: string }> }>;
  return feature(t, t.objects[object]) as FeatureCollection<Geometry, { name: string }>;
}

let cache: { world: Projected; us: Projected } | null = null;

/**
 * The projection followed by dropping points less than `min` pixels (Manhattan) from the last one kept: the 1:10m
 * state outlines carry far more detail than a 480-pixel inset can show (measured: the page's paths went from
 * 264 KB to the figure in the README). The first point of every ring is kept, so no shape moves.
 */
function decimated(projection: GeoProjection, min: number): { stream: (s: GeoStream) => GeoStream } {
  let last: [number, number] | null = null;
  const drop = geoTransform({
    lineStart(this: { stream: GeoStream }) {
      last = null;
      this.stream.lineStart();
    },
    point(this: { stream: GeoStream }, x: number, y: number) {
      if (last && Math.abs(x - last[0]) + Math.abs(y - last[1]) < min) return;
      last = [x, y];
      this.stream.point(x, y);
    },
  });
  return { stream: (s) => projection.stream(drop.stream(s)) };
}

function project() {
  const countries = collection(world, "countries");
  // Antarctica takes a fifth of the height and has no jurisdiction: left out.
  countries.features = countries.features.filter((f) => f.id !== "010");
  const worldProjection = geoEqualEarth().fitSize([WORLD_SIZE.width, WORLD_SIZE.height], countries);
  const worldPath = geoPath(decimated(worldProjection, 1.5)).digits(1);
  const states = collection(usStates, "states");
  const usProjection = geoAlbersUsa().fitSize([US_SIZE.width, US_SIZE.height], states);
  const usPath = geoPath(decimated(usProjection, 2)).digits(1);
  const shapes = (list: Feature<Geometry, { name: string }>[], path: typeof worldPath, prefix: string) =>
    list.map((f, i) => ({ id: f.id === undefined ? `${prefix}${i}` : String(f.id), name: f.properties.name, d: path(f) ?? "" })).filter((s) => s.d !== "");
  return {
    world: { ...WORLD_SIZE, shapes: shapes(countries.features, worldPath, "x") },
    us: { ...US_SIZE, shapes: shapes(states.features, usPath, "s") },
  };
}

/** Projected shapes; shapes without an ISO id in the atlas (e.g. Kosovo) get an "x…" id and stay not covered. */
export function mapGeometry(): { world: Projected; us: Projected } {
  cache ??= project();
  return cache;
}
