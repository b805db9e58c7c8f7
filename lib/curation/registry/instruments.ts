import type { Prisma } from "../../generated/prisma/client";
import { DATE_PRECISION, INSTRUMENT_STATUSES } from "../enums";
import { area, date, evidenceFields, OPTION_LABELS, ref, select, text } from "./fields";
import { column, enumColumn } from "./list-cells";
import { day, evidenceData, evidenceInput, iso, sourcesInclude } from "./mapping";
import { defineEntity } from "./types";

const include = { ...sourcesInclude, jurisdiction: { select: { code: true } }, revokedBy: { select: { slug: true } } } as const;
type Row = Prisma.InstrumentGetPayload<{ include: typeof include }>;

export const instruments = defineEntity<"instruments", Row>({
  model: "instrument",
  include,
  unique: (i) => ({ slug: i.slug }),
  label: (i) => i.titleEn,
  toInput: (r) => ({
    slug: r.slug,
    jurisdictionCode: r.jurisdiction.code,
    alsoJurisdictions: r.alsoJurisdictions ?? "",
    titleEn: r.titleEn,
    titleZh: r.titleZh ?? null,
    type: r.type,
    typeZh: r.typeZh ?? null,
    status: r.status,
    statusNote: r.statusNote ?? null,
    statusNoteZh: r.statusNoteZh ?? null,
    adoptedOn: iso(r.adoptedOn),
    adoptedPrecision: r.adoptedPrecision,
    effectiveOn: iso(r.effectiveOn),
    effectivePrecision: r.effectivePrecision,
    revokedOn: iso(r.revokedOn),
    revokedBySlug: r.revokedBy?.slug ?? null,
    dateNote: r.dateNote ?? null,
    dateNoteZh: r.dateNoteZh ?? null,
    summaryEn: r.summaryEn || null,
    summaryZh: r.summaryZh ?? null,
    ...evidenceInput(r),
  }),
  toData: async (i, refs, mode) => {
    await refs.codes("alsoJurisdictions", i.alsoJurisdictions);
    const revokedById = await refs.instrument("revokedBySlug", i.revokedBySlug);
    return {
      slug: i.slug,
      jurisdictionId: await refs.jurisdiction("jurisdictionCode", i.jurisdictionCode),
      alsoJurisdictions: i.alsoJurisdictions,
      titleEn: i.titleEn,
      titleZh: i.titleZh,
      type: i.type,
      typeZh: i.typeZh,
      status: i.status,
      statusNote: i.statusNote,
      statusNoteZh: i.statusNoteZh,
      adoptedOn: day(i.adoptedOn),
      adoptedPrecision: i.adoptedPrecision,
      effectiveOn: day(i.effectiveOn),
      effectivePrecision: i.effectivePrecision,
      revokedOn: day(i.revokedOn),
      revokedById,
      dateNote: i.dateNote,
      dateNoteZh: i.dateNoteZh,
      summaryEn: i.summaryEn ?? "",
      summaryZh: i.summaryZh,
      ...(await evidenceData(i, refs, mode)),
    };
  },
  searchFields: ["slug", "titleEn", "titleZh", "type", "typeZh"],
  matchKey: ["slug"],
  form: [
    text("slug", true),
    ref("jurisdictionCode", "jurisdictions"),
    text("titleEn", true),
    text("titleZh"),
    text("type", true),
    text("typeZh"),
    select("status", INSTRUMENT_STATUSES, OPTION_LABELS.instrumentStatus),
    text("statusNote"),
    text("statusNoteZh"),
    date("adoptedOn"),
    select("adoptedPrecision", DATE_PRECISION, OPTION_LABELS.precision),
    date("effectiveOn"),
    select("effectivePrecision", DATE_PRECISION, OPTION_LABELS.precision),
    date("revokedOn"),
    ref("revokedBySlug", "instruments", true),
    text("alsoJurisdictions"),
    area("dateNote"),
    area("dateNoteZh"),
    area("summaryEn"),
    area("summaryZh"),
    ...evidenceFields,
  ],
  list: [column("jurisdiction", "jurisdictionCode"), enumColumn("status", "jurisdictions.status"), column("adoptedOn")],
});
