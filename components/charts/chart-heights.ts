// Chart heights: the initiatives' drawing (by bar count) and the compare chart's box that holds its place until it loads.
export const initiativesChartHeight = (bars: number) => Math.max(160, bars * 48 + 40);
/** The governance comparison: a group of 16 px bars per dimension, one bar per selected jurisdiction. */
export const comparisonChartHeight = (dimensions: number, jurisdictions: number) => dimensions * (jurisdictions * 18 + 24) + 70;
