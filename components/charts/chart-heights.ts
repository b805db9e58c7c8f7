// Chart heights shared by the Recharts views and the boxes that hold their place until they load (lazy-charts.tsx).
export const initiativesChartHeight = (bars: number) => Math.max(160, bars * 48 + 40);
export const GROUPED_BAR_CHART_HEIGHT = 360;
export const CAPEX_CHART_HEIGHT = 420;
/** The governance comparison: a group of 16 px bars per dimension, one bar per selected jurisdiction. */
export const comparisonChartHeight = (dimensions: number, jurisdictions: number) => dimensions * (jurisdictions * 18 + 24) + 70;
