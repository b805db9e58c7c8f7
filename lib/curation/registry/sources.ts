import type { Prisma } from "../../generated/prisma/client";
import { SOURCE_KINDS } from "../enums";
import { area, checkbox, date, lastChecked, OPTION_LABELS, select, text } from "./fields";
import { textCell, column } from "./list-cells";
import { defineEntity } from "./types";

const include = {} as const;
type Row = Prisma.SourceGetPayload<{ include: typeof include }>;

export const sources = defineEntity("sources", {
  model: "source",
  include,
  label: (i) => `${i.key} — ${i.title}`,
  columns: ["key", "title", "titleZh", "url", "dateNote", "language", "kind", "isSeedArticle", "note"],
  dates: ["publishedOn", "lastCheckedOn"],
  toInput: (r: Row) => ({ publisher: r.publisher || null }),
  toData: async (i) => ({ publisher: i.publisher ?? "" }),
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
