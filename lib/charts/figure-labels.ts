// How a figure's kind and funding look and read, in one pure module shared by the web charts (server and client
// components), the PNG/SVG/CSV/JSON exports and the decks. Not a "use client" module: a server component that
// imports a constant from one receives a client reference, not the value (that emptied the kind legend and made
// the PNG/SVG export throw).
import enCore from "../../messages/en/core.json";
import zhCore from "../../messages/zh/core.json";
import enCharts from "../../messages/en/charts.json";
import zhCharts from "../../messages/zh/charts.json";
import type { FigureKind, InvestmentFigureDto } from "../dto/investment";
import { KIND_FILL, type FundingKey } from "./figure-style";

export type Locale = "en" | "zh";
export { KIND_ORDER, FUNDING_ORDER, KIND_FILL, FUNDING_COLORS, fundingOf, type FundingKey, type KindFill } from "./figure-style";

const catalogs = {
  en: { kinds: enCore.kinds, labels: enCharts.charts.figureLabels },
  zh: { kinds: zhCore.kinds, labels: zhCharts.charts.figureLabels },
} as const;

const loc = (locale: string): Locale => (locale === "zh" ? "zh" : "en");

export function kindLabel(kind: FigureKind, locale: string): string {
  return catalogs[loc(locale)].kinds[kind];
}

export function fundingLabel(funding: FundingKey, locale: string): string {
  return catalogs[loc(locale)].labels.funding[funding];
}

/** "Pledge (hatched)": the legend entry says how the kind is drawn, so a grey-scale print still reads. */
export function kindLegendLabel(kind: FigureKind, locale: string): string {
  const fill = catalogs[loc(locale)].labels.fill[KIND_FILL[kind]];
  return loc(locale) === "zh" ? `${kindLabel(kind, locale)}（${fill}）` : `${kindLabel(kind, locale)} (${fill})`;
}

/** Curator notes that only restate that nothing is known ("– (…)") are not shown to readers. */
export function readableNote(note: string | null | undefined): string | null {
  const t = note?.trim();
  if (!t || /^[–—-]\s*(\(|$)/.test(t)) return null;
  return t;
}

/** The kind as readers see it everywhere: the label, then the curator's detail when it adds something. */
export function kindText(f: Pick<InvestmentFigureDto, "kind" | "kindNote">, locale: string): string {
  const label = kindLabel(f.kind, locale);
  const english = catalogs.en.kinds[f.kind];
  // "Plan; $100bn now" → "$100bn now", "Guidance (Oct 2024)" → "Oct 2024", "Pledges" → nothing more to say.
  const detail = readableNote(f.kindNote)
    ?.replace(new RegExp(`^(${english}|${label})s?(?![A-Za-z])[\\s;:,.–—-]*`, "i"), "")
    .replace(/^\((.*)\)$/, "$1")
    .trim();
  return detail ? `${label} — ${detail}` : label;
}

/**
 * The figure with its reader-facing text in `locale`: on /zh the Chinese fields where curators have written
 * them (the English text otherwise). Charts, tables and exports all read the localized copy.
 */
export function localizeFigure(figure: InvestmentFigureDto, locale: string): InvestmentFigureDto {
  const f = withOwnYen(figure);
  if (loc(locale) !== "zh") return f;
  return {
    ...f,
    actorName: f.actorNameZh ?? f.actorName,
    measure: f.measureZh ?? f.measure,
    periodLabel: f.periodLabelZh ?? f.periodLabel,
    kindNote: f.kindNoteZh ?? f.kindNote,
    comparabilityNote: f.comparabilityNoteZh ?? f.comparabilityNote,
    note: f.noteZh ?? f.note,
  };
}

const YEN_PREFIX: Record<string, string> = { CNY: "CN¥", JPY: "JP¥" };

/** A bare "¥" in a yuan or yen figure's own notes means that figure's currency: say which (CN¥ / JP¥). */
function withOwnYen(f: InvestmentFigureDto): InvestmentFigureDto {
  const prefix = f.currency ? YEN_PREFIX[f.currency] : undefined;
  if (!prefix) return f;
  const fix = (s: string | null | undefined) => s?.replace(/(?<![A-Z])¥/g, prefix) ?? null;
  return {
    ...f,
    measure: fix(f.measure)!,
    measureZh: fix(f.measureZh),
    comparabilityNote: fix(f.comparabilityNote),
    comparabilityNoteZh: fix(f.comparabilityNoteZh),
    note: fix(f.note),
    noteZh: fix(f.noteZh),
    kindNote: fix(f.kindNote),
    kindNoteZh: fix(f.kindNoteZh),
  };
}
