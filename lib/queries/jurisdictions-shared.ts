import "server-only";
import { db } from "../db";
import type { FlaggedClaimDto, InstrumentRef } from "../dto/jurisdictions";

// The selects, filters and shapes every public read of curated records shares (jurisdiction pages, sources page).
/** Public pages read published, undeleted rows only — related rows included. */
export const PUBLISHED = { publication: "PUBLISHED", deletedAt: null } as const;

export const citedSourceSelect = { key: true, title: true, titleZh: true, publisher: true, url: true, isSeedArticle: true } as const;
export const publishedSources = { select: citedSourceSelect, where: PUBLISHED } as const;

// To-one relations cannot be filtered inside a select, so their publication state is read and checked here.
export const instrumentRefSelect = {
  slug: true,
  titleEn: true,
  titleZh: true,
  publication: true,
  deletedAt: true,
  jurisdiction: { select: { code: true } },
} as const;

type RefRow = { slug: string; titleEn: string; titleZh: string | null; publication: string; deletedAt: Date | null; jurisdiction: { code: string } };

export function toInstrumentRef(row: RefRow | null): InstrumentRef | null {
  if (!row || row.publication !== "PUBLISHED" || row.deletedAt) return null;
  return { slug: row.slug, titleEn: row.titleEn, titleZh: row.titleZh, jurisdictionCode: row.jurisdiction.code };
}

// Seed articles (S0–S4), then R1, R2 … R70 in numeric order, then anything else (the FS1 fact-sheet placeholder).
const keyRank = (key: string) => (/^S\d+$/.test(key) ? 0 : /^R\d+$/.test(key) ? 1 : 2);

export function compareSourceKeys(a: { key: string }, b: { key: string }): number {
  return keyRank(a.key) - keyRank(b.key) || a.key.localeCompare(b.key, "en", { numeric: true });
}

export function sortSources<T extends { key: string }>(sources: T[]): T[] {
  return [...sources].sort(compareSourceKeys);
}

/** "FR, US" / "FR,US" → ["FR", "US"] (alsoJurisdictions is stored as comma-separated codes). */
export function splitCodes(codes: string | null | undefined): string[] {
  return (codes ?? "")
    .split(",")
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);
}

export const claimSelect = {
  slug: true,
  claimEn: true,
  claimZh: true,
  correctionEn: true,
  correctionZh: true,
  source: { select: citedSourceSelect },
  evidence: publishedSources,
  instrument: { select: { ...instrumentRefSelect, alsoJurisdictions: true } },
  investmentFigure: {
    select: {
      slug: true,
      actorName: true,
      actorNameZh: true,
      measure: true,
      periodLabel: true,
      publication: true,
      deletedAt: true,
      jurisdiction: { select: { code: true } },
    },
  },
} as const;

// A claim is shown only when the article making it is published; its evidence list is already filtered.
export const publishedClaimWhere = { ...PUBLISHED, source: { is: PUBLISHED } } as const;

type ClaimRow = Awaited<ReturnType<typeof loadClaims>>[number];

export function loadClaims(where: Record<string, unknown> = {}) {
  return db().flaggedClaim.findMany({ where: { ...publishedClaimWhere, ...where }, select: claimSelect, orderBy: { slug: "asc" } });
}

export function toClaimDto(row: ClaimRow): FlaggedClaimDto {
  const f = row.investmentFigure;
  const figureShown = f && f.publication === "PUBLISHED" && !f.deletedAt;
  return {
    slug: row.slug,
    source: row.source,
    claimEn: row.claimEn,
    claimZh: row.claimZh,
    correctionEn: row.correctionEn,
    correctionZh: row.correctionZh,
    evidence: sortSources(row.evidence),
    instrument: toInstrumentRef(row.instrument),
    figure: figureShown
      ? {
          slug: f.slug,
          actorName: f.actorName,
          actorNameZh: f.actorNameZh,
          measure: f.measure,
          periodLabel: f.periodLabel,
          jurisdictionCode: f.jurisdiction?.code ?? null,
        }
      : null,
  };
}
