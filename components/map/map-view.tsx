// The world map page's chart: the choropleth (server SVG), its details panel, key, the international bodies beside
// it, a table with the same data, and the exports every chart has.
import { getTranslations } from "next-intl/server";
import type { GovernanceMatrixDto, GovernanceAssessmentDto, GovernanceJurisdictionDto, CitedSource } from "@/lib/dto/governance";
import { alpha2OfShape, buildMapState, type MapState, type ShadeStatus } from "@/lib/charts/map-state";
import { isSpectrum, levelColor, localized, newestDate } from "@/lib/charts/compare-state";
import { compareSourceKeys } from "@/lib/format/source-order";
import { LAW_MODE } from "@/lib/charts/map-law";
import { ChartFrame } from "@/components/charts/chart-frame";
import { ChartDataTable } from "@/components/charts/chart-data-table";
import { mapGeometry } from "./map-geometry";
import { MapDetails } from "./map-details";
import { NOT_CODED_FILL, WorldMapSvg, type ShapeText } from "./world-map-svg";

type Words = Awaited<ReturnType<typeof getTranslations<"map">>>;

export async function MapView({ matrix, dimensionKey, locale }: { matrix: GovernanceMatrixDto; dimensionKey: string; locale: string }) {
  const t = await getTranslations("map");
  const tc = await getTranslations("charts");
  const tCommon = await getTranslations("common");
  const dimension = matrix.dimensions.find((d) => d.key === dimensionKey)!;
  const law = dimension.key === LAW_MODE;
  const geo = mapGeometry();
  const state = buildMapState({
    jurisdictions: matrix.jurisdictions,
    dimension,
    countryIds: geo.world.shapes.map((s) => s.id),
    stateIds: geo.us.shapes.map((s) => s.id),
  });
  const L = (en: string, zh: string | null | undefined) => localized(locale, en, zh);
  const dimensionName = L(dimension.nameEn, dimension.nameZh);
  const regionNames = new Intl.DisplayNames([locale === "zh" ? "zh-CN" : "en"], { type: "region" });
  const byCode = new Map(matrix.jurisdictions.map((j) => [j.code, j]));
  const nameOf = (j: GovernanceJurisdictionDto) => L(j.nameEn, j.nameZh);
  const countryName = (id: string, atlasName: string) => {
    const alpha2 = alpha2OfShape(id);
    return alpha2 ? (regionNames.of(alpha2) ?? atlasName) : atlasName;
  };
  const coding = (status: ShadeStatus, a: GovernanceAssessmentDto | null) =>
    status === "coded" && a
      ? `${L(a.labelEn, a.labelZh)} (${t("levelOf", { level: a.level ?? "–", max: dimension.maxLevel ?? "–" })})`
      : status === "not-verified" && a
        ? `${L(a.labelEn, a.labelZh)} (${t("notVerified")})`
        : status === "not-coded"
          ? t(law ? "lawNotCoded" : "notCoded")
          : t("notCovered");
  const href = (code: string) => `/${locale}/jurisdictions/${code.toLowerCase()}`;

  const country = (id: string, atlasName: string): ShapeText => {
    const s = state.countries[id];
    const own = s?.via === "own" && s.code ? byCode.get(s.code) : undefined;
    const name = own ? nameOf(own) : countryName(id, atlasName);
    if (!s || s.status === "not-covered" || !s.code) return { name, shown: "", coding: t("notCovered"), rationale: "", href: null };
    const eu = byCode.get(s.code)!;
    return {
      name,
      shown: s.via === "eu" ? `${t("viaEu")}: ${nameOf(eu)}` : t("own"),
      coding: coding(s.status, s.assessment),
      rationale: s.assessment ? L(s.assessment.rationaleEn, s.assessment.rationaleZh) : "",
      href: href(s.code),
    };
  };
  const usState = (id: string, atlasName: string): ShapeText => {
    const s = state.states[id];
    const own = s?.code ? byCode.get(s.code) : undefined;
    if (!s || !own) return { name: atlasName, shown: "", coding: t("notCovered"), rationale: "", href: null };
    return {
      name: nameOf(own),
      shown: t("stateRow"),
      coding: coding(s.status, s.assessment),
      rationale: s.assessment ? L(s.assessment.rationaleEn, s.assessment.rationaleZh) : "",
      href: href(own.code),
    };
  };

  const shownAs = (d: MapState["drawn"][number]) =>
    d.memberShapes.length
      ? t("viaEu")
      : d.jurisdiction.kind === "SUBNATIONAL"
        ? t("stateRow")
        : d.shapes.length
          ? t("own")
          : d.jurisdiction.kind === "COUNTRY"
            ? `${t("viaEu")}`
            : t("own");
  const memberNames = (d: MapState["drawn"][number]) =>
    d.memberShapes
      .map((id) => countryName(id, id))
      .sort((a, b) => a.localeCompare(b, locale))
      .join(locale === "zh" ? "、" : ", ");
  const sourcesOf = (a: GovernanceAssessmentDto | null) => (a?.sources ?? []).map((s) => s.key).join(", ");
  const rows = [
    ...state.drawn.map((d) => ({
      code: d.jurisdiction.code,
      jurisdiction: nameOf(d.jurisdiction),
      shownAs: shownAs(d),
      coding: coding(d.status, d.assessment),
      level: d.assessment?.level ?? "",
      rationale: d.assessment ? L(d.assessment.rationaleEn, d.assessment.rationaleZh) : "",
      asOf: d.assessment?.asOf ?? "",
      sources: sourcesOf(d.assessment),
      memberStates: memberNames(d),
    })),
    ...state.listed.map((l) => ({
      code: l.jurisdiction.code,
      jurisdiction: nameOf(l.jurisdiction),
      shownAs: t("listed"),
      coding: coding(l.status, l.assessment),
      level: l.assessment?.level ?? "",
      rationale: l.assessment ? L(l.assessment.rationaleEn, l.assessment.rationaleZh) : "",
      asOf: l.assessment?.asOf ?? "",
      sources: sourcesOf(l.assessment),
      memberStates: "",
    })),
  ];
  const shown = [...state.drawn, ...state.listed].map((d) => d.assessment).filter((a): a is GovernanceAssessmentDto => a !== null);
  const asOf = t("asOf", { date: newestDate(shown.map((a) => a.asOf)) ?? "–", checked: newestDate(shown.map((a) => a.lastChecked)) ?? "–" });
  const sources = new Map<string, CitedSource>();
  for (const a of shown) for (const s of a.sources) sources.set(s.key, s);
  const sourceLines = [...sources.values()]
    .sort((a, b) => compareSourceKeys(a.key, b.key))
    .map((s) => `${s.key} ${locale === "zh" && s.titleZh ? s.titleZh : s.title} — ${s.publisher || "–"}`);
  const spectrum = isSpectrum(dimension.key);
  const legendItems = [
    ...dimension.scale.map((s) => ({
      label: `${s.level}: ${L(s.en, s.zh)}`,
      color: levelColor(s.level, dimension.maxLevel, spectrum)?.background ?? "#ffffff",
    })),
    { label: t("legendNotVerified"), color: "#94a3b8", hatch: true },
    { label: t(law ? "legendLawNotCoded" : "legendNotCoded"), color: NOT_CODED_FILL },
    { label: t("legendNotCovered"), color: "#ffffff", dots: true },
  ];
  const coded = state.drawn.filter((d) => d.status === "coded" || d.status === "not-verified").length;
  const members = state.drawn.find((d) => d.memberShapes.length)?.memberShapes.length ?? 0;
  const columns = ["jurisdiction", "shownAs", "coding", "level", "rationale", "asOf", "sources", "memberStates"] as const;
  const title = t("chartTitle", { dimension: dimensionName });
  return (
    <ChartFrame
      id="world-map"
      title={title}
      subtitle={L(dimension.descriptionEn, dimension.descriptionZh)}
      summary={t("summary", {
        coded,
        dimension: dimensionName,
        members,
        states: state.drawn.filter((d) => d.jurisdiction.kind === "SUBNATIONAL").length,
        listed: state.listed.length,
      })}
      asOf={asOf}
      tableLabel={tCommon("dataTable")}
      exportData={{
        filename: `govatlas-world-map-${dimension.key}`,
        rows: rows.map(({ code, ...r }) => ({ code, ...r })),
        stamp: {
          title,
          subtitle: t("usInsetNote"),
          legends: [{ title: t("legendTitle"), items: legendItems.map((l) => ({ label: l.label, color: l.color })) }],
          asOf,
          sourcesTitle: tc("sourcesTitle"),
          sources: sourceLines,
        },
      }}
      notes={<MapNotes t={t} legend={legendItems} state={state} nameOf={nameOf} coding={coding} L={L} />}
      table={
        <ChartDataTable
          testId="world-map-table"
          columns={columns.map((c) => t(`columns.${c}`))}
          rows={rows.map((r) => ({ key: r.code, slug: r.code, cells: columns.map((c) => r[c]) }))}
        />
      }
    >
      <MapDetails title={t("details")} hint={t("detailsHint")}>
        <WorldMapSvg world={geo.world} us={geo.us} state={state} title={title} insetTitle={t("usInset")} country={country} usState={usState} />
      </MapDetails>
    </ChartFrame>
  );
}

