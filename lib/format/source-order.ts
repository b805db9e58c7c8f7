// The one order for source keys everywhere: seed articles (S0–S4) first, then R1, R2 … R70 in numeric order.
export function compareSourceKeys(a: string, b: string): number {
  const rank = (k: string) => (k.startsWith("S") ? 0 : 1);
  return rank(a) - rank(b) || a.localeCompare(b, "en", { numeric: true });
}

export const bySourceKey = (a: { key: string }, b: { key: string }) => compareSourceKeys(a.key, b.key);
