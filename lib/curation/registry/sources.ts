import type { Prisma } from "../../generated/prisma/client";
import { SOURCE_KINDS } from "../enums";
import { area, checkbox, date, lastChecked, OPTION_LABELS, select, text } from "./fields";
import { textCell, column } from "./list-cells";
import { day, iso } from "./mapping";
import { defineEntity } from "./types";

const include = {} as const;
type Row = Prisma.SourceGetPayload<{ include: typeof include }>;

export const sources = defineEntity<"sources", Row>({
  model: "source",
  include,
  unique: (i) => ({ key: i.key }),
  label: (i) => `${i.key} — ${i.title}`,
  toInput: (r) => ({
    key: r.key,
    title: r.title,
    titleZh: r.titleZh ?? null,
    publisher: r.publisher || null,
    url: r.url ?? null,
    publishedOn: iso(r.publishedOn),
    dateNote: r.dateNote ?? null,
    language: r.language,
    kind: r.kind,
    isSeedArticle: Boolean(r.isSeedArticle),
    note: r.note ?? null,
    lastCheckedOn: iso(r.lastCheckedOn),
  }),
  toData: async (i) => ({
    key: i.key,
    title: i.title,
    titleZh: i.titleZh,
    publisher: i.publisher ?? "",
    url: i.url,
    publishedOn: day(i.publishedOn),
    dateNote: i.dateNote,
    language: i.language,
    kind: i.kind,
    isSeedArticle: i.isSeedArticle,
    note: i.note,
    lastCheckedOn: day(i.lastCheckedOn),
  }),
  searchFields: ["key", "title", "publisher"],
  matchKey: ["key"],
  form: [
    text("key", true),
    select("kind", SOURCE_KINDS, OPTION_LABELS.sourceKind),
    text("title", true),
    text("titleZh"),
    text("publisher"),
    text("url"),
    date("publishedOn"),
    text("dateNote"),
    text("language", true),
    checkbox("isSeedArticle"),
    area("note"),
    lastChecked,
  ],
  list: [column("publisher"), { key: "publishedOn", cell: (v) => textCell(v.publishedOn ?? v.dateNote) }],
});
