// Groups the sources page: seed articles first, then one group per jurisdiction (in the index's order), then the
// sources cited for several jurisdictions, then those tied to none; inside each group, sources by kind. Pure: the
// page and its unit test feed it plain DTOs.
import type { CitingRecordType, SourceDto, SourceKind } from "@/lib/dto/sources";

export const KIND_ORDER: SourceKind[] = ["SEED_ARTICLE", "OFFICIAL", "LAW_FIRM", "RESEARCH", "DATA", "PRESS", "OTHER"];

export type SourceGroupKey = { type: "seed" } | { type: "jurisdiction"; code: string } | { type: "several" } | { type: "none" };

export type SourceGroup<T extends Pick<SourceDto, "key" | "kind">> = {
  /** The group's anchor ("sources-seed", "sources-eu", "sources-several", "sources-other"). */
  id: string;
  group: SourceGroupKey;
  count: number;
  kinds: { kind: SourceKind; sources: T[] }[];
};

// Exchange rates and claims carry no jurisdiction; a flagged-claim source is tied to the records it is about.
const TIED: CitingRecordType[] = ["jurisdiction", "instrument", "milestone", "assessment", "figure", "event", "expertView"];

/** "US-CA" → "US": a state's sources are filed under its country, whose page lists the state's records. */
export const homeCode = (code: string) => code.split("-")[0].toUpperCase();

/** The jurisdictions a source is cited for (countries, states folded into them), in `order`. */
export function sourceJurisdictions(s: Pick<SourceDto, "citedBy">, order: string[]): string[] {
  const codes = new Set(s.citedBy.filter((r) => TIED.includes(r.type) && r.jurisdictionCode).map((r) => homeCode(r.jurisdictionCode!)));
  const rank = (c: string) => (order.indexOf(c) === -1 ? order.length : order.indexOf(c));
  return [...codes].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export function groupOf(s: Pick<SourceDto, "citedBy" | "isSeedArticle">, order: string[]): SourceGroupKey {
  if (s.isSeedArticle) return { type: "seed" };
  const codes = sourceJurisdictions(s, order);
  if (codes.length === 1) return { type: "jurisdiction", code: codes[0] };
  return codes.length > 1 ? { type: "several" } : { type: "none" };
}

const groupId = (g: SourceGroupKey) =>
  g.type === "jurisdiction"
    ? `sources-${g.code.toLowerCase()}`
    : g.type === "seed"
      ? "sources-seed"
      : g.type === "several"
        ? "sources-several"
        : "sources-other";

/** `sources` in the page's order (seed articles, then R1, R2 …); that order is kept inside each kind. */
export function groupSources<T extends Pick<SourceDto, "key" | "kind" | "citedBy" | "isSeedArticle">>(sources: T[], order: string[]): SourceGroup<T>[] {
  const byId = new Map<string, { group: SourceGroupKey; sources: T[] }>();
  for (const s of sources) {
    const group = groupOf(s, order);
    const id = groupId(group);
    if (!byId.has(id)) byId.set(id, { group, sources: [] });
    byId.get(id)!.sources.push(s);
  }
  const rank = (g: SourceGroupKey) =>
    g.type === "seed"
      ? -1
      : g.type === "jurisdiction"
        ? order.includes(g.code)
          ? order.indexOf(g.code)
          : order.length
        : g.type === "several"
          ? order.length + 1
          : order.length + 2;
  return [...byId.entries()]
    .sort(([ia, a], [ib, b]) => rank(a.group) - rank(b.group) || ia.localeCompare(ib))
    .map(([id, { group, sources: list }]) => ({
      id,
      group,
      count: list.length,
      kinds: KIND_ORDER.map((kind) => ({ kind, sources: list.filter((s) => s.kind === kind) })).filter((k) => k.sources.length > 0),
    }));
}
