// How each curated entity maps between its stored row and the form's shape (also the revision snapshot). Pure and
// free of "server-only", so that the seed and its data updates (run by scripts outside Next) write rows and
// revisions exactly as the curation forms do; lib/mutations/curated/entities.ts re-exports it for server code.
import type { EntityInput, EntityName } from "../../validations/curated";

/** Resolves relations given by natural keys, collecting "unknown X" problems (ReferenceChecker in the app). */
export type References = {
  readonly errors: Record<string, string>;
  readonly ok: boolean;
  sources(field: string, keys: string[]): Promise<{ key: string }[]>;
  jurisdiction(field: string, code: string): Promise<string>;
  codes(field: string, csv: string): Promise<void>;
  instrument(field: string, slug: string | null): Promise<string | null>;
  figure(field: string, slug: string | null): Promise<string | null>;
  source(field: string, key: string): Promise<string>;
  dimension(field: string, key: string): Promise<string>;
};
type ReferenceChecker = References;

export const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00.000Z`) : null);
export const iso = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);
const str = (v: unknown) => (v as string | null | undefined) ?? null;

type Row = Record<string, unknown> & { id: string };
type Keys = { sources?: { key: string }[]; evidence?: { key: string }[] };
const keysOf = (list: { key: string }[] | undefined) => (list ?? []).map((s) => s.key).sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
const sourcesInclude = { sources: { select: { key: true } } } as const;

export type EntityAdapter<E extends EntityName = EntityName> = {
  model: "jurisdiction" | "source" | "instrument" | "milestone" | "assessment" | "investmentFigure" | "exchangeRate" | "timelineEvent" | "flaggedClaim";
  /** Where clause finding the row with the same natural key (for duplicate checks). */
  unique: (input: EntityInput<E>) => Record<string, unknown>;
  include: Record<string, unknown>;
  label: (input: EntityInput<E>) => string;
  /** A stored row → the form's shape (also the revision snapshot). */
  toInput: (row: Row) => EntityInput<E>;
  /** The form's shape → Prisma data; unknown references are collected in `refs`. */
  toData: (input: EntityInput<E>, refs: ReferenceChecker, mode: "create" | "update") => Promise<Record<string, unknown>>;
  searchFields: string[];
};

const setOrConnect = (mode: "create" | "update", keys: { key: string }[]) => (mode === "create" ? { connect: keys } : { set: keys });

export const ADAPTERS: { [E in EntityName]: EntityAdapter<E> } = {
  jurisdictions: {
    model: "jurisdiction",
    unique: (i) => ({ code: i.code }),
    include: { ...sourcesInclude, parent: { select: { code: true } } },
    label: (i) => `${i.code} — ${i.nameEn}`,
    toInput: (r) => ({
      code: r.code as string, nameEn: r.nameEn as string, nameZh: r.nameZh as string, kind: r.kind as never,
      parentCode: (r.parent as { code: string } | null)?.code ?? null,
      blocs: (r.blocs as string) || null, approachEn: (r.approachEn as string) || null, approachZh: (r.approachZh as string) || null,
      confidence: r.confidence as never, confidenceNote: (r.confidenceNote as string | null) ?? null,
      lastCheckedOn: iso(r.lastCheckedOn as Date | null), sourceKeys: keysOf((r as Keys).sources),
    }),
    toData: async (i, refs, mode) => ({
      code: i.code, nameEn: i.nameEn, nameZh: i.nameZh, kind: i.kind,
      parentId: i.parentCode ? await refs.jurisdiction("parentCode", i.parentCode) : null,
      blocs: i.blocs ?? "", approachEn: i.approachEn ?? "",
      approachZh: i.approachZh ?? "", confidence: i.confidence, confidenceNote: i.confidenceNote, lastCheckedOn: day(i.lastCheckedOn),
      sources: setOrConnect(mode, await refs.sources("sourceKeys", i.sourceKeys)),
    }),
    searchFields: ["code", "nameEn", "nameZh"],
  },
  sources: {
    model: "source",
    unique: (i) => ({ key: i.key }),
    include: {},
    label: (i) => `${i.key} — ${i.title}`,
    toInput: (r) => ({
      key: r.key as string, title: r.title as string, titleZh: (r.titleZh as string | null) ?? null, publisher: (r.publisher as string) || null,
      url: (r.url as string | null) ?? null, publishedOn: iso(r.publishedOn as Date | null), dateNote: (r.dateNote as string | null) ?? null,
      language: r.language as string, kind: r.kind as never, isSeedArticle: Boolean(r.isSeedArticle), note: (r.note as string | null) ?? null,
      lastCheckedOn: iso(r.lastCheckedOn as Date | null),
    }),
    toData: async (i) => ({
      key: i.key, title: i.title, titleZh: i.titleZh, publisher: i.publisher ?? "", url: i.url, publishedOn: day(i.publishedOn),
      dateNote: i.dateNote, language: i.language, kind: i.kind, isSeedArticle: i.isSeedArticle, note: i.note, lastCheckedOn: day(i.lastCheckedOn),
    }),
    searchFields: ["key", "title", "publisher"],
  },
  instruments: {
    model: "instrument",
    unique: (i) => ({ slug: i.slug }),
    include: { ...sourcesInclude, jurisdiction: { select: { code: true } }, revokedBy: { select: { slug: true } } },
    label: (i) => i.titleEn,
    toInput: (r) => ({
      slug: r.slug as string, jurisdictionCode: (r.jurisdiction as { code: string }).code, alsoJurisdictions: (r.alsoJurisdictions as string) ?? "",
      titleEn: r.titleEn as string, titleZh: (r.titleZh as string | null) ?? null, type: r.type as string, typeZh: (r.typeZh as string | null) ?? null,
      status: r.status as never, statusNote: (r.statusNote as string | null) ?? null, statusNoteZh: (r.statusNoteZh as string | null) ?? null, adoptedOn: iso(r.adoptedOn as Date | null), adoptedPrecision: r.adoptedPrecision as never,
      effectiveOn: iso(r.effectiveOn as Date | null), effectivePrecision: r.effectivePrecision as never, revokedOn: iso(r.revokedOn as Date | null),
      revokedBySlug: (r.revokedBy as { slug: string } | null)?.slug ?? null, dateNote: (r.dateNote as string | null) ?? null,
      dateNoteZh: (r.dateNoteZh as string | null) ?? null, summaryEn: (r.summaryEn as string) || null, summaryZh: (r.summaryZh as string | null) ?? null, confidence: r.confidence as never,
      confidenceNote: (r.confidenceNote as string | null) ?? null, lastCheckedOn: iso(r.lastCheckedOn as Date | null), sourceKeys: keysOf((r as Keys).sources),
    }),
    toData: async (i, refs, mode) => {
      await refs.codes("alsoJurisdictions", i.alsoJurisdictions);
      const revokedById = await refs.instrument("revokedBySlug", i.revokedBySlug);
      return {
        slug: i.slug, jurisdictionId: await refs.jurisdiction("jurisdictionCode", i.jurisdictionCode), alsoJurisdictions: i.alsoJurisdictions,
        titleEn: i.titleEn, titleZh: i.titleZh, type: i.type, typeZh: i.typeZh, status: i.status, statusNote: i.statusNote,
        statusNoteZh: i.statusNoteZh, adoptedOn: day(i.adoptedOn),
        adoptedPrecision: i.adoptedPrecision, effectiveOn: day(i.effectiveOn), effectivePrecision: i.effectivePrecision, revokedOn: day(i.revokedOn),
        revokedById, dateNote: i.dateNote, dateNoteZh: i.dateNoteZh, summaryEn: i.summaryEn ?? "", summaryZh: i.summaryZh, confidence: i.confidence,
        confidenceNote: i.confidenceNote, lastCheckedOn: day(i.lastCheckedOn), sources: setOrConnect(mode, await refs.sources("sourceKeys", i.sourceKeys)),
      };
    },
    searchFields: ["slug", "titleEn", "titleZh", "type", "typeZh"],
  },
  milestones: {
    model: "milestone",
    unique: () => ({ id: "" }), // milestones have no natural key of their own
    include: { ...sourcesInclude, instrument: { select: { slug: true } }, supersededBy: { select: { slug: true } } },
    label: (i) => `${i.instrumentSlug} · ${i.date} · ${i.labelEn}`,
    toInput: (r) => ({
      instrumentSlug: (r.instrument as { slug: string }).slug, date: iso(r.date as Date)!, labelEn: r.labelEn as string,
      labelZh: str(r.labelZh), supersededOn: iso(r.supersededOn as Date | null),
      supersededBySlug: (r.supersededBy as { slug: string } | null)?.slug ?? null, supersededNoteEn: str(r.supersededNoteEn),
      supersededNoteZh: str(r.supersededNoteZh), lastCheckedOn: iso(r.lastCheckedOn as Date | null), sourceKeys: keysOf((r as Keys).sources),
    }),
    toData: async (i, refs, mode) => ({
      instrumentId: (await refs.instrument("instrumentSlug", i.instrumentSlug)) ?? "", date: day(i.date), labelEn: i.labelEn, labelZh: i.labelZh,
      supersededOn: day(i.supersededOn), supersededById: await refs.instrument("supersededBySlug", i.supersededBySlug),
      supersededNoteEn: i.supersededNoteEn, supersededNoteZh: i.supersededNoteZh, lastCheckedOn: day(i.lastCheckedOn),
      sources: setOrConnect(mode, await refs.sources("sourceKeys", i.sourceKeys)),
    }),
    searchFields: ["labelEn", "labelZh"],
  },
  assessments: {
    model: "assessment",
    unique: () => ({ id: "" }), // several dated codings of one dimension may exist (see `since`)
    include: { ...sourcesInclude, jurisdiction: { select: { code: true } }, dimension: { select: { key: true } } },
    label: (i) => `${i.jurisdictionCode} · ${i.dimensionKey} · ${i.labelEn}`,
    toInput: (r) => ({
      jurisdictionCode: (r.jurisdiction as { code: string }).code, dimensionKey: (r.dimension as { key: string }).key, level: (r.level as number | null) ?? null,
      labelEn: r.labelEn as string, labelZh: (r.labelZh as string | null) ?? null, rationaleEn: (r.rationaleEn as string) || null,
      rationaleZh: (r.rationaleZh as string | null) ?? null, asOf: iso(r.asOf as Date)!, since: iso(r.since as Date | null), confidence: r.confidence as never,
      confidenceNote: (r.confidenceNote as string | null) ?? null, lastCheckedOn: iso(r.lastCheckedOn as Date | null), sourceKeys: keysOf((r as Keys).sources),
    }),
    toData: async (i, refs, mode) => ({
      jurisdictionId: await refs.jurisdiction("jurisdictionCode", i.jurisdictionCode), dimensionId: await refs.dimension("dimensionKey", i.dimensionKey),
      level: i.level, labelEn: i.labelEn, labelZh: i.labelZh, rationaleEn: i.rationaleEn ?? "", rationaleZh: i.rationaleZh, asOf: day(i.asOf),
      since: day(i.since), confidence: i.confidence, confidenceNote: i.confidenceNote, lastCheckedOn: day(i.lastCheckedOn),
      sources: setOrConnect(mode, await refs.sources("sourceKeys", i.sourceKeys)),
    }),
    searchFields: ["labelEn", "labelZh", "rationaleEn"],
  },
  investmentFigures: {
    model: "investmentFigure",
    unique: (i) => ({ slug: i.slug }),
    include: { ...sourcesInclude, jurisdiction: { select: { code: true } } },
    label: (i) => `${i.actorName} · ${i.periodLabel} · ${i.measure}`,
    toInput: (r) => {
      const dec = (v: unknown) => (v === null || v === undefined ? null : String(v));
      return {
        slug: r.slug as string, actorName: r.actorName as string, actorNameZh: (r.actorNameZh as string | null) ?? null, actorType: r.actorType as never,
        jurisdictionCode: (r.jurisdiction as { code: string } | null)?.code ?? null, category: r.category as never,
        funding: (r.funding as never) ?? null, measure: r.measure as string, measureZh: str(r.measureZh),
        amount: dec(r.amount), amountLow: dec(r.amountLow), amountHigh: dec(r.amountHigh), qualifier: r.qualifier as never,
        valueText: (r.valueText as string | null) ?? null, currency: (r.currency as string | null) ?? null, periodType: r.periodType as never,
        periodStart: (r.periodStart as number | null) ?? null, periodEnd: (r.periodEnd as number | null) ?? null, periodLabel: r.periodLabel as string,
        periodLabelZh: str(r.periodLabelZh), kind: r.kind as never, kindNote: str(r.kindNote), kindNoteZh: str(r.kindNoteZh), confidence: r.confidence as never,
        confidenceNote: str(r.confidenceNote), comparabilityNote: str(r.comparabilityNote), comparabilityNoteZh: str(r.comparabilityNoteZh),
        note: str(r.note), noteZh: str(r.noteZh), reportedOn: iso(r.reportedOn as Date | null), lastCheckedOn: iso(r.lastCheckedOn as Date | null),
        sourceKeys: keysOf((r as Keys).sources),
      };
    },
    toData: async (i, refs, mode) => ({
      slug: i.slug, actorName: i.actorName, actorNameZh: i.actorNameZh, actorType: i.actorType,
      jurisdictionId: i.jurisdictionCode ? await refs.jurisdiction("jurisdictionCode", i.jurisdictionCode) : null,
      category: i.category, funding: i.funding, measure: i.measure, measureZh: i.measureZh, amount: i.amount, amountLow: i.amountLow, amountHigh: i.amountHigh, qualifier: i.qualifier,
      valueText: i.valueText, currency: i.currency, periodType: i.periodType, periodStart: i.periodStart, periodEnd: i.periodEnd,
      periodLabel: i.periodLabel, periodLabelZh: i.periodLabelZh, kind: i.kind, kindNote: i.kindNote, kindNoteZh: i.kindNoteZh,
      confidence: i.confidence, confidenceNote: i.confidenceNote, comparabilityNote: i.comparabilityNote,
      comparabilityNoteZh: i.comparabilityNoteZh, note: i.note, noteZh: i.noteZh, reportedOn: day(i.reportedOn), lastCheckedOn: day(i.lastCheckedOn),
      sources: setOrConnect(mode, await refs.sources("sourceKeys", i.sourceKeys)),
    }),
    searchFields: ["slug", "actorName", "measure", "periodLabel"],
  },
  exchangeRates: {
    model: "exchangeRate",
    unique: (i) => ({ currency_period: { currency: i.currency, period: i.period } }),
    include: { source: { select: { key: true } } },
    label: (i) => `${i.currency} ${i.period}`,
    toInput: (r) => ({
      currency: r.currency as string, period: r.period as string, rate: String(r.rate), usdPerUnit: Boolean(r.usdPerUnit),
      asOf: iso(r.asOf as Date)!, sourceKey: (r.source as { key: string }).key, note: (r.note as string | null) ?? null,
      lastCheckedOn: iso(r.lastCheckedOn as Date | null),
    }),
    toData: async (i, refs) => ({
      currency: i.currency, period: i.period, rate: i.rate, usdPerUnit: i.usdPerUnit, asOf: day(i.asOf),
      sourceId: await refs.source("sourceKey", i.sourceKey), note: i.note, lastCheckedOn: day(i.lastCheckedOn),
    }),
    searchFields: ["currency", "period"],
  },
  events: {
    model: "timelineEvent",
    unique: (i) => ({ slug: i.slug }),
    include: { ...sourcesInclude, jurisdiction: { select: { code: true } }, instrument: { select: { slug: true } } },
    label: (i) => `${i.date} · ${i.titleEn}`,
    toInput: (r) => ({
      slug: r.slug as string, date: iso(r.date as Date)!, datePrecision: r.datePrecision as never, dateNote: (r.dateNote as string | null) ?? null,
      dateNoteZh: (r.dateNoteZh as string | null) ?? null, jurisdictionCode: (r.jurisdiction as { code: string }).code, alsoJurisdictions: (r.alsoJurisdictions as string) ?? "",
      titleEn: r.titleEn as string, titleZh: (r.titleZh as string | null) ?? null, instrumentSlug: (r.instrument as { slug: string } | null)?.slug ?? null,
      confidence: r.confidence as never, confidenceNote: (r.confidenceNote as string | null) ?? null,
      lastCheckedOn: iso(r.lastCheckedOn as Date | null), sourceKeys: keysOf((r as Keys).sources),
    }),
    toData: async (i, refs, mode) => {
      await refs.codes("alsoJurisdictions", i.alsoJurisdictions);
      return {
        slug: i.slug, date: day(i.date), datePrecision: i.datePrecision, dateNote: i.dateNote, dateNoteZh: i.dateNoteZh,
        jurisdictionId: await refs.jurisdiction("jurisdictionCode", i.jurisdictionCode), alsoJurisdictions: i.alsoJurisdictions,
        titleEn: i.titleEn, titleZh: i.titleZh, instrumentId: await refs.instrument("instrumentSlug", i.instrumentSlug),
        confidence: i.confidence, confidenceNote: i.confidenceNote, lastCheckedOn: day(i.lastCheckedOn),
        sources: setOrConnect(mode, await refs.sources("sourceKeys", i.sourceKeys)),
      };
    },
    searchFields: ["slug", "titleEn", "titleZh"],
  },
  flaggedClaims: {
    model: "flaggedClaim",
    unique: (i) => ({ slug: i.slug }),
    include: { source: { select: { key: true } }, evidence: { select: { key: true } }, instrument: { select: { slug: true } }, investmentFigure: { select: { slug: true } } },
    label: (i) => `${i.sourceKey} · ${i.claimEn.slice(0, 60)}`,
    toInput: (r) => ({
      slug: r.slug as string, sourceKey: (r.source as { key: string }).key, claimEn: r.claimEn as string, claimZh: (r.claimZh as string | null) ?? null,
      correctionEn: r.correctionEn as string, correctionZh: (r.correctionZh as string | null) ?? null,
      instrumentSlug: (r.instrument as { slug: string } | null)?.slug ?? null, investmentFigureSlug: (r.investmentFigure as { slug: string } | null)?.slug ?? null,
      lastCheckedOn: iso(r.lastCheckedOn as Date | null), evidenceKeys: keysOf((r as Keys).evidence),
    }),
    toData: async (i, refs, mode) => ({
      slug: i.slug, sourceId: await refs.source("sourceKey", i.sourceKey), claimEn: i.claimEn, claimZh: i.claimZh, correctionEn: i.correctionEn,
      correctionZh: i.correctionZh, instrumentId: await refs.instrument("instrumentSlug", i.instrumentSlug),
      investmentFigureId: await refs.figure("investmentFigureSlug", i.investmentFigureSlug), lastCheckedOn: day(i.lastCheckedOn),
      evidence: setOrConnect(mode, await refs.sources("evidenceKeys", i.evidenceKeys)),
    }),
    searchFields: ["slug", "claimEn", "correctionEn"],
  },
};
