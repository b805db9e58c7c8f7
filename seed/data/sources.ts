// Every source in the fact sheet's Source keys: S0–S4 seed articles, R1–R70 public pages, and U1–U41 from the
// "Update of 2026-12-04". R and U titles are descriptive, made from the URL; re-check a URL before relying on it as a
// live link. publishedOn is set only where the fact sheet, the page (as found with the search tool) or a full date in
// the URL gives one; every other source is undated. The publisher is the owner of the site, or the domain when the
// owner is not evident. (FS1, a placeholder for Meta's 2023 capex, was dropped by fact-sheet row E1.)
// The rows are JSON tables in sources/ (what each holds and its columns: seed/data/README.md): the seed articles as
// records, the R and U sources as one array a row, [key, title, publisher, URL without scheme, kind, language, note]
// and, for U and V rows, the date published last (note null where a row has a date but no note).
import seedArticleRows from "./sources/seed-articles.json" with { type: "json" };
import externalRows from "./sources/external.json" with { type: "json" };
import updateRows from "./sources/update-2026-12-04.json" with { type: "json" };
import foundRows from "./sources/found.json" with { type: "json" };
import { CHECKED } from "./jurisdictions.ts";
import { externalSourceRowSchema, seedTable, sourceSchema, updateSourceRowSchema } from "./schemas.ts";
import type { SourceSeed } from "./types.ts";
import type { z } from "zod";

const seedArticles = seedTable("sources/seed-articles.json", sourceSchema, seedArticleRows);
const rows = seedTable("sources/external.json", externalSourceRowSchema, externalRows);

// Full dates in these URLs (the only dates the fact sheet's R sources carry).
const urlDates: Record<string, SourceSeed["publishedOn"]> = {
  R2: "2024-03-13", R5: "2025-04-03", R36: "2025-01-31", R51: "2025-07-30", R59: "2024-07-02", R60: "2024-07-03",
  R64: "2024-05-13", R65: "2025-02-24",
};

/** A row as a source record: the URL from its path, English unless the row says otherwise, its note if it has one. */
function sourceOf([key, title, publisher, path, kind, language = "en", note]: z.output<typeof externalSourceRowSchema | typeof updateSourceRowSchema>) {
  return { key, title, publisher, url: `https://${path}`, kind, language, ...(note ? { note } : {}) } satisfies SourceSeed;
}

const external: SourceSeed[] = rows.map((row) => {
  const key = row[0];
  return {
    ...sourceOf(row),
    ...(urlDates[key] ? { publishedOn: urlDates[key], dateNote: "Date as given in the URL", lastCheckedOn: CHECKED } : {}),
    ...(key === "R67" || key === "R6" ? { lastCheckedOn: CHECKED } : {}),
  };
});

const update: SourceSeed[] = [
  ...seedTable("sources/update-2026-12-04.json", updateSourceRowSchema, updateRows),
  ...seedTable("sources/found.json", updateSourceRowSchema, foundRows),
].map((row) => ({ ...sourceOf(row), ...(row[7] ? { publishedOn: row[7] } : {}), lastCheckedOn: CHECKED }));

export const sources: SourceSeed[] = [...seedArticles, ...external, ...update];
