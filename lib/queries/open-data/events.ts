import "server-only";
import { db } from "../../db";
import { toIsoDate } from "../../format/dates";
import type { ApiQuery } from "../../validations/api";
import type { ApiRow } from "../../validations/api-responses";
import { jurisdictionWhere, page, sourceRefSelect, sourceRefs, splitCodes, listResult, PUBLISHED, keysetPage } from "./shared";
import type { ListArgs, ListResult, Where } from "./shared";

const select = {
  slug: true,
  jurisdiction: { select: { code: true } },
  alsoJurisdictions: true,
  date: true,
  datePrecision: true,
  dateNote: true,
  titleEn: true,
  titleZh: true,
  instrument: { select: { slug: true } },
  confidence: true,
  lastCheckedOn: true,
  sources: sourceRefSelect,
} as const;

export async function listEvents({ query, after, limit }: ListArgs<ApiQuery<"events">>, today: string): Promise<ListResult<ApiRow<"events">>> {
  const and: Where[] = [PUBLISHED, ...jurisdictionWhere(query.j, true)];
  if (query.from !== undefined) and.push({ date: { gte: new Date(`${query.from}-01-01T00:00:00Z`) } });
  if (query.to !== undefined) and.push({ date: { lte: new Date(`${query.to}-12-31T00:00:00Z`) } });
  const where = { AND: and };
  const [rows, dated] = await Promise.all([
    db().timelineEvent.findMany({ ...keysetPage("slug", where, after, limit), select }),
    db().timelineEvent.findMany({ where, select: { date: true, lastCheckedOn: true } }),
  ]);
  const info = dated.map((d) => toIsoDate(d.date)).filter((d) => d !== null && d <= today);
  const shown = page(rows, limit, "slug", ({ jurisdiction, alsoJurisdictions, instrument, sources, date, lastCheckedOn, ...r }) => ({
    ...r,
    jurisdiction: jurisdiction.code,
    alsoJurisdictions: splitCodes(alsoJurisdictions),
    date: toIsoDate(date)!,
    instrument: instrument?.slug ?? null,
    lastCheckedOn: toIsoDate(lastCheckedOn),
    sources: sourceRefs(sources),
  }));
  return listResult(shown, dated, info);
}
