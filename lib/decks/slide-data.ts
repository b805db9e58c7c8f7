// Pure transforms from the charts' own states to the provider-neutral SlideData that presenter mode, the PDF
// and the PowerPoint export all draw; one module per chart kind under ./slides. Every number comes from a chart
// state; nothing is summed or invented.
export { sortSourceKeys, sourceLines, type SourceTitles } from "./slides/sources";
export { capexSlideData, privateSlideData, initiativesSlideData, type CapexLabels, type PrivateLabels, type InitiativesLabels } from "./slides/investment";
export { compareSlideData, type CompareLabels } from "./slides/compare";
export { timelineSlideData, type TimelineLabels } from "./slides/timeline";
export { jurisdictionLevelsSlideData, type JurisdictionLevelsLabels } from "./slides/jurisdiction-levels";
export { jurisdictionFiguresSlideData, type JurisdictionFiguresLabels } from "./slides/jurisdiction-figures";
