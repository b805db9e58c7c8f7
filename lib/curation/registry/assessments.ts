import type { Prisma } from "../../generated/prisma/client";
import { area, confidenceFields, date, lastChecked, number, ref, sources, text } from "./fields";
import { column, textCell } from "./list-cells";
import { day, iso, keysOf, setOrConnect, sourcesInclude } from "./mapping";
import { defineEntity } from "./types";

const include = { ...sourcesInclude, jurisdiction: { select: { code: true } }, dimension: { select: { key: true } } } as const;
type Row = Prisma.AssessmentGetPayload<{ include: typeof include }>;

export const assessments = defineEntity<"assessments", Row>({
  model: "assessment",
  delegate: (c) => c.assessment,
  include,
  unique: () => ({ id: "" }), // several dated codings of one dimension may exist (see `since`)
  label: (i) => `${i.jurisdictionCode} · ${i.dimensionKey} · ${i.labelEn}`,
  toInput: (r) => ({
    jurisdictionCode: r.jurisdiction.code,
    dimensionKey: r.dimension.key,
    level: r.level ?? null,
    labelEn: r.labelEn,
    labelZh: r.labelZh ?? null,
    rationaleEn: r.rationaleEn || null,
    rationaleZh: r.rationaleZh ?? null,
    asOf: iso(r.asOf) ?? "",
    since: iso(r.since),
    confidence: r.confidence,
    confidenceNote: r.confidenceNote ?? null,
    lastCheckedOn: iso(r.lastCheckedOn),
    sourceKeys: keysOf(r.sources),
  }),
  toData: async (i, refs, mode) => ({
    jurisdictionId: await refs.jurisdiction("jurisdictionCode", i.jurisdictionCode),
    dimensionId: await refs.dimension("dimensionKey", i.dimensionKey),
    level: i.level,
    labelEn: i.labelEn,
    labelZh: i.labelZh,
    rationaleEn: i.rationaleEn ?? "",
    rationaleZh: i.rationaleZh,
    asOf: day(i.asOf),
    since: day(i.since),
    confidence: i.confidence,
    confidenceNote: i.confidenceNote,
    lastCheckedOn: day(i.lastCheckedOn),
    sources: setOrConnect(mode, await refs.sources("sourceKeys", i.sourceKeys)),
  }),
  searchFields: ["labelEn", "labelZh", "rationaleEn"],
  matchKey: ["id"],
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
    ...confidenceFields,
    lastChecked,
    sources(),
  ],
  list: [
    column("jurisdiction", "jurisdictionCode"),
    column("dimension", "dimensionKey"),
    column("level"),
    { key: "since", cell: (v) => textCell(v.since ?? v.asOf) },
  ],
});
