import "server-only";
import { db } from "../db";
import type { InvestmentFigureDto } from "../dto/investment";
import { figureSelect, getFiguresBySlug, getPublishedFigures, toFigureDto } from "./investments";
import { largestActors } from "./largest-actors";

/**
 * The overview's headline cards. A card leads with the best current evidence: for company capex, the reported
 * actuals of that year (every basis the data holds, e.g. gross and net, each with its measure); the source
 * article's claim for the same thing is shown beside it as a flagged claim, never as the headline. Initiatives
 * lead with their own figure (with funding shown).
 */
export const HEADLINES = [
  { key: "bigTech", evidence: { actors: ["Alphabet", "Amazon", "Meta", "Microsoft"], year: 2024 }, claimSlug: "big-tech-four-ai-spend-2024" },
  { key: "amazon", evidence: { actors: ["Amazon"], year: 2024 }, claimSlug: "amazon-capex-2024-guidance" },
  { key: "meta", evidence: { actors: ["Meta"], year: 2024 }, claimSlug: "meta-ai-spend-2024" },
  { key: "investAI", slug: "eu-investai" },
  { key: "stargate", slug: "stargate-jv" },
] as const;

export type Headline = {
  key: (typeof HEADLINES)[number]["key"];
  /** What the card leads with; several for several companies or bases (never summed). */
  evidence: InvestmentFigureDto[];
  /** The source article's claim, shown beside the evidence as a flagged claim. */
  claim: InvestmentFigureDto | null;
};

const CAPEX_COMPANIES = 8;

/** Company capex of the largest companies (chosen in SQL, so the page stays fast with many figures). */
async function getCompanyCapex(): Promise<InvestmentFigureDto[]> {
  const where = { publication: "PUBLISHED" as const, deletedAt: null, category: "CORPORATE_CAPEX" as const, actorType: "COMPANY" as const };
  const top = await largestActors(where, ["CORPORATE_CAPEX"], CAPEX_COMPANIES);
  const rows = await db().investmentFigure.findMany({
    where: { ...where, actorName: { in: top } },
    select: figureSelect,
    orderBy: [{ actorName: "asc" }, { periodStart: "asc" }, { slug: "asc" }],
  });
  return rows.map(toFigureDto);
}

/** Reported actual capex of `actors` for one year (one-year periods only). */
function reportedCapex(actors: readonly string[], year: number): Promise<InvestmentFigureDto[]> {
  return getPublishedFigures({
    category: "CORPORATE_CAPEX",
    actorType: "COMPANY",
    kind: "ACTUAL",
    actorName: { in: [...actors] },
    periodStart: year,
    periodEnd: year,
  });
}

export async function getOverviewData(): Promise<{ headlines: Headline[]; capex: InvestmentFigureDto[] }> {
  const slugs = HEADLINES.flatMap((h) => ("slug" in h ? [h.slug] : [h.claimSlug]));
  const [named, capex, ...evidence] = await Promise.all([
    getFiguresBySlug(slugs),
    getCompanyCapex(),
    ...HEADLINES.map((h) => ("evidence" in h ? reportedCapex(h.evidence.actors, h.evidence.year) : Promise.resolve([]))),
  ]);
  const bySlug = new Map(named.map((f) => [f.slug, f]));
  const headlines = HEADLINES.flatMap((h, i): Headline[] => {
    if ("slug" in h) {
      const figure = bySlug.get(h.slug);
      return figure ? [{ key: h.key, evidence: [figure], claim: null }] : [];
    }
    const claim = bySlug.get(h.claimSlug) ?? null;
    return evidence[i].length > 0 || claim ? [{ key: h.key, evidence: evidence[i], claim }] : [];
  });
  return { headlines, capex };
}
