import "server-only";
import { db } from "../../db";
import { toIsoDate } from "../../format/dates";
import { parseScale } from "../governance";
import type { ApiQuery } from "../../validations/api";
import type { ApiRow } from "../../validations/api-responses";
import { keysetPage, jurisdictionWhere, page, sourceRefSelect, sourceRefs, listResult, PUBLISHED, type ListArgs, type ListResult, type Where } from "./shared";
import { assessmentColumns } from "../columns";

const select = {
  id: true,
  jurisdictionId: true,
  dimensionId: true,
  ...assessmentColumns,
  jurisdiction: { select: { code: true } },
  dimension: { select: { key: true, scale: true } },
  sources: sourceRefSelect,
} as const;

/**
 * Ids of the codings in force: per jurisdiction and dimension, the published one with the latest `since` (null =
 * since coding began, the earliest), as the compare page picks them.
 */
async function currentIds(): Promise<Set<string>> {
  const all = await db().assessment.findMany({ where: PUBLISHED, select: { id: true, jurisdictionId: true, dimensionId: true, since: true, asOf: true } });
  const best = new Map<string, (typeof all)[number]>();
  const rank = (a: (typeof all)[number]) => `${toIsoDate(a.since) ?? "0000-00-00"}|${toIsoDate(a.asOf)}`;
  for (const a of all) {
    const key = `${a.jurisdictionId}|${a.dimensionId}`;
    const held = best.get(key);
    if (!held || rank(a) > rank(held)) best.set(key, a);
  }
  return new Set([...best.values()].map((a) => a.id));
}

export async function listAssessments({ query, after, limit }: ListArgs<ApiQuery<"assessments">>): Promise<ListResult<ApiRow<"assessments">>> {
  const current = await currentIds();
  const and: Where[] = [PUBLISHED, ...jurisdictionWhere(query.j, false)];
  if (query.dimension) and.push({ dimension: { key: { in: query.dimension.split(",") } } });
  if (query.current === "true") and.push({ id: { in: [...current] } });
  const where = { AND: and };
  const [rows, dated] = await Promise.all([
    db().assessment.findMany({ ...keysetPage("id", where, after, limit), select }),
    db().assessment.findMany({ where, select: { asOf: true, lastCheckedOn: true } }),
  ]);
  const info = dated.map((d) => toIsoDate(d.asOf));
  const shown = page(rows, limit, "id", ({ jurisdictionId: _j, dimensionId: _d, jurisdiction, dimension, sources, asOf, since, lastCheckedOn, ...r }) => {
    const scale = parseScale(dimension.scale);
    const maxLevel = scale.length ? scale[scale.length - 1].level : null;
    return {
      ...r,
      jurisdiction: jurisdiction.code,
      dimension: dimension.key,
      unit: maxLevel === null ? "level" : `level of ${maxLevel}`,
      maxLevel,
      asOf: toIsoDate(asOf)!,
      since: toIsoDate(since),
      current: current.has(r.id),
      lastCheckedOn: toIsoDate(lastCheckedOn),
      sources: sourceRefs(sources),
    };
  });
  return listResult(shown, dated, info);
}
