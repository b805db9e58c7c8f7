import type { Prisma } from "../../generated/prisma/client";
import { ACTOR_TYPES, AMOUNT_QUALIFIERS, FIGURE_KINDS, FUNDING, INVESTMENT_CATEGORIES, PERIOD_TYPES } from "../enums";
import { amount, area, confidenceFields, date, lastChecked, number, OPTION_LABELS, ref, select, sources, text } from "./fields";
import { column, enumColumn, figureValue } from "./list-cells";
import { day, decimal, iso, keysOf, setOrConnect, sourcesInclude } from "./mapping";
import { defineEntity } from "./types";

const include = { ...sourcesInclude, jurisdiction: { select: { code: true } } } as const;
type Row = Prisma.InvestmentFigureGetPayload<{ include: typeof include }>;

export const investmentFigures = defineEntity<"investmentFigures", Row>({
  model: "investmentFigure",
  delegate: (c) => c.investmentFigure,
  include,
  unique: (i) => ({ slug: i.slug }),
  label: (i) => `${i.actorName} · ${i.periodLabel} · ${i.measure}`,
  toInput: (r) => ({
    slug: r.slug, actorName: r.actorName, actorNameZh: r.actorNameZh ?? null, actorType: r.actorType,
    jurisdictionCode: r.jurisdiction?.code ?? null, category: r.category, funding: r.funding ?? null,
    measure: r.measure, measureZh: r.measureZh ?? null,
    amount: decimal(r.amount), amountLow: decimal(r.amountLow), amountHigh: decimal(r.amountHigh), qualifier: r.qualifier,
    valueText: r.valueText ?? null, currency: r.currency ?? null, periodType: r.periodType,
    periodStart: r.periodStart ?? null, periodEnd: r.periodEnd ?? null, periodLabel: r.periodLabel, periodLabelZh: r.periodLabelZh ?? null,
    kind: r.kind, kindNote: r.kindNote ?? null, kindNoteZh: r.kindNoteZh ?? null, confidence: r.confidence,
    confidenceNote: r.confidenceNote ?? null, comparabilityNote: r.comparabilityNote ?? null, comparabilityNoteZh: r.comparabilityNoteZh ?? null,
    note: r.note ?? null, noteZh: r.noteZh ?? null, reportedOn: iso(r.reportedOn), lastCheckedOn: iso(r.lastCheckedOn),
    sourceKeys: keysOf(r.sources),
  }),
  toData: async (i, refs, mode) => ({
    slug: i.slug, actorName: i.actorName, actorNameZh: i.actorNameZh, actorType: i.actorType,
    jurisdictionId: i.jurisdictionCode ? await refs.jurisdiction("jurisdictionCode", i.jurisdictionCode) : null,
    category: i.category, funding: i.funding, measure: i.measure, measureZh: i.measureZh,
    amount: i.amount, amountLow: i.amountLow, amountHigh: i.amountHigh, qualifier: i.qualifier,
    valueText: i.valueText, currency: i.currency, periodType: i.periodType, periodStart: i.periodStart, periodEnd: i.periodEnd,
    periodLabel: i.periodLabel, periodLabelZh: i.periodLabelZh, kind: i.kind, kindNote: i.kindNote, kindNoteZh: i.kindNoteZh,
    confidence: i.confidence, confidenceNote: i.confidenceNote, comparabilityNote: i.comparabilityNote,
    comparabilityNoteZh: i.comparabilityNoteZh, note: i.note, noteZh: i.noteZh, reportedOn: day(i.reportedOn), lastCheckedOn: day(i.lastCheckedOn),
    sources: setOrConnect(mode, await refs.sources("sourceKeys", i.sourceKeys)),
  }),
  searchFields: ["slug", "actorName", "measure", "periodLabel"],
  matchKey: ["slug"],
  form: [
    text("slug", true), text("actorName", true), text("actorNameZh"), select("actorType", ACTOR_TYPES, OPTION_LABELS.actorType),
    ref("jurisdictionCode", "jurisdictions", true), select("category", INVESTMENT_CATEGORIES, OPTION_LABELS.category),
    select("funding", FUNDING, OPTION_LABELS.funding, true), text("measure", true), text("measureZh"),
    amount("amount"), amount("amountLow"), amount("amountHigh"), select("qualifier", AMOUNT_QUALIFIERS, OPTION_LABELS.qualifier),
    text("valueText"), text("currency"), select("periodType", PERIOD_TYPES, OPTION_LABELS.periodType), number("periodStart"), number("periodEnd"),
    text("periodLabel", true), text("periodLabelZh"), select("kind", FIGURE_KINDS, OPTION_LABELS.figureKind), text("kindNote"), text("kindNoteZh"),
    date("reportedOn"), ...confidenceFields, area("comparabilityNote"), area("comparabilityNoteZh"), area("note"), area("noteZh"), lastChecked, sources(),
  ],
  list: [{ key: "amount", cell: (v) => ({ text: figureValue(v) }) }, column("period", "periodLabel"), enumColumn("kind", "kinds")],
});
