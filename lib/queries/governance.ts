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

async function loadMatrix(): Promise<GovernanceMatrixDto> {
  const [dimensionRows, jurisdictionRows] = await Promise.all([
    db().dimension.findMany({
      select: { key: true, nameEn: true, nameZh: true, descriptionEn: true, descriptionZh: true, scale: true },
      orderBy: [{ sortOrder: "asc" }, { key: "asc" }],
    }),
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

  const dimensions: GovernanceDimensionDto[] = dimensionRows.map(({ scale, ...d }) => {
    const levels = parseScale(scale);
    return { ...d, scale: levels, maxLevel: levels.length ? levels[levels.length - 1].level : null };
  });

  const jurisdictions: GovernanceJurisdictionDto[] = jurisdictionRows
    .map(({ assessments, parent, ...j }) => {
      const grouped = new Map<string, GovernanceAssessmentDto[]>();
      for (const { dimension, sources, asOf: date, since, lastCheckedOn, ...a } of assessments) {
        const iso = toIsoDate(date)!;
        const dto: GovernanceAssessmentDto = {
          ...a,
          jurisdictionCode: j.code,
          dimensionKey: dimension.key,
          asOf: iso,
          since: toIsoDate(since),
          lastChecked: toIsoDate(lastCheckedOn) ?? iso,
          sources: [...sources].sort(bySourceKey),
          earlier: [],
        };
        grouped.set(dimension.key, [...(grouped.get(dimension.key) ?? []), dto]);
      }
      const byDimension: Record<string, GovernanceAssessmentDto> = {};
      for (const [key, list] of grouped) {
        const { current, earlier } = splitHistory(list);
        if (current) byDimension[key] = { ...current, earlier };
      }
      return { ...j, parentCode: parent?.code ?? null, assessments: byDimension };
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
