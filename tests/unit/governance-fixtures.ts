// Synthetic governance dimensions and assessments shared by the compare and jurisdiction unit tests.
import type { GovernanceAssessmentDto, GovernanceDimensionDto } from "@/lib/dto/governance";

/** A dimension whose levels 0…maxLevel are labelled "<key> <level>" (and "<key>中<level>" in Chinese). */
export function dimension(key: string, maxLevel: number): GovernanceDimensionDto {
  const scale = Array.from({ length: maxLevel + 1 }, (_, level) => ({ level, en: `${key} ${level}`, zh: `${key}中${level}` }));
  return { key, nameEn: key, nameZh: `${key}中`, descriptionEn: "", descriptionZh: "", scale, maxLevel };
}

/** An assessment as of 2025-12-31 (null level: not verified); source keys starting with "S" are seed articles. */
export function assessment(code: string, dimensionKey: string, level: number | null, sources = ["R1"]): GovernanceAssessmentDto {
  return {
    jurisdictionCode: code,
    dimensionKey,
    level,
    labelEn: level === null ? "Not verified" : `${code} ${dimensionKey} L${level}`,
    labelZh: level === null ? null : `${code}${dimensionKey}级${level}`,
    rationaleEn: "why",
    rationaleZh: null,
    asOf: "2025-12-31",
    confidence: "MEDIUM",
    since: null,
    lastChecked: "2025-12-31",
    earlier: [],
    sources: sources.map((key) => ({ key, title: `Title ${key}`, titleZh: null, publisher: "", url: null, isSeedArticle: key.startsWith("S") })),
  };
}
