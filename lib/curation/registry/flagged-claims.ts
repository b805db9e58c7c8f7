import type { Prisma } from "../../generated/prisma/client";
import { area, lastChecked, ref, sources, text } from "./fields";
import { column, textCell, truncate } from "./list-cells";
import { keysOf, setOrConnect } from "./mapping";
import { defineEntity } from "./types";

const include = {
  source: { select: { key: true } },
  evidence: { select: { key: true } },
  instrument: { select: { slug: true } },
  investmentFigure: { select: { slug: true } },
} as const;
type Row = Prisma.FlaggedClaimGetPayload<{ include: typeof include }>;

export const flaggedClaims = defineEntity("flaggedClaims", {
  model: "flaggedClaim",
  include,
  label: (i) => `${i.sourceKey} · ${i.claimEn.slice(0, 60)}`,
  columns: ["slug", "claimEn", "claimZh", "correctionEn", "correctionZh"],
  dates: ["lastCheckedOn"],
  toInput: (r: Row) => ({
    sourceKey: r.source.key,
    instrumentSlug: r.instrument?.slug ?? null,
    investmentFigureSlug: r.investmentFigure?.slug ?? null,
    evidenceKeys: keysOf(r.evidence),
  }),
  toData: async (i, refs, mode) => ({
    sourceId: await refs.source("sourceKey", i.sourceKey),
    instrumentId: await refs.instrument("instrumentSlug", i.instrumentSlug),
    investmentFigureId: await refs.figure("investmentFigureSlug", i.investmentFigureSlug),
    evidence: setOrConnect(mode, await refs.sources("evidenceKeys", i.evidenceKeys)),
  }),
  searchFields: ["slug", "claimEn", "correctionEn"],
  matchKey: ["slug"],
  form: [
    text("slug", true),
    ref("sourceKey", "sources"),
    area("claimEn", true),
    area("claimZh"),
    area("correctionEn", true),
    area("correctionZh"),
    ref("instrumentSlug", "instruments", true),
    ref("investmentFigureSlug", "figures", true),
    lastChecked,
    sources("evidenceKeys"),
  ],
  list: [column("source", "sourceKey"), { key: "correction", cell: (v) => textCell(typeof v.correctionEn === "string" ? truncate(v.correctionEn, 80) : null) }],
});
