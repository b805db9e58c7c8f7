import "server-only";
import { db } from "../../db";
import { toIsoDate } from "../../format/dates";
import { typeKey } from "../../charts/timeline-state";
import type { ApiQuery } from "../../validations/api";
import type { ApiRow } from "../../validations/api-responses";
import { jurisdictionWhere, page, sourceRefSelect, sourceRefs, splitCodes, listResult, PUBLISHED, keysetPage } from "./shared";
import type { ListArgs, ListResult, Where } from "./shared";
import { instrumentHeadColumns } from "../columns";

const select = {
  ...instrumentHeadColumns,
  status: true,
  statusNote: true,
  adoptedOn: true,
  adoptedPrecision: true,
  effectiveOn: true,
  effectivePrecision: true,
  revokedOn: true,
  revokedBy: { select: { slug: true } },
  dateNote: true,
  summaryEn: true,
  confidence: true,
  lastCheckedOn: true,
  sources: sourceRefSelect,
} as const;

/** `types`: the stored type labels the `type` keys stand for (resolved by the caller against the published types). */
export async function listInstruments(
  { query, after, limit }: ListArgs<ApiQuery<"instruments">>,
  types: string[] | null,
  today: string,
): Promise<ListResult<ApiRow<"instruments">>> {
  const and: Where[] = [PUBLISHED, ...jurisdictionWhere(query.j, true)];
  if (types) and.push({ type: { in: types } });
  if (query.status) and.push({ status: { in: query.status } });
  // A year window keeps instruments adopted, in effect or revoked within it (the timeline's span, without milestones).
  if (query.from !== undefined || query.to !== undefined) {
    const gte = new Date(`${query.from ?? 1000}-01-01T00:00:00Z`);
    const lte = new Date(`${query.to ?? 9999}-12-31T00:00:00Z`);
    and.push({ OR: [{ adoptedOn: { gte, lte } }, { effectiveOn: { gte, lte } }, { revokedOn: { gte, lte } }] });
  }
  const where = { AND: and };
  const [rows, dated] = await Promise.all([
    db().instrument.findMany({ ...keysetPage("slug", where, after, limit), select }),
    db().instrument.findMany({ where, select: { adoptedOn: true, effectiveOn: true, revokedOn: true, lastCheckedOn: true } }),
  ]);
  // Scheduled dates (after the newest past one) are not what the information dates from: the timeline's rule.
  const info = dated.flatMap((d) => [d.adoptedOn, d.effectiveOn, d.revokedOn].map(toIsoDate)).filter((d) => d !== null && d <= today);
  const shown = page(
    rows,
    limit,
    "slug",
    ({ jurisdiction, alsoJurisdictions, revokedBy, sources, adoptedOn, effectiveOn, revokedOn, lastCheckedOn, ...r }) => ({
      ...r,
      jurisdiction: jurisdiction.code,
      alsoJurisdictions: splitCodes(alsoJurisdictions),
      typeKey: typeKey(r.type),
      adoptedOn: toIsoDate(adoptedOn),
      effectiveOn: toIsoDate(effectiveOn),
      revokedOn: toIsoDate(revokedOn),
      revokedBy: revokedBy?.slug ?? null,
      lastCheckedOn: toIsoDate(lastCheckedOn),
      sources: sourceRefs(sources),
    }),
  );
  return listResult(shown, dated, info);
}
