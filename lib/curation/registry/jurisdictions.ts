import type { Prisma } from "../../generated/prisma/client";
import { JURISDICTION_KINDS } from "../enums";
import { area, confidenceFields, lastChecked, OPTION_LABELS, ref, select, sources, text } from "./fields";
import { column, enumColumn } from "./list-cells";
import { day, iso, keysOf, setOrConnect, sourcesInclude } from "./mapping";
import { defineEntity } from "./types";

const include = { ...sourcesInclude, parent: { select: { code: true } } } as const;
type Row = Prisma.JurisdictionGetPayload<{ include: typeof include }>;

export const jurisdictions = defineEntity<"jurisdictions", Row>({
  model: "jurisdiction",
  delegate: (c) => c.jurisdiction,
  include,
  unique: (i) => ({ code: i.code }),
  label: (i) => `${i.code} — ${i.nameEn}`,
  toInput: (r) => ({
    code: r.code,
    nameEn: r.nameEn,
    nameZh: r.nameZh,
    kind: r.kind,
    parentCode: r.parent?.code ?? null,
    blocs: r.blocs || null,
    approachEn: r.approachEn || null,
    approachZh: r.approachZh || null,
    confidence: r.confidence,
    confidenceNote: r.confidenceNote ?? null,
    lastCheckedOn: iso(r.lastCheckedOn),
    sourceKeys: keysOf(r.sources),
  }),
  toData: async (i, refs, mode) => ({
    code: i.code,
    nameEn: i.nameEn,
    nameZh: i.nameZh,
    kind: i.kind,
    parentId: i.parentCode ? await refs.jurisdiction("parentCode", i.parentCode) : null,
    blocs: i.blocs ?? "",
    approachEn: i.approachEn ?? "",
    approachZh: i.approachZh ?? "",
    confidence: i.confidence,
    confidenceNote: i.confidenceNote,
    lastCheckedOn: day(i.lastCheckedOn),
    sources: setOrConnect(mode, await refs.sources("sourceKeys", i.sourceKeys)),
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
    ...confidenceFields,
    lastChecked,
    sources(),
  ],
  list: [enumColumn("kind", "jurisdictions.kind"), column("parent", "parentCode")],
});
