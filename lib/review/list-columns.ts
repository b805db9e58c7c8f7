// The value columns that identify a record in its admin list, per entity (the label column comes first): derived
// from the entity definitions (lib/curation/registry).
import { REGISTRY } from "../curation/registry";
import type { ListColumn } from "../curation/registry/list-cells";
import type { EntityName } from "../validations/curated";

export { figureValue, type ListCell, type ListColumn } from "../curation/registry/list-cells";

export const LIST_COLUMNS: { readonly [E in EntityName]: ListColumn[] } = {
  jurisdictions: REGISTRY.jurisdictions.list,
  sources: REGISTRY.sources.list,
  instruments: REGISTRY.instruments.list,
  milestones: REGISTRY.milestones.list,
  assessments: REGISTRY.assessments.list,
  investmentFigures: REGISTRY.investmentFigures.list,
  exchangeRates: REGISTRY.exchangeRates.list,
  events: REGISTRY.events.list,
  flaggedClaims: REGISTRY.flaggedClaims.list,
};
