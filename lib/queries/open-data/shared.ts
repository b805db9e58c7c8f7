import "server-only";
// Pieces every API list shares: the published-only filter, the keyset cursor, the jurisdiction filter, sources
// written out, and the as-of summary over every matching row (not only the page).
import { bySourceKey } from "../../format/source-order";
import { toIsoDate } from "../../format/dates";
import type { SourceRefRow } from "../../validations/api-responses";

/** Drafts, rows with pending draft values only (their stored columns hold the published values) and deleted rows. */
export const PUBLISHED = { publication: "PUBLISHED", deletedAt: null } as const;

export const sourceRefSelect = { where: PUBLISHED, select: { key: true, title: true, publisher: true, url: true, publishedOn: true } } as const;

export function sourceRefs(list: { key: string; title: string; publisher: string; url: string | null; publishedOn: Date | null }[]): SourceRefRow[] {
  return list.map(({ publishedOn, ...s }) => ({ ...s, date: toIsoDate(publishedOn) })).sort(bySourceKey);
}

export type Where = Record<string, unknown>;

/** A row's own jurisdiction, or its country's (US includes US-CA), or one of its further jurisdictions. */
export function jurisdictionWhere(codes: string[] | undefined, withAlso: boolean): Where[] {
  if (!codes?.length) return [];
  const also = withAlso
    ? codes.flatMap((c) => [
        { alsoJurisdictions: c },
        { alsoJurisdictions: { startsWith: `${c},` } },
        { alsoJurisdictions: { endsWith: `,${c}` } },
        { alsoJurisdictions: { contains: `,${c},` } },
      ])
    : [];
  return [{ OR: [{ jurisdiction: { code: { in: codes } } }, { jurisdiction: { parent: { code: { in: codes } } } }, ...also] }];
}

export type AsOfSummary = { asOf: string | null; lastChecked: { from: string | null; to: string | null; notRecorded: number } };

/** Newest information date and the range of last checks, over the given rows. */
export function summarize(infoDates: (string | null)[], checked: (Date | null)[]): AsOfSummary {
  const dates = infoDates.filter((d): d is string => Boolean(d)).sort();
  const checks = checked
    .map(toIsoDate)
    .filter((d): d is string => Boolean(d))
    .sort();
  return {
    asOf: dates.at(-1) ?? null,
    lastChecked: { from: checks[0] ?? null, to: checks.at(-1) ?? null, notRecorded: checked.length - checks.length },
  };
}

export type ListArgs<Q> = { query: Q; after: string | null; limit: number };
export type ListResult<R> = AsOfSummary & { rows: R[]; total: number; lastKey: string | null };

/** A page with the count and the as-of summary over every matching row (`dated`), given their information dates. */
export function listResult<R>(
  shown: { rows: R[]; lastKey: string | null },
  dated: { lastCheckedOn: Date | null }[],
  infoDates: (string | null)[],
): ListResult<R> {
  return {
    ...shown,
    total: dated.length,
    ...summarize(
      infoDates,
      dated.map((d) => d.lastCheckedOn),
    ),
  };
}

/** The findMany arguments of one page in `key` order: the rows after the cursor, `limit + 1` of them (see `page`). */
export function keysetPage<K extends "id" | "code" | "key" | "slug">(key: K, where: Where, after: string | null, limit: number) {
  return {
    where: after ? { AND: [where, { [key]: { gt: after } }] } : where,
    orderBy: { [key]: "asc" } as Record<K, "asc">,
    take: limit + 1,
  };
}

/** Takes `limit + 1` rows to know whether another page follows; the cursor is the last returned row's key. */
export function page<K extends string, T extends Record<K, string>, R>(
  rows: T[],
  limit: number,
  key: K,
  map: (row: T) => R,
): { rows: R[]; lastKey: string | null } {
  const more = rows.length > limit;
  const shown = rows.slice(0, limit);
  return { rows: shown.map(map), lastKey: more && shown.length ? shown[shown.length - 1][key] : null };
}

export const splitCodes = (csv: string) =>
  csv
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
