import type { Prisma } from "../../generated/prisma/client";
import { area, checkbox, date, lastChecked, ref, text } from "./fields";
import { column } from "./list-cells";
import { day, iso } from "./mapping";
import { defineEntity } from "./types";

const include = { source: { select: { key: true } } } as const;
type Row = Prisma.ExchangeRateGetPayload<{ include: typeof include }>;

export const exchangeRates = defineEntity<"exchangeRates", Row>({
  model: "exchangeRate",
  include,
  unique: (i) => ({ currency_period: { currency: i.currency, period: i.period } }),
  label: (i) => `${i.currency} ${i.period}`,
  toInput: (r) => ({
    currency: r.currency,
    period: r.period,
    rate: String(r.rate),
    usdPerUnit: Boolean(r.usdPerUnit),
    asOf: iso(r.asOf) ?? "",
    sourceKey: r.source.key,
    note: r.note ?? null,
    lastCheckedOn: iso(r.lastCheckedOn),
  }),
  toData: async (i, refs) => ({
    currency: i.currency,
    period: i.period,
    rate: i.rate,
    usdPerUnit: i.usdPerUnit,
    asOf: day(i.asOf),
    sourceId: await refs.source("sourceKey", i.sourceKey),
    note: i.note,
    lastCheckedOn: day(i.lastCheckedOn),
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
