// The curated seed as a list of rows in the curation forms' shape, each with how to find "the same row" in a
// database (its natural key), in an order where every reference already exists. The seeder creates the missing
// ones; the data updates (seed/updates/) bring untouched existing ones to these values.
import type { Tx } from "../lib/db-client";
import type { EntityName } from "../lib/validations/curated";
import { assessmentKey, curatedSeed } from "./data/index";
import { exchangeRates, exchangeRateSource } from "./data/exchange-rates";
import type { CuratedSeed, IsoDate, SourceSeed } from "./data/types";

export type PlannedRow = {
  entity: EntityName;
  /** A readable natural key, e.g. "instruments eu-ai-act". */
  key: string;
  input: Record<string, unknown>;
  /** The id of the existing row with this natural key (deleted ones included), or null. */
  find: (tx: Tx) => Promise<string | null>;
};

const day = (d: IsoDate | undefined) => (d ? new Date(`${d}T00:00:00.000Z`) : null);
const idOf = (row: { id: string } | null) => row?.id ?? null;

function sourceInput(s: SourceSeed) {
  return {
    key: s.key,
    title: s.title,
    titleZh: s.titleZh ?? null,
    publisher: s.publisher,
    url: s.url ?? null,
    publishedOn: s.publishedOn ?? null,
    dateNote: s.dateNote ?? null,
    language: s.language,
    kind: s.kind,
    isSeedArticle: s.isSeedArticle ?? false,
    note: s.note ?? null,
    lastCheckedOn: s.lastCheckedOn ?? null,
  };
}

