import type { Prisma } from "../../generated/prisma/client";
import { area, date, evidenceFields, number, ref, text } from "./fields";
import { column, textCell } from "./list-cells";
import { day, evidenceData, evidenceInput, iso, sourcesInclude } from "./mapping";
import { defineEntity } from "./types";

const include = { ...sourcesInclude, jurisdiction: { select: { code: true } }, dimension: { select: { key: true } } } as const;
type Row = Prisma.AssessmentGetPayload<{ include: typeof include }>;

export const assessments = defineEntity("assessments", {
  model: "assessment",
  include,
  label: (i) => `${i.jurisdictionCode} · ${i.dimensionKey} · ${i.labelEn}`,
  columns: ["level", "labelEn", "labelZh", "rationaleZh"],
  dates: ["since"],
  toInput: (r: Row) => ({
    jurisdictionCode: r.jurisdiction.code,
    dimensionKey: r.dimension.key,
    rationaleEn: r.rationaleEn || null,
    asOf: iso(r.asOf) ?? "",
    ...evidenceInput(r),
  }),
  toData: async (i, refs, mode) => ({
    jurisdictionId: await refs.jurisdiction("jurisdictionCode", i.jurisdictionCode),
    dimensionId: await refs.dimension("dimensionKey", i.dimensionKey),
    rationaleEn: i.rationaleEn ?? "",
    asOf: day(i.asOf),
    ...(await evidenceData(i, refs, mode)),
  }),
  searchFields: ["labelEn", "labelZh", "rationaleEn"],
  matchKey: ["id"], // several dated codings of one dimension may exist (see `since`)
  form: [
    ref("jurisdictionCode", "jurisdictions"),
    ref("dimensionKey", "dimensions"),
    number("level"),
    date("since"),
    date("asOf", true),
    text("labelEn", true),
    text("labelZh"),
    area("rationaleEn"),
    area("rationaleZh"),
    ...evidenceFields,
  ],
  list: [
    column("jurisdiction", "jurisdictionCode"),
    column("dimension", "dimensionKey"),
    column("level"),
    { key: "since", cell: (v) => textCell(v.since ?? v.asOf) },
  ],
});
