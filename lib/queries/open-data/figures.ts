import "server-only";
import { db } from "../../db";
import { figuresAsOf } from "../../charts/as-of";
import { toIsoDate } from "../../format/dates";
import { figureWhere } from "../investment-explorer";
import { figureColumns } from "../investments";
import type { ApiQuery } from "../../validations/api";
import type { ApiRow } from "../../validations/api-responses";
import { keysetPage, jurisdictionWhere, page, sourceRefSelect, sourceRefs, type ListArgs, type ListResult, type Where } from "./shared";

const select = {
  ...figureColumns,
  sources: sourceRefSelect,
  claims: { select: { slug: true }, where: { publication: "PUBLISHED", deletedAt: null }, orderBy: { slug: "asc" } },
} as const;

/** The explorer's filters (same where clause as /investment), plus funding and jurisdiction. */
export function apiFigureWhere(q: ApiQuery<"figures">): Where {
  const base = figureWhere({ categories: q.category ?? [], kinds: q.kind ?? [], actorTypes: q.actor ?? [], from: q.from ?? null, to: q.to ?? null });
  const and: Where[] = [base, ...jurisdictionWhere(q.j, false)];
  if (q.funding) and.push({ funding: { in: q.funding } });
  return { AND: and };
}

export async function listFigures({ query, after, limit }: ListArgs<ApiQuery<"figures">>): Promise<ListResult<ApiRow<"figures">>> {
  const where = apiFigureWhere(query);
  const [rows, dated] = await Promise.all([
    db().investmentFigure.findMany({ ...keysetPage("slug", where, after, limit), select }),
    db().investmentFigure.findMany({ where, select: { reportedOn: true, periodStart: true, periodEnd: true, lastCheckedOn: true } }),
  ]);
  const a = figuresAsOf(dated.map((d) => ({ ...d, reportedOn: toIsoDate(d.reportedOn), lastCheckedOn: toIsoDate(d.lastCheckedOn) })));
  const shown = page(rows, limit, "slug", ({ jurisdiction, claims, sources, amount, amountLow, amountHigh, reportedOn, lastCheckedOn, ...r }) => ({
    ...r,
    jurisdiction: jurisdiction?.code ?? null,
    amount: amount?.toString() ?? null,
    amountLow: amountLow?.toString() ?? null,
    amountHigh: amountHigh?.toString() ?? null,
    unit: amount !== null || amountLow !== null || amountHigh !== null ? r.currency : null,
    reportedOn: toIsoDate(reportedOn),
    lastCheckedOn: toIsoDate(lastCheckedOn),
    flaggedClaims: claims.map((c) => c.slug),
    sources: sourceRefs(sources),
  }));
  return { ...shown, total: dated.length, asOf: a.newest, lastChecked: { from: a.checkedFrom, to: a.checkedTo, notRecorded: a.notRecorded } };
}
