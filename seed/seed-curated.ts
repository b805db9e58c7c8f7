// Seeds the curated fact-sheet data. Idempotent and non-destructive: a row whose natural key (slug, code, key;
// jurisdiction + dimension for assessments; instrument + date for milestones) already exists — even soft-deleted —
// is left exactly as it is, because an editor may have changed it. Only missing rows are created, each in its own
// transaction together with its source links, so this works the same on SQLite and PostgreSQL and a concurrent
// run at worst skips a row the other run created.
import type { Db, Tx } from "../lib/db-client";
import { curatedSeed, findSeedProblems } from "./data/index";
import type { CuratedSeed, IsoDate, SourceKey } from "./data/types";

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

export async function seedCuratedData(db: Db, data: CuratedSeed = curatedSeed): Promise<SeedCounts> {
  const problems = findSeedProblems(data);
  if (problems.length) throw new Error(`curated seed data is inconsistent:\n- ${problems.join("\n- ")}`);

  const counts: SeedCounts = {
    sources: 0, jurisdictions: 0, dimensions: 0, assessments: 0, instruments: 0,
    milestones: 0, investments: 0, events: 0, claims: 0, experts: 0,
  };
  const add = async (entity: keyof SeedCounts, exists: (tx: Tx) => Promise<unknown>, create: (tx: Tx) => Promise<unknown>) => {
    if (await createIfMissing(db, exists, create)) counts[entity] += 1;
  };

  for (const s of data.sources) {
    await add("sources", (tx) => tx.source.findUnique({ where: { key: s.key }, select: { id: true } }), (tx) =>
      tx.source.create({
        data: {
          key: s.key, title: s.title, titleZh: s.titleZh, publisher: s.publisher, url: s.url,
          publishedOn: day(s.publishedOn), dateNote: s.dateNote, language: s.language, kind: s.kind,
          isSeedArticle: s.isSeedArticle ?? false, note: s.note,
        },
      }),
    );
  }

  for (const j of data.jurisdictions) {
    await add("jurisdictions", (tx) => tx.jurisdiction.findUnique({ where: { code: j.code }, select: { id: true } }), (tx) =>
      tx.jurisdiction.create({
        data: {
          code: j.code, nameEn: j.nameEn, nameZh: j.nameZh, kind: j.kind, blocs: j.blocs, approachEn: j.approachEn,
          approachZh: j.approachZh, confidence: j.confidence, sources: links(j.sources),
          confidenceNote: j.confidenceNote,
        },
      }),
    );
  }

  for (const d of data.dimensions) {
    await add("dimensions", (tx) => tx.dimension.findUnique({ where: { key: d.key }, select: { id: true } }), (tx) =>
      tx.dimension.create({
        data: {
          key: d.key, nameEn: d.nameEn, nameZh: d.nameZh, descriptionEn: d.descriptionEn, descriptionZh: d.descriptionZh,
          scale: d.scale as unknown as object, sortOrder: d.sortOrder,
        },
      }),
    );
  }

  for (const a of data.assessments) {
    const where = { jurisdiction: { code: a.jurisdiction }, dimension: { key: a.dimension } };
    await add("assessments", (tx) => tx.assessment.findFirst({ where, select: { id: true } }), (tx) =>
      tx.assessment.create({
        data: {
          jurisdiction: { connect: { code: a.jurisdiction } }, dimension: { connect: { key: a.dimension } },
          level: a.level, labelEn: a.labelEn, labelZh: a.labelZh, rationaleEn: a.rationaleEn, rationaleZh: a.rationaleZh,
          asOf: day(a.asOf)!, confidence: a.confidence, sources: links(a.sources),
          confidenceNote: a.confidenceNote,
        },
      }),
    );
  }

  // An instrument that revokes another is created first, so the revoked one can link to it.
  const instruments = [...data.instruments].sort((x, y) => Number(Boolean(x.revokedBy)) - Number(Boolean(y.revokedBy)));
  for (const i of instruments) {
    await add("instruments", (tx) => tx.instrument.findUnique({ where: { slug: i.slug }, select: { id: true } }), (tx) =>
      tx.instrument.create({
        data: {
          slug: i.slug, jurisdiction: { connect: { code: i.jurisdiction } }, titleEn: i.titleEn, titleZh: i.titleZh,
          type: i.type, typeZh: i.typeZh, status: i.status, statusNote: i.statusNote, statusNoteZh: i.statusNoteZh,
          adoptedOn: day(i.adoptedOn), effectiveOn: day(i.effectiveOn), revokedOn: day(i.revokedOn), dateNote: i.dateNote, dateNoteZh: i.dateNoteZh,
          summaryEn: i.summaryEn, summaryZh: i.summaryZh, confidence: i.confidence, sources: links(i.sources),
          ...(i.revokedBy ? { revokedBy: { connect: { slug: i.revokedBy } } } : {}),
          confidenceNote: i.confidenceNote,
          alsoJurisdictions: i.alsoJurisdictions?.join(",") ?? "",
          adoptedPrecision: i.adoptedPrecision ?? "DAY",
          effectivePrecision: i.effectivePrecision ?? "DAY",
        },
      }),
    );
  }

  for (const i of data.instruments) {
    for (const m of i.milestones ?? []) {
      const where = { instrument: { slug: i.slug }, date: day(m.date)! };
      await add("milestones", (tx) => tx.milestone.findFirst({ where, select: { id: true } }), (tx) =>
        tx.milestone.create({
          data: {
            instrument: { connect: { slug: i.slug } }, date: day(m.date)!, labelEn: m.labelEn, labelZh: m.labelZh,
            sources: links(m.sources),
          },
        }),
      );
    }
  }

  for (const f of data.investments) {
    await add("investments", (tx) => tx.investmentFigure.findUnique({ where: { slug: f.slug }, select: { id: true } }), (tx) =>
      tx.investmentFigure.create({
        data: {
          slug: f.slug, actorName: f.actorName, actorNameZh: f.actorNameZh, actorType: f.actorType,
          ...(f.jurisdiction ? { jurisdiction: { connect: { code: f.jurisdiction } } } : {}),
          category: f.category, measure: f.measure, amount: f.amount, amountLow: f.amountLow, amountHigh: f.amountHigh,
          qualifier: f.qualifier, valueText: f.valueText, currency: f.currency, periodType: f.periodType,
          periodStart: f.periodStart, periodEnd: f.periodEnd, periodLabel: f.periodLabel, kind: f.kind,
          kindNote: f.kindNote, confidence: f.confidence, confidenceNote: f.confidenceNote,
          comparabilityNote: f.comparabilityNote, note: f.note, reportedOn: day(f.reportedOn), sources: links(f.sources),
        },
      }),
    );
  }

  for (const e of data.events) {
    await add("events", (tx) => tx.timelineEvent.findUnique({ where: { slug: e.slug }, select: { id: true } }), (tx) =>
      tx.timelineEvent.create({
        data: {
          slug: e.slug, date: day(e.date)!, datePrecision: e.datePrecision, dateNote: e.dateNote, dateNoteZh: e.dateNoteZh,
          jurisdiction: { connect: { code: e.jurisdiction } }, alsoJurisdictions: (e.alsoJurisdictions ?? []).join(","),
          titleEn: e.titleEn, titleZh: e.titleZh, confidence: e.confidence, sources: links(e.sources),
          ...(e.instrument ? { instrument: { connect: { slug: e.instrument } } } : {}),
          confidenceNote: e.confidenceNote,
        },
      }),
    );
  }

  for (const c of data.claims) {
    await add("claims", (tx) => tx.flaggedClaim.findUnique({ where: { slug: c.slug }, select: { id: true } }), (tx) =>
      tx.flaggedClaim.create({
        data: {
          slug: c.slug, source: { connect: { key: c.source } }, claimEn: c.claimEn, claimZh: c.claimZh,
          correctionEn: c.correctionEn, correctionZh: c.correctionZh, evidence: links(c.evidence),
          ...(c.instrument ? { instrument: { connect: { slug: c.instrument } } } : {}),
          ...(c.investmentFigure ? { investmentFigure: { connect: { slug: c.investmentFigure } } } : {}),
        },
      }),
    );
  }

  for (const x of data.experts) {
    await add("experts", (tx) => tx.expertView.findUnique({ where: { slug: x.slug }, select: { id: true } }), (tx) =>
      tx.expertView.create({
        data: {
          slug: x.slug, person: x.person, personZh: x.personZh, affiliation: x.affiliation, year: x.year,
          viewEn: x.viewEn, viewZh: x.viewZh, source: { connect: { key: x.source } },
          ...(x.jurisdiction ? { jurisdiction: { connect: { code: x.jurisdiction } } } : {}),
        },
      }),
    );
  }

  return counts;
}

/** True when the row was created; false when it already existed (or another run created it meanwhile). */
async function createIfMissing(db: Db, exists: (tx: Tx) => Promise<unknown>, create: (tx: Tx) => Promise<unknown>) {
  try {
    return await db.$transaction(async (tx) => {
      if (await exists(tx)) return false;
      await create(tx);
      return true;
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return false; // unique key taken by a concurrent run
    throw error;
  }
}

function day(date: IsoDate | undefined): Date | undefined {
  return date ? new Date(`${date}T00:00:00.000Z`) : undefined;
}

function links(keys: SourceKey[]) {
  return { connect: keys.map((key) => ({ key })) };
}
