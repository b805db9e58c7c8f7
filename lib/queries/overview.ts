import "server-only";
import { db } from "../db";
import type { InvestmentFigureDto } from "../dto/investment";
import { figureSelect, getFiguresBySlug, toFigureDto } from "./investments";
import { largestActors } from "./largest-actors";

// The source articles' headline figures, in the order the overview shows them. `actualSlug` points to the
// reported actual that a seed article's guidance figure can be compared with.
export const HEADLINES = [
  { key: "bigTech", slug: "big-tech-four-ai-spend-2024", actualSlug: null },
  { key: "amazon", slug: "amazon-capex-2024-guidance", actualSlug: "amazon-capex-2024" },
  { key: "meta", slug: "meta-ai-spend-2024", actualSlug: "meta-capex-2024" },
  { key: "investAI", slug: "eu-investai", actualSlug: null },
  { key: "stargate", slug: "stargate-jv", actualSlug: null },
] as const;

export type Headline = {
  key: (typeof HEADLINES)[number]["key"];
  figure: InvestmentFigureDto;
  actual: InvestmentFigureDto | null;
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

export async function getOverviewData(): Promise<{ headlines: Headline[]; capex: InvestmentFigureDto[]; asOf: string | null }> {
  const slugs = HEADLINES.flatMap((h) => (h.actualSlug ? [h.slug, h.actualSlug] : [h.slug]));
  const [named, capex, latest] = await Promise.all([
    getFiguresBySlug(slugs),
    getCompanyCapex(),
    // The latest change, read from the end of the updatedAt index (an aggregate would read every row).
    db().investmentFigure.findFirst({ where: { publication: "PUBLISHED", deletedAt: null }, orderBy: { updatedAt: "desc" }, select: { updatedAt: true } }),
  ]);
  const bySlug = new Map(named.map((f) => [f.slug, f]));
  const headlines = HEADLINES.flatMap((h) => {
    const figure = bySlug.get(h.slug);
    return figure ? [{ key: h.key, figure, actual: (h.actualSlug && bySlug.get(h.actualSlug)) || null }] : [];
  });
  return { headlines, capex, asOf: latest?.updatedAt.toISOString().slice(0, 10) ?? null };
}
