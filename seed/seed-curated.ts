// Seeds the curated fact-sheet data. Idempotent and non-destructive: a row whose natural key (slug, code, key;
// jurisdiction + dimension + since for assessments; instrument + date (+ label) for milestones) already exists — even
// soft-deleted — is left exactly as it is, because an editor may have changed it. Only missing rows are created, each
// in its own transaction with its source links and a first "create" revision by the system user (so that its
// original values can be restored from history); bringing existing untouched rows up to date is the job of the
// data updates in seed/updates/.
import type { Db } from "../lib/db-client";
import { curatedSeed, findSeedProblems } from "./data/index";
import type { CuratedSeed } from "./data/types";
import { seedPlan, type PlannedRow } from "./seed-plan";
import { createSeedRows, createUnlessTaken, ensureSystemUser } from "./seed-rows";

export type SeedCounts = {
  sources: number;
  jurisdictions: number;
  dimensions: number;
  assessments: number;
  instruments: number;
  milestones: number;
  investments: number;
  events: number;
  claims: number;
  experts: number;
};

const COUNTED: Partial<Record<PlannedRow["entity"], keyof SeedCounts>> = {
  sources: "sources",
  jurisdictions: "jurisdictions",
  assessments: "assessments",
  instruments: "instruments",
  milestones: "milestones",
  investmentFigures: "investments",
  events: "events",
  flaggedClaims: "claims",
};

export async function seedCuratedData(db: Db, data: CuratedSeed = curatedSeed): Promise<SeedCounts> {
  const problems = findSeedProblems(data);
  if (problems.length) throw new Error(`curated seed data is inconsistent:\n- ${problems.join("\n- ")}`);

  const counts: SeedCounts = {
    sources: 0,
    jurisdictions: 0,
    dimensions: 0,
    assessments: 0,
    instruments: 0,
    milestones: 0,
    investments: 0,
    events: 0,
    claims: 0,
    experts: 0,
  };
  const system = await ensureSystemUser(db);
  const plan = seedPlan(data);
  // Dimensions are reference data (not curated through the forms): created when missing, before the assessments.
  for (const d of data.dimensions) {
    if (await db.dimension.findUnique({ where: { key: d.key }, select: { id: true } })) continue;
    const added = await createUnlessTaken(() =>
      db.dimension.create({
        data: {
          key: d.key,
          nameEn: d.nameEn,
          nameZh: d.nameZh,
          descriptionEn: d.descriptionEn,
          descriptionZh: d.descriptionZh,
          scale: d.scale as unknown as object,
          sortOrder: d.sortOrder,
        },
      }),
    );
    if (added) counts.dimensions += 1;
  }
  const created = await createSeedRows(
    db,
    plan.map((row) => ({ ...row, exists: async (tx) => (await row.find(tx)) !== null })),
    system,
  );
  for (const [entity, n] of Object.entries(created)) counts[COUNTED[entity as PlannedRow["entity"]]!] += n;

  for (const x of data.experts) {
    const exists = await db.expertView.findUnique({ where: { slug: x.slug }, select: { id: true } });
    if (exists) continue;
    const added = await createUnlessTaken(() =>
      db.expertView.create({
        data: {
          slug: x.slug,
          person: x.person,
          personZh: x.personZh,
          affiliation: x.affiliation,
          year: x.year,
          viewEn: x.viewEn,
          viewZh: x.viewZh,
          source: { connect: { key: x.source } },
          ...(x.jurisdiction ? { jurisdiction: { connect: { code: x.jurisdiction } } } : {}),
        },
      }),
    );
    if (added) counts.experts += 1;
  }
  return counts;
}
