// Searching the source picker: every word must occur in the key, the title (English or Chinese) or the
// publisher, case-insensitively. A word that is a whole key ("s12") ranks that source first.

export type SearchableSource = { value: string; title: string; titleZh: string | null; publisher: string | null };

export function searchSources<T extends SearchableSource>(sources: readonly T[], query: string): T[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...sources];
  const hay = (s: T) => `${s.value} ${s.title} ${s.titleZh ?? ""} ${s.publisher ?? ""}`.toLowerCase();
  const hits = sources.filter((s) => words.every((w) => hay(s).includes(w)));
  const exact = (s: T) => words.includes(s.value.toLowerCase());
  return [...hits.filter(exact), ...hits.filter((s) => !exact(s))];
}
