import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "../../db";
import { FIGURES_TAG } from "../investment-explorer";
import { PUBLISHED } from "./shared";

export type FeedJurisdiction = { code: string; nameEn: string; parentCode: string | null };

async function load(): Promise<FeedJurisdiction[]> {
  const rows = await db().jurisdiction.findMany({
    where: PUBLISHED,
    select: { code: true, nameEn: true, parent: { select: { code: true } } },
    orderBy: { code: "asc" },
  });
  return rows.map((r) => ({ code: r.code, nameEn: r.nameEn, parentCode: r.parent?.code ?? null }));
}

export const getPublishedJurisdictionNames = unstable_cache(load, ["feed-jurisdictions"], { tags: [FIGURES_TAG], revalidate: 60 });
