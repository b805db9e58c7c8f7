import type { Prisma } from "../../generated/prisma/client";
import { JURISDICTION_KINDS } from "../enums";
import { area, evidenceFields, OPTION_LABELS, ref, select, text } from "./fields";
import { column, enumColumn } from "./list-cells";
import { evidenceData, evidenceInput, sourcesInclude } from "./mapping";
import { defineEntity } from "./types";

const include = { ...sourcesInclude, parent: { select: { code: true } } } as const;
type Row = Prisma.JurisdictionGetPayload<{ include: typeof include }>;

export const jurisdictions = defineEntity("jurisdictions", {
  model: "jurisdiction",
  include,
  label: (i) => `${i.code} — ${i.nameEn}`,
  columns: ["code", "nameEn", "nameZh", "kind"],
  // Empty text in the table is "none" (null) in the form.
  toInput: (r: Row) => ({
    parentCode: r.parent?.code ?? null,
    blocs: r.blocs || null,
    approachEn: r.approachEn || null,
    approachZh: r.approachZh || null,
    ...evidenceInput(r),
  }),
  toData: async (i, refs, mode) => ({
    parentId: i.parentCode ? await refs.jurisdiction("parentCode", i.parentCode) : null,
    blocs: i.blocs ?? "",
    approachEn: i.approachEn ?? "",
    approachZh: i.approachZh ?? "",
    ...(await evidenceData(i, refs, mode)),
  }),
  searchFields: ["code", "nameEn", "nameZh"],
  matchKey: ["code"],
  form: [
    text("code", true),
    select("kind", JURISDICTION_KINDS, OPTION_LABELS.jurisdictionKind),
    ref("parentCode", "jurisdictions", true),
    text("nameEn", true),
    text("nameZh", true),
    text("blocs"),
    area("approachEn"),
    area("approachZh"),
    ...evidenceFields,
  ],
  list: [enumColumn("kind", "jurisdictions.kind"), column("parent", "parentCode")],
});
