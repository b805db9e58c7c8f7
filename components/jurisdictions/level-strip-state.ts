// One jurisdiction's coded level on each governance dimension against every other jurisdiction coded on it.
// Pure: the strip chart, its table, summary and export read this. Levels are never averaged or added up.
import type { GovernanceMatrixDto } from "@/lib/dto/governance";

export type StripOther = { code: string; level: number };

export type LevelStripRow = {
  dimensionKey: string;
  nameEn: string;
  nameZh: string;
  maxLevel: number | null;
  /** This jurisdiction's level (null: not verified, or no coding). */
  level: number | null;
  labelEn: string | null;
  labelZh: string | null;
  coded: boolean;
  /** Every other jurisdiction with a verified level, in the matrix's order. */
  others: StripOther[];
  /** Other jurisdictions coded but not verified on this dimension. */
  notVerified: string[];
  lower: number;
  same: number;
  higher: number;
  sources: { key: string; title: string; titleZh: string | null }[];
};

export function buildLevelStrip(matrix: GovernanceMatrixDto, code: string): LevelStripRow[] {
  const self = matrix.jurisdictions.find((j) => j.code === code);
  return matrix.dimensions.map((d) => {
    const mine = self?.assessments[d.key];
    const others = matrix.jurisdictions
      .filter((j) => j.code !== code && j.assessments[d.key])
      .map((j) => ({ code: j.code, level: j.assessments[d.key].level }));
    const verified = others.filter((o): o is StripOther => o.level !== null);
    const level = mine?.level ?? null;
    return {
      dimensionKey: d.key,
      nameEn: d.nameEn,
      nameZh: d.nameZh,
      maxLevel: d.maxLevel,
      level,
      labelEn: mine?.labelEn ?? null,
      labelZh: mine?.labelZh ?? null,
      coded: Boolean(mine),
      others: verified,
      notVerified: others.filter((o) => o.level === null).map((o) => o.code),
      lower: level === null ? 0 : verified.filter((o) => o.level < level).length,
      same: level === null ? 0 : verified.filter((o) => o.level === level).length,
      higher: level === null ? 0 : verified.filter((o) => o.level > level).length,
      sources: mine?.sources.map((s) => ({ key: s.key, title: s.title, titleZh: s.titleZh })) ?? [],
    };
  });
}

/** Where the dots of one row go: others at the same level sit side by side, wrapping after `perLine`. */
export function dotSlots(others: StripOther[], perLine = 8): (StripOther & { column: number; line: number; ofColumns: number })[] {
  const byLevel = new Map<number, StripOther[]>();
  for (const o of others) byLevel.set(o.level, [...(byLevel.get(o.level) ?? []), o]);
  return [...byLevel.values()].flatMap((group) =>
    group.map((o, i) => ({
      ...o,
      column: i % perLine,
      line: Math.floor(i / perLine),
      ofColumns: Math.min(group.length - Math.floor(i / perLine) * perLine, perLine),
    })),
  );
}
