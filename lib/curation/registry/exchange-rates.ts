import type { Prisma } from "../../generated/prisma/client";
import { area, checkbox, date, lastChecked, ref, text } from "./fields";
import { column } from "./list-cells";
import { day, iso } from "./mapping";
import { defineEntity } from "./types";

const include = { source: { select: { key: true } } } as const;
type Row = Prisma.ExchangeRateGetPayload<{ include: typeof include }>;

export const exchangeRates = defineEntity("exchangeRates", {
  model: "exchangeRate",
  include,
  label: (i) => `${i.currency} ${i.period}`,
  columns: ["currency", "period", "usdPerUnit", "note"],
  dates: ["lastCheckedOn"],
  toInput: (r: Row) => ({
    rate: String(r.rate),
    asOf: iso(r.asOf) ?? "",
    sourceKey: r.source.key,
  }),
  toData: async (i, refs) => ({
    rate: i.rate,
    asOf: day(i.asOf),
    sourceId: await refs.source("sourceKey", i.sourceKey),
  }),
  searchFields: ["currency", "period"],
  matchKey: ["currency", "period"],
  form: [
    text("currency", true),
    text("period", true),
    { name: "rate", kind: "decimal", required: true },
    checkbox("usdPerUnit"),
    date("asOf", true),
    ref("sourceKey", "sources"),
    area("note"),
    lastChecked,
  ],
  list: [
    { key: "rate", cell: (v) => ({ text: `${v.rate} ${v.usdPerUnit ? `USD/${v.currency}` : `${v.currency}/USD`}` }) },
    column("period"),
    column("source", "sourceKey"),
  ],
});
