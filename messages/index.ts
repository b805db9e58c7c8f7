// Message catalogs, one file per area so that areas can be edited independently. Each file holds top-level
// namespaces (e.g. overview.json → { "overview": …, "headline": … }); keys must not collide across files.
import enCore from "./en/core.json";
import enOverview from "./en/overview.json";
import enAdmin from "./en/admin.json";
import enInvestment from "./en/investment.json";
import enCompare from "./en/compare.json";
import enTimeline from "./en/timeline.json";
import enJurisdictions from "./en/jurisdictions.json";
import enSources from "./en/sources.json";
import enPresent from "./en/present.json";
import enCharts from "./en/charts.json";
import enCuration from "./en/curation.json";
import enUsers from "./en/users.json";
import enHttp from "./en/http.json";
import enTrust from "./en/trust.json";
import enReview from "./en/review.json";
import enForms from "./en/forms.json";
import enOpendata from "./en/opendata.json";
import enImport from "./en/import.json";
import enEmbed from "./en/embed.json";
import enMap from "./en/map.json";
import enErrors from "./en/errors.json";
import zhCore from "./zh/core.json";
import zhOverview from "./zh/overview.json";
import zhAdmin from "./zh/admin.json";
import zhInvestment from "./zh/investment.json";
import zhCompare from "./zh/compare.json";
import zhTimeline from "./zh/timeline.json";
import zhJurisdictions from "./zh/jurisdictions.json";
import zhSources from "./zh/sources.json";
import zhPresent from "./zh/present.json";
import zhCharts from "./zh/charts.json";
import zhCuration from "./zh/curation.json";
import zhUsers from "./zh/users.json";
import zhHttp from "./zh/http.json";
import zhTrust from "./zh/trust.json";
import zhReview from "./zh/review.json";
import zhForms from "./zh/forms.json";
import zhOpendata from "./zh/opendata.json";
import zhImport from "./zh/import.json";
import zhEmbed from "./zh/embed.json";
import zhMap from "./zh/map.json";
import zhErrors from "./zh/errors.json";

export const messages = {
  en: {
    ...enCore,
    ...enOverview,
    ...enAdmin,
    ...enInvestment,
    ...enCompare,
    ...enTimeline,
    ...enJurisdictions,
    ...enSources,
    ...enPresent,
    ...enCharts,
    ...enCuration,
    ...enUsers,
    ...enHttp,
    ...enTrust,
    ...enReview,
    ...enForms,
    ...enOpendata,
    ...enImport,
    ...enEmbed,
    ...enMap,
    ...enErrors,
  },
  zh: {
    ...zhCore,
    ...zhOverview,
    ...zhAdmin,
    ...zhInvestment,
    ...zhCompare,
    ...zhTimeline,
    ...zhJurisdictions,
    ...zhSources,
    ...zhPresent,
    ...zhCharts,
    ...zhCuration,
    ...zhUsers,
    ...zhHttp,
    ...zhTrust,
    ...zhReview,
    ...zhForms,
    ...zhOpendata,
    ...zhImport,
    ...zhEmbed,
    ...zhMap,
    ...zhErrors,
  },
};