export function seedPlan(data: CuratedSeed = curatedSeed, options: { exchangeRates?: boolean } = {}): PlannedRow[] {
  const rows: PlannedRow[] = [];
  const add = (entity: EntityName, key: string, input: Record<string, unknown>, find: PlannedRow["find"]) =>
    rows.push({ entity, key: `${entity} ${key}`, input, find });

  const sources = options.exchangeRates ? [...data.sources, exchangeRateSource] : data.sources;
  for (const s of sources)
    add("sources", s.key, sourceInput(s), async (tx) => idOf(await tx.source.findUnique({ where: { key: s.key }, select: { id: true } })));

  // Countries before their states.
  const jurisdictions = [...data.jurisdictions].sort((a, b) => Number(Boolean(a.parent)) - Number(Boolean(b.parent)));
  for (const j of jurisdictions) {
    add(
      "jurisdictions",
      j.code,
      {
        code: j.code,
        nameEn: j.nameEn,
        nameZh: j.nameZh,
        kind: j.kind,
        parentCode: j.parent ?? null,
        blocs: j.blocs,
        approachEn: j.approachEn,
        approachZh: j.approachZh,
        confidence: j.confidence,
        confidenceNote: j.confidenceNote ?? null,
        lastCheckedOn: j.lastCheckedOn ?? null,
        sourceKeys: j.sources,
      },
      async (tx) => idOf(await tx.jurisdiction.findUnique({ where: { code: j.code }, select: { id: true } })),
    );
  }

  for (const a of data.assessments) {
    add(
      "assessments",
      assessmentKey(a),
      {
        jurisdictionCode: a.jurisdiction,
        dimensionKey: a.dimension,
        level: a.level,
        labelEn: a.labelEn,
        labelZh: a.labelZh,
        rationaleEn: a.rationaleEn,
        rationaleZh: a.rationaleZh,
        asOf: a.asOf,
        since: a.since ?? null,
        confidence: a.confidence,
        confidenceNote: a.confidenceNote ?? null,
        lastCheckedOn: a.lastCheckedOn ?? null,
        sourceKeys: a.sources,
      },
      async (tx) =>
        idOf(
          await tx.assessment.findFirst({
            where: { jurisdiction: { code: a.jurisdiction }, dimension: { key: a.dimension }, since: day(a.since) },
            orderBy: { createdAt: "asc" },
            select: { id: true },
          }),
        ),
    );
  }

  // An instrument that revokes another is created first, so the revoked one can link to it.
  const instruments = [...data.instruments].sort((x, y) => Number(Boolean(x.revokedBy)) - Number(Boolean(y.revokedBy)));
  for (const i of instruments) {
    add(
      "instruments",
      i.slug,
      {
        slug: i.slug,
        jurisdictionCode: i.jurisdiction,
        alsoJurisdictions: (i.alsoJurisdictions ?? []).join(","),
        titleEn: i.titleEn,
        titleZh: i.titleZh ?? null,
        type: i.type,
        typeZh: i.typeZh ?? null,
        status: i.status,
        statusNote: i.statusNote ?? null,
        statusNoteZh: i.statusNoteZh ?? null,
        adoptedOn: i.adoptedOn ?? null,
        adoptedPrecision: i.adoptedPrecision ?? "DAY",
        effectiveOn: i.effectiveOn ?? null,
        effectivePrecision: i.effectivePrecision ?? "DAY",
        revokedOn: i.revokedOn ?? null,
        revokedBySlug: i.revokedBy ?? null,
        dateNote: i.dateNote ?? null,
        dateNoteZh: i.dateNoteZh ?? null,
        summaryEn: i.summaryEn,
        summaryZh: i.summaryZh ?? null,
        confidence: i.confidence,
        confidenceNote: i.confidenceNote ?? null,
        lastCheckedOn: i.lastCheckedOn ?? null,
        sourceKeys: i.sources,
      },
      async (tx) => idOf(await tx.instrument.findUnique({ where: { slug: i.slug }, select: { id: true } })),
    );
  }

  // Milestones have no key of their own: instrument + date, and the English label where one instrument has two
  // milestones on a date (a superseded one and its replacement).
  for (const i of data.instruments) {
    const milestones = i.milestones ?? [];
    for (const m of milestones) {
      const shared = milestones.filter((o) => o.date === m.date).length > 1;
      add(
        "milestones",
        `${i.slug}@${m.date}${shared ? `@${m.labelEn}` : ""}`,
        {
          instrumentSlug: i.slug,
          date: m.date,
          labelEn: m.labelEn,
          labelZh: m.labelZh,
          supersededOn: m.superseded?.on ?? null,
          supersededBySlug: m.superseded?.by ?? null,
          supersededNoteEn: m.superseded?.noteEn ?? null,
          supersededNoteZh: m.superseded?.noteZh ?? null,
          lastCheckedOn: m.lastCheckedOn ?? null,
          sourceKeys: m.sources,
        },
        async (tx) => {
          const candidates = await tx.milestone.findMany({
            where: { instrument: { slug: i.slug }, date: day(m.date)! },
            orderBy: { createdAt: "asc" },
            select: { id: true, labelEn: true },
          });
          const sameLabel = candidates.find((c) => c.labelEn === m.labelEn);
          return sameLabel?.id ?? (shared ? null : (candidates[0]?.id ?? null));
        },
      );
    }
  }

  for (const f of data.investments) {
    add(
      "investmentFigures",
      f.slug,
      {
        slug: f.slug,
        actorName: f.actorName,
        actorNameZh: f.actorNameZh ?? null,
        actorType: f.actorType,
        jurisdictionCode: f.jurisdiction ?? null,
        category: f.category,
        funding: f.funding ?? null,
        measure: f.measure,
        measureZh: f.measureZh ?? null,
        amount: f.amount ?? null,
        amountLow: f.amountLow ?? null,
        amountHigh: f.amountHigh ?? null,
        qualifier: f.qualifier,
        valueText: f.valueText ?? null,
        currency: f.currency ?? null,
        periodType: f.periodType,
        periodStart: f.periodStart ?? null,
        periodEnd: f.periodEnd ?? null,
        periodLabel: f.periodLabel,
        periodLabelZh: f.periodLabelZh ?? null,
        kind: f.kind,
        kindNote: f.kindNote ?? null,
        kindNoteZh: f.kindNoteZh ?? null,
        confidence: f.confidence,
        confidenceNote: f.confidenceNote ?? null,
        comparabilityNote: f.comparabilityNote ?? null,
        comparabilityNoteZh: f.comparabilityNoteZh ?? null,
        note: f.note ?? null,
        noteZh: f.noteZh ?? null,
        reportedOn: f.reportedOn ?? null,
        lastCheckedOn: f.lastCheckedOn ?? null,
        sourceKeys: f.sources,
      },
      async (tx) => idOf(await tx.investmentFigure.findUnique({ where: { slug: f.slug }, select: { id: true } })),
    );
  }

  for (const e of data.events) {
    add(
      "events",
      e.slug,
      {
        slug: e.slug,
        date: e.date,
        datePrecision: e.datePrecision,
        dateNote: e.dateNote ?? null,
        dateNoteZh: e.dateNoteZh ?? null,
        jurisdictionCode: e.jurisdiction,
        alsoJurisdictions: (e.alsoJurisdictions ?? []).join(","),
        titleEn: e.titleEn,
        titleZh: e.titleZh,
        instrumentSlug: e.instrument ?? null,
        confidence: e.confidence,
        confidenceNote: e.confidenceNote ?? null,
        lastCheckedOn: e.lastCheckedOn ?? null,
        sourceKeys: e.sources,
      },
      async (tx) => idOf(await tx.timelineEvent.findUnique({ where: { slug: e.slug }, select: { id: true } })),
    );
  }

  for (const c of data.claims) {
    add(
      "flaggedClaims",
      c.slug,
      {
        slug: c.slug,
        sourceKey: c.source,
        claimEn: c.claimEn,
        claimZh: c.claimZh,
        correctionEn: c.correctionEn,
        correctionZh: c.correctionZh,
        instrumentSlug: c.instrument ?? null,
        investmentFigureSlug: c.investmentFigure ?? null,
        lastCheckedOn: c.lastCheckedOn ?? null,
        evidenceKeys: c.evidence,
      },
      async (tx) => idOf(await tx.flaggedClaim.findUnique({ where: { slug: c.slug }, select: { id: true } })),
    );
  }

  if (options.exchangeRates) {
    for (const r of exchangeRates) {
      add(
        "exchangeRates",
        `${r.currency} ${r.period}`,
        {
          currency: r.currency,
          period: r.period,
          rate: r.rate,
          usdPerUnit: r.usdPerUnit,
          asOf: r.asOf,
          sourceKey: r.source,
          note: null,
          lastCheckedOn: null,
        },
        async (tx) => idOf(await tx.exchangeRate.findUnique({ where: { currency_period: { currency: r.currency, period: r.period } }, select: { id: true } })),
      );
    }
  }
  return rows;
}

/** Sources the previous seed had and this one dropped (fact-sheet row E1 drops the placeholder FS1). */
export const DROPPED_SOURCES = ["FS1"];
