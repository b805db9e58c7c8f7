import "server-only";
import { db } from "../../db";
import { toIsoDate } from "../../format/dates";
import type { ApiQuery } from "../../validations/api";
import type { ApiRow } from "../../validations/api-responses";
import { keysetPage, page, listResult, PUBLISHED, type ListArgs, type ListResult, type Where } from "./shared";
import { sourceColumns } from "../columns";

export async function listSources({ query, after, limit }: ListArgs<ApiQuery<"sources">>): Promise<ListResult<ApiRow<"sources">>> {
  const and: Where[] = [PUBLISHED];
  if (query.kind) and.push({ kind: { in: query.kind } });
  if (query.j) and.push({ jurisdictions: { some: { OR: [{ code: { in: query.j } }, { parent: { code: { in: query.j } } }] } } });
  const where = { AND: and };
  const [rows, dated] = await Promise.all([
    db().source.findMany({ ...keysetPage("key", where, after, limit), select: sourceColumns }),
    db().source.findMany({ where, select: { publishedOn: true, lastCheckedOn: true } }),
  ]);
  const info = dated.map((d) => toIsoDate(d.publishedOn));
  const shown = page(rows, limit, "key", ({ publishedOn, lastCheckedOn, ...r }) => ({
    ...r,
    publishedOn: toIsoDate(publishedOn),
    lastCheckedOn: toIsoDate(lastCheckedOn),
  }));
  return listResult(shown, dated, info);
}