function MapNotes(props: {
  t: Words;
  legend: { label: string; color: string; hatch?: boolean; dots?: boolean }[];
  state: MapState;
  nameOf: (j: GovernanceJurisdictionDto) => string;
  coding: (status: ShadeStatus, a: GovernanceAssessmentDto | null) => string;
  L: (en: string, zh: string | null | undefined) => string;
}) {
  const { t } = props;
  return (
    <div className="space-y-2">
      <div>
        <p className="font-semibold text-slate-800">{t("legendTitle")}</p>
        <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1" data-testid="map-legend">
          {props.legend.map((l) => (
            <li key={l.label} className="flex items-center gap-1">
              <span
                className="inline-block h-3 w-4 rounded-sm border border-slate-400"
                style={
                  l.hatch
                    ? { backgroundImage: "repeating-linear-gradient(135deg, #94a3b8 0 2px, #f8fafc 2px 5px)" }
                    : l.dots
                      ? { backgroundColor: "#ffffff", backgroundImage: "radial-gradient(#94a3b8 0.8px, transparent 1px)", backgroundSize: "5px 5px" }
                      : { background: l.color }
                }
                aria-hidden
              />
              {l.label}
            </li>
          ))}
        </ul>
      </div>
      <p>{t("usInsetNote")}</p>
      {props.state.listed.length > 0 && (
        <section aria-labelledby="map-listed-title">
          <h3 id="map-listed-title" className="font-semibold text-slate-800">
            {t("listedTitle")}
          </h3>
          <ul className="mt-1 space-y-1" data-testid="map-listed">
            {props.state.listed.map((l) => (
              <li key={l.jurisdiction.code}>
                <span className="font-medium">{props.nameOf(l.jurisdiction)}</span>: {props.coding(l.status, l.assessment)}
                {l.assessment && <span className="block text-slate-600">{props.L(l.assessment.rationaleEn, l.assessment.rationaleZh)}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
