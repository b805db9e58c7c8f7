import "server-only";
import { getPublishedFigures } from "./investments";
import type { InvestmentFigureDto } from "../dto/investment";

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

export async function getOverviewData(): Promise<{ headlines: Headline[]; capex: InvestmentFigureDto[]; asOf: string | null }> {
  const all = await getPublishedFigures();
  const bySlug = new Map(all.map((f) => [f.slug, f]));
  const headlines = HEADLINES.flatMap((h) => {
    const figure = bySlug.get(h.slug);
    return figure ? [{ key: h.key, figure, actual: (h.actualSlug && bySlug.get(h.actualSlug)) || null }] : [];
  });
  const capex = all.filter((f) => f.category === "CORPORATE_CAPEX");
  const asOf = all.reduce<string | null>((max, f) => (!max || f.updatedAt > max ? f.updatedAt : max), null);
  return { headlines, capex, asOf: asOf?.slice(0, 10) ?? null };
}
