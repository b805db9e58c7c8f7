import "server-only";
// The two charts of a jurisdiction's page as slides: its coded levels against every other jurisdiction (from the
// governance matrix, so a frozen embed rebuilds it from revisions) and its investment figures. An unknown or
// unpublished code resolves to no data (null), never to an exception.
import type { ChartView, SlideData } from "../dto/decks";
import type { JurisdictionPageDto } from "../dto/jurisdictions";
import { figuresAsOf } from "../charts/as-of";
import { kindText, localizeFigure, fundingLabel } from "../charts/figure-labels";
import { formatFigure } from "../charts/money";
import { localized } from "../charts/compare-state";
import { SERIES_COLORS } from "../../components/charts/palette";
import { buildLevelStrip } from "../../components/jurisdictions/level-strip-state";
import type { GovernanceMatrixDto } from "../dto/governance";
import { jurisdictionFiguresSlideData, jurisdictionLevelsSlideData } from "./slide-data";
import type { DeckLocale, Translate } from "./translate";

export type JurisdictionLoaders = {
  matrix: () => Promise<GovernanceMatrixDto>;
  jurisdiction: (code: string) => Promise<JurisdictionPageDto | null>;
};

const joiner = (locale: DeckLocale) => (locale === "zh" ? "、" : ", ");

export async function jurisdictionLevelsSlide(view: ChartView, locale: DeckLocale, t: Translate, load: JurisdictionLoaders): Promise<SlideData | null> {
  const code = (view.params.code ?? "").toUpperCase();
  const matrix = await load.matrix();
  const self = matrix.jurisdictions.find((j) => j.code === code);
  if (!self) return null;
  const name = localized(locale, self.nameEn, self.nameZh);
  const levelText = (level: number, max: number | null) => (max === null ? String(level) : t("jurisdiction.charts.levelOf", { level, max }));
  return jurisdictionLevelsSlideData(buildLevelStrip(matrix, code), matrix.asOf ?? "–", {
    title: t("jurisdiction.charts.levelsTitle", { name }),
    subtitle: t("decks.slideData.levelsSubtitle", { name, count: matrix.jurisdictions.length - 1 }),
    unit: t("decks.slideData.shareUnit"),
    name,
    highest: t("decks.slideData.levelsHighest"),
    lowest: t("decks.slideData.levelsLowest"),
    columns: {
      dimension: t("jurisdiction.charts.dimension"),
      coding: t("decks.slideData.levelsCoding", { name }),
      higher: t("decks.slideData.levelsHigher"),
      same: t("decks.slideData.levelsSame"),
      lower: t("decks.slideData.levelsLower"),
      others: t("decks.slideData.levelsOthers"),
    },
    dimensionName: (r) => localized(locale, r.nameEn, r.nameZh),
    coding: (r) => (r.level === null ? t("jurisdiction.notVerified") : `${localized(locale, r.labelEn ?? "", r.labelZh)} — ${levelText(r.level, r.maxLevel)}`),
    notVerified: (codes) => t("decks.slideData.levelsNotVerified", { codes: codes.join(joiner(locale)) }),
    sourceTitle: (s) => localized(locale, s.title, s.titleZh),
    caveat: t("decks.slideData.levelsCaveat"),
    lastChecked: matrix.lastChecked ?? t("timeline.notRecorded"),
    colors: SERIES_COLORS,
  });
}

export async function jurisdictionFiguresSlide(view: ChartView, locale: DeckLocale, t: Translate, load: JurisdictionLoaders): Promise<SlideData | null> {
  const page = await load.jurisdiction((view.params.code ?? "").toUpperCase());
  if (!page) return null;
  const name = localized(locale, page.jurisdiction.nameEn, page.jurisdiction.nameZh);
  const figures = page.figures.map((f) => localizeFigure(f, locale));
  const dates = figuresAsOf(figures);
  const lastChecked = dates.checkedTo === null ? null : dates.checkedFrom === dates.checkedTo ? dates.checkedTo : `${dates.checkedFrom} – ${dates.checkedTo}`;
  return jurisdictionFiguresSlideData(figures, dates.newest ?? "–", {
    title: t("jurisdiction.charts.figuresTitle", { name }),
    subtitle: t("decks.slideData.figuresSubtitle", { name, count: figures.length }),
    columns: {
      actor: t("jurisdiction.actor"),
      measure: t("jurisdiction.measure"),
      period: t("common.period"),
      kind: t("common.kind"),
      funding: t("jurisdiction.charts.funding"),
      value: t("decks.slideData.figuresValue"),
      sources: t("common.sources"),
    },
    kind: (f) => kindText(f, locale),
    funding: (key) => fundingLabel(key, locale),
    value: (f) => formatFigure(f, locale),
    caveat: (currencies, funding) =>
      t("decks.slideData.figuresCaveat", {
        currencies: currencies.join(joiner(locale)) || "–",
        funding: funding.map((f) => t("decks.slideData.fundingCount", { label: f.label, count: f.count })).join(joiner(locale)),
      }),
    lastChecked: lastChecked ?? t("timeline.notRecorded"),
  });
}
