import "server-only";
// The data as it was published at the end of a day, rebuilt from revisions: every curated row has a revision from
// its creation on (the seed and the data updates write them as the curation forms do), each a full snapshot of
// the row in the form's shape with its publication state. A row's state at time T is its last revision at or
// before T; it counted as published if that snapshot was PUBLISHED and not deleted (a draft edit of a published
// row is kept beside the published values, in `draft`, so the snapshot's data stays the published values).
// Frozen embeds read these instead of the live tables; chart math is the charts' own (lib/decks/resolve-view.ts).
import { db } from "../db";
import type { InvestmentFigureDto, SourceRef } from "../dto/investment";
import type { GovernanceAssessmentDto, GovernanceJurisdictionDto, GovernanceMatrixDto } from "../dto/governance";
import type { CitedSource } from "../dto/jurisdictions";
import type { RateDto } from "../charts/currency";
import type { InvestmentFilters } from "../validations/investment-filters";
import type { EntityInput, EntityName } from "../validations/curated";
import { byJurisdictionOrder, newestDate } from "../charts/compare-state";
import { bySourceKey } from "../format/source-order";
import { currentByDimension, loadDimensions } from "./governance";
import { viewFigures, type ViewFigures } from "./decks";
import { selectChartFigures } from "../charts/frozen-selection";

type Snapshot<E extends EntityName> = { data: EntityInput<E>; publication: string; deletedAt: string | null };
type Published<E extends EntityName> = { id: string; at: Date; data: EntityInput<E> };

/** End of the day `date` ("YYYY-MM-DD"), UTC. */
export const endOfDay = (date: string) => new Date(`${date}T23:59:59.999Z`);

/** Rows of `entity` as published at `at`: the last revision of each row up to then, if it was published. */
export async function publishedAt<E extends EntityName>(entity: E, at: Date): Promise<Published<E>[]> {
  const revisions = await db().revision.findMany({
    where: { entityType: entity, createdAt: { lte: at } },
    select: { entityId: true, snapshot: true, createdAt: true },
    orderBy: [{ createdAt: "asc" }, { version: "asc" }],
  });
  const last = new Map<string, { snapshot: Snapshot<E>; at: Date }>();
  for (const r of revisions) last.set(r.entityId, { snapshot: r.snapshot as unknown as Snapshot<E>, at: r.createdAt });
  return [...last]
    .filter(([, r]) => r.snapshot && r.snapshot.publication === "PUBLISHED" && !r.snapshot.deletedAt && r.snapshot.data)
    .map(([id, r]) => ({ id, at: r.at, data: r.snapshot.data }));
}

async function sourcesAt(at: Date): Promise<Map<string, EntityInput<"sources">>> {
  return new Map((await publishedAt("sources", at)).map((s) => [s.data.key, s.data]));
}

const sourceRef = (key: string, sources: Map<string, EntityInput<"sources">>): SourceRef | null => {
  const s = sources.get(key);
  return s ? { key, title: s.title, url: s.url ?? null, publisher: s.publisher ?? "", date: s.publishedOn ?? null } : null;
};

function figureDto(f: Published<"investmentFigures">, sources: Map<string, EntityInput<"sources">>): InvestmentFigureDto {
  const { sourceKeys, jurisdictionCode, ...d } = f.data;
  return {
    ...d,
    id: f.id,
    jurisdictionCode: jurisdictionCode ?? null,
    funding: d.funding ?? null,
    lastCheckedOn: d.lastCheckedOn ?? null,
    updatedAt: f.at.toISOString(),
    sources: sourceKeys
      .map((k) => sourceRef(k, sources))
      .filter((s): s is SourceRef => s !== null)
      .sort(bySourceKey),
    // Flagged claims are not charted; the frozen view does not rebuild them.
    flaggedClaimSlugs: [],
  } as InvestmentFigureDto;
}

async function ratesAt(at: Date, sources: Map<string, EntityInput<"sources">>): Promise<RateDto[]> {
  return (await publishedAt("exchangeRates", at))
    .map((r) => ({
      currency: r.data.currency,
      period: r.data.period,
      rate: r.data.rate,
      usdPerUnit: r.data.usdPerUnit,
      sourceKey: r.data.sourceKey,
      source: sourceRef(r.data.sourceKey, sources) ?? undefined,
    }))
    .sort((a, b) => a.currency.localeCompare(b.currency) || b.period.localeCompare(a.period));
}

/** What `getViewFigures` answers, for the data as published at `at`. */
export async function viewFiguresAt(at: Date, filters: InvestmentFilters, chart: "capex" | "initiatives" | "private"): Promise<ViewFigures> {
  const sources = await sourcesAt(at);
  const all = (await publishedAt("investmentFigures", at)).map((f) => figureDto(f, sources));
  const figures = selectChartFigures(all, filters, chart);
  return viewFigures(chart, figures, chart === "initiatives" ? await ratesAt(at, sources) : []);
}

/** What `getGovernanceMatrix` answers, for the codings as published at `at` (the dimensions are today's). */
export async function governanceMatrixAt(at: Date): Promise<GovernanceMatrixDto> {
  const [dimensions, jurisdictions, assessments, sources] = await Promise.all([
    loadDimensions(),
    publishedAt("jurisdictions", at),
    publishedAt("assessments", at),
    sourcesAt(at),
  ]);
  const cited = (key: string): CitedSource | null => {
    const s = sources.get(key);
    return s ? { key, title: s.title, titleZh: s.titleZh ?? null, publisher: s.publisher ?? "", url: s.url ?? null, isSeedArticle: s.isSeedArticle } : null;
  };
  const rows: GovernanceJurisdictionDto[] = jurisdictions
    .map(({ data: j }) => {
      const codings = assessments
        .filter((x) => x.data.jurisdictionCode === j.code)
        .map(({ data: a }): GovernanceAssessmentDto => ({
          jurisdictionCode: j.code,
          dimensionKey: a.dimensionKey,
          level: a.level ?? null,
          labelEn: a.labelEn,
          labelZh: a.labelZh ?? null,
          rationaleEn: a.rationaleEn ?? "",
          rationaleZh: a.rationaleZh ?? null,
          asOf: a.asOf,
          since: a.since ?? null,
          lastChecked: a.lastCheckedOn ?? a.asOf,
          confidence: a.confidence,
          sources: a.sourceKeys
            .map(cited)
            .filter((s): s is CitedSource => s !== null)
            .sort(bySourceKey),
          earlier: [],
        }));
      return { code: j.code, nameEn: j.nameEn, nameZh: j.nameZh, kind: j.kind, parentCode: j.parentCode ?? null, assessments: currentByDimension(codings) };
    })
    .sort(byJurisdictionOrder);
  const current = rows.flatMap((j) => Object.values(j.assessments));
  return { dimensions, jurisdictions: rows, asOf: newestDate(current.map((a) => a.asOf)), lastChecked: newestDate(current.map((a) => a.lastChecked)) };
}
