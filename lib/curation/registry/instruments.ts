import type { Prisma } from "../../generated/prisma/client";
import { DATE_PRECISION, INSTRUMENT_STATUSES } from "../enums";
import { area, date, evidenceFields, OPTION_LABELS, ref, select, text } from "./fields";
import { column, enumColumn } from "./list-cells";
import { evidenceData, evidenceInput, sourcesInclude } from "./mapping";
import { defineEntity } from "./types";

const include = { ...sourcesInclude, jurisdiction: { select: { code: true } }, revokedBy: { select: { slug: true } } } as const;
type Row = Prisma.InstrumentGetPayload<{ include: typeof include }>;

export const instruments = defineEntity("instruments", {
  model: "instrument",
  include,
  label: (i) => i.titleEn,
  columns: [
    "slug",
    "alsoJurisdictions",
    "titleEn",
    "titleZh",
    "type",
    "typeZh",
    "status",
    "statusNote",
    "statusNoteZh",
    "adoptedPrecision",
    "effectivePrecision",
    "dateNote",
    "dateNoteZh",
    "summaryZh",
  ],
  dates: ["adoptedOn", "effectiveOn", "revokedOn"],
  toInput: (r: Row) => ({
    jurisdictionCode: r.jurisdiction.code,
    revokedBySlug: r.revokedBy?.slug ?? null,
    summaryEn: r.summaryEn || null,
    ...evidenceInput(r),
  }),
  toData: async (i, refs, mode) => {
    await refs.codes("alsoJurisdictions", i.alsoJurisdictions);
    const revokedById = await refs.instrument("revokedBySlug", i.revokedBySlug);
    return {
      jurisdictionId: await refs.jurisdiction("jurisdictionCode", i.jurisdictionCode),
      revokedById,
      summaryEn: i.summaryEn ?? "",
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
