import type { Prisma } from "../../generated/prisma/client";
import { area, date, lastChecked, ref, sources, text } from "./fields";
import { column } from "./list-cells";
import { day, iso, keysOf, setOrConnect, sourcesInclude } from "./mapping";
import { defineEntity } from "./types";

const include = { ...sourcesInclude, instrument: { select: { slug: true } }, supersededBy: { select: { slug: true } } } as const;
type Row = Prisma.MilestoneGetPayload<{ include: typeof include }>;

export const milestones = defineEntity("milestones", {
  model: "milestone",
  include,
  label: (i) => `${i.instrumentSlug} · ${i.date} · ${i.labelEn}`,
  columns: ["labelEn", "labelZh", "supersededNoteEn", "supersededNoteZh"],
  dates: ["supersededOn", "lastCheckedOn"],
  toInput: (r: Row) => ({
    instrumentSlug: r.instrument.slug,
    date: iso(r.date) ?? "",
    supersededBySlug: r.supersededBy?.slug ?? null,
    sourceKeys: keysOf(r.sources),
  }),
  toData: async (i, refs, mode) => ({
    instrumentId: (await refs.instrument("instrumentSlug", i.instrumentSlug)) ?? "",
    date: day(i.date),
    supersededById: await refs.instrument("supersededBySlug", i.supersededBySlug),
    sources: setOrConnect(mode, await refs.sources("sourceKeys", i.sourceKeys)),
  }),
  searchFields: ["labelEn", "labelZh"],
  matchKey: ["id"], // milestones have no natural key of their own
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
