import "server-only";
import { db } from "../../db";
import { toIsoDate } from "../../format/dates";
import type { ApiQuery } from "../../validations/api";
import type { ApiRow } from "../../validations/api-responses";
import { keysetPage, page, sourceRefSelect, sourceRefs, splitCodes, listResult, PUBLISHED, type ListArgs, type ListResult, type Where } from "./shared";

const select = {
  code: true,
  nameEn: true,
  nameZh: true,
  kind: true,
  parent: { select: { code: true } },
  blocs: true,
  approachEn: true,
  approachZh: true,
  confidence: true,
  lastCheckedOn: true,
  sources: sourceRefSelect,
} as const;

export async function listJurisdictions({ query, after, limit }: ListArgs<ApiQuery<"jurisdictions">>): Promise<ListResult<ApiRow<"jurisdictions">>> {
  const and: Where[] = [PUBLISHED];
  if (query.kind) and.push({ kind: { in: query.kind } });
  const where = { AND: and };
  const [rows, dated] = await Promise.all([
    db().jurisdiction.findMany({ ...keysetPage("code", where, after, limit), select }),
    db().jurisdiction.findMany({ where, select: { lastCheckedOn: true, sources: { where: PUBLISHED, select: { publishedOn: true } } } }),
  ]);
  // A jurisdiction's information is as new as the newest source it cites.
  const info = dated.flatMap((d) => d.sources.map((s) => toIsoDate(s.publishedOn)));
  const shown = page(rows, limit, "code", ({ parent, blocs, sources, lastCheckedOn, ...r }) => ({
    ...r,
    parent: parent?.code ?? null,
    blocs: splitCodes(blocs),
    lastCheckedOn: toIsoDate(lastCheckedOn),
    sources: sourceRefs(sources),
  }));
  return listResult(shown, dated, info);
}
