// The "KEY Title" source lines every slide carries, in the sources page's order.
/** Source key → title, for the "KEY Title" lines of a slide footer. */
export type SourceTitles = Map<string, string>;

/** Seed articles (S…) first, then R1, R2 … in numeric order, like the sources page. */
export function sortSourceKeys(keys: Iterable<string>): string[] {
  const rank = (k: string) => (k.startsWith("S") ? 0 : 1);
  return [...new Set(keys)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, "en", { numeric: true }));
}

export function sourceLines(keys: Iterable<string>, titles: SourceTitles): string[] {
  return sortSourceKeys(keys).map((k) => (titles.get(k) ? `${k} ${titles.get(k)}` : k));
}
