import type { Prisma } from "../../generated/prisma/client";
import { DATE_PRECISION } from "../enums";
import { date, evidenceFields, OPTION_LABELS, ref, select, text } from "./fields";
import { column } from "./list-cells";
import { day, evidenceData, evidenceInput, iso, sourcesInclude } from "./mapping";
import { defineEntity } from "./types";

const include = { ...sourcesInclude, jurisdiction: { select: { code: true } }, instrument: { select: { slug: true } } } as const;
type Row = Prisma.TimelineEventGetPayload<{ include: typeof include }>;

export const events = defineEntity("events", {
  model: "timelineEvent",
  include,
  label: (i) => `${i.date} · ${i.titleEn}`,
  columns: ["slug", "datePrecision", "dateNote", "dateNoteZh", "alsoJurisdictions", "titleEn", "titleZh"],
  toInput: (r: Row) => ({
    date: iso(r.date) ?? "",
    jurisdictionCode: r.jurisdiction.code,
    instrumentSlug: r.instrument?.slug ?? null,
    ...evidenceInput(r),
  }),
  toData: async (i, refs, mode) => {
    await refs.codes("alsoJurisdictions", i.alsoJurisdictions);
    return {
      date: day(i.date),
      jurisdictionId: await refs.jurisdiction("jurisdictionCode", i.jurisdictionCode),
      instrumentId: await refs.instrument("instrumentSlug", i.instrumentSlug),
      ...(await evidenceData(i, refs, mode)),
    };
  },
  searchFields: ["slug", "titleEn", "titleZh"],
  matchKey: ["slug"],
  form: [
    text("slug", true),
    date("date", true),
    select("datePrecision", DATE_PRECISION, OPTION_LABELS.precision),
    text("dateNote"),
    text("dateNoteZh"),
    ref("jurisdictionCode", "jurisdictions"),
    text("alsoJurisdictions"),
    text("titleEn", true),
    text("titleZh"),
    ref("instrumentSlug", "instruments", true),
    ...evidenceFields,
  ],
  list: [column("date"), column("jurisdiction", "jurisdictionCode")],
});
