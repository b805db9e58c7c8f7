import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db } from "../db";
import { toIsoDate } from "../format/dates";
import { byJurisdictionOrder, newestDate, splitHistory } from "../charts/compare-state";
import type { GovernanceAssessmentDto, GovernanceDimensionDto, GovernanceJurisdictionDto, GovernanceMatrixDto, ScaleLevel } from "../dto/governance";
import { bySourceKey } from "../format/source-order";
import { assessmentColumns } from "./columns";

const PUBLISHED = { publication: "PUBLISHED", deletedAt: null } as const;

const ScaleSchema = z.array(z.object({ level: z.number().int().min(0), en: z.string(), zh: z.string() }));

/** A malformed stored scale yields no level meanings (and no colours) rather than a broken page. */
export function parseScale(json: unknown): ScaleLevel[] {
  const parsed = ScaleSchema.safeParse(json);
  return parsed.success ? [...parsed.data].sort((a, b) => a.level - b.level) : [];
}

const assessmentSelect = {
  ...assessmentColumns,
  dimension: { select: { key: true } },
  sources: {
    where: PUBLISHED,
    select: { key: true, title: true, titleZh: true, publisher: true, url: true, isSeedArticle: true },
  },
} as const;

/** Every dimension in its display order, with its scale (the level meanings) and highest level. */
export async function loadDimensions(): Promise<GovernanceDimensionDto[]> {
  const rows = await db().dimension.findMany({
    select: { key: true, nameEn: true, nameZh: true, descriptionEn: true, descriptionZh: true, scale: true },
    orderBy: [{ sortOrder: "asc" }, { key: "asc" }],
  });
  return rows.map(({ scale, ...d }) => {
    const levels = parseScale(scale);
    return { ...d, scale: levels, maxLevel: levels.length ? levels[levels.length - 1].level : null };
  });
}

/** A jurisdiction's codings by dimension: the current one of each, with the earlier ones it replaced. */
export function currentByDimension(codings: GovernanceAssessmentDto[]): Record<string, GovernanceAssessmentDto> {
  const grouped = new Map<string, GovernanceAssessmentDto[]>();
  for (const dto of codings) grouped.set(dto.dimensionKey, [...(grouped.get(dto.dimensionKey) ?? []), dto]);
  const byDimension: Record<string, GovernanceAssessmentDto> = {};
  for (const [key, list] of grouped) {
    const { current, earlier } = splitHistory(list);
    if (current) byDimension[key] = { ...current, earlier };
  }
  return byDimension;
}

async function loadMatrix(): Promise<GovernanceMatrixDto> {
  const [dimensions, jurisdictionRows] = await Promise.all([
    loadDimensions(),
    db().jurisdiction.findMany({
      where: PUBLISHED,
      select: {
        code: true,
        nameEn: true,
        nameZh: true,
        kind: true,
        parent: { select: { code: true } },
        assessments: { where: PUBLISHED, select: assessmentSelect },
      },
    }),
  ]);

  const jurisdictions: GovernanceJurisdictionDto[] = jurisdictionRows
    .map(({ assessments, parent, ...j }) => {
      const codings = assessments.map(({ dimension, sources, asOf: date, since, lastCheckedOn, ...a }): GovernanceAssessmentDto => {
        const iso = toIsoDate(date)!;
        return {
          ...a,
          jurisdictionCode: j.code,
          dimensionKey: dimension.key,
          asOf: iso,
          since: toIsoDate(since),
          lastChecked: toIsoDate(lastCheckedOn) ?? iso,
          sources: [...sources].sort(bySourceKey),
          earlier: [],
        };
      });
      return { ...j, parentCode: parent?.code ?? null, assessments: currentByDimension(codings) };
    })
    .sort(byJurisdictionOrder);
  const current = jurisdictions.flatMap((j) => Object.values(j.assessments));
  const asOf = newestDate(current.map((a) => a.asOf));
  const lastChecked = newestDate(current.map((a) => a.lastChecked));

  return { dimensions, jurisdictions, asOf, lastChecked };
}

/**
 * Every published jurisdiction with its published assessments, keyed by dimension, plus the dimensions and
 * their scales. Cached per request so that a page and its components can all call it.
 */
export const getGovernanceMatrix = cache(loadMatrix);
