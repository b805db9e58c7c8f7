import type { Prisma } from "../../generated/prisma/client";
import { area, date, lastChecked, ref, sources, text } from "./fields";
import { column } from "./list-cells";
import { day, iso, keysOf, setOrConnect, sourcesInclude } from "./mapping";
import { defineEntity } from "./types";

const include = { ...sourcesInclude, instrument: { select: { slug: true } }, supersededBy: { select: { slug: true } } } as const;
type Row = Prisma.MilestoneGetPayload<{ include: typeof include }>;

export const milestones = defineEntity<"milestones", Row>({
  model: "milestone",
  include,
  unique: () => ({ id: "" }), // milestones have no natural key of their own
  label: (i) => `${i.instrumentSlug} · ${i.date} · ${i.labelEn}`,
  toInput: (r) => ({
    instrumentSlug: r.instrument.slug,
    date: iso(r.date) ?? "",
    labelEn: r.labelEn,
    labelZh: r.labelZh ?? null,
    supersededOn: iso(r.supersededOn),
    supersededBySlug: r.supersededBy?.slug ?? null,
    supersededNoteEn: r.supersededNoteEn ?? null,
    supersededNoteZh: r.supersededNoteZh ?? null,
    lastCheckedOn: iso(r.lastCheckedOn),
    sourceKeys: keysOf(r.sources),
  }),
  toData: async (i, refs, mode) => ({
    instrumentId: (await refs.instrument("instrumentSlug", i.instrumentSlug)) ?? "",
    date: day(i.date),
    labelEn: i.labelEn,
    labelZh: i.labelZh,
    supersededOn: day(i.supersededOn),
    supersededById: await refs.instrument("supersededBySlug", i.supersededBySlug),
    supersededNoteEn: i.supersededNoteEn,
    supersededNoteZh: i.supersededNoteZh,
    lastCheckedOn: day(i.lastCheckedOn),
    sources: setOrConnect(mode, await refs.sources("sourceKeys", i.sourceKeys)),
  }),
  searchFields: ["labelEn", "labelZh"],
  matchKey: ["id"],
  form: [
    ref("instrumentSlug", "instruments"),
    date("date", true),
    text("labelEn", true),
    text("labelZh"),
    date("supersededOn"),
    ref("supersededBySlug", "instruments", true),
    area("supersededNoteEn"),
    area("supersededNoteZh"),
    lastChecked,
    sources("sourceKeys", false),
  ],
  list: [column("instrument", "instrumentSlug"), column("date")],
});
