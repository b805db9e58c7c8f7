// Which fields each curation form shows, and how: derived from the entity definitions (lib/curation/registry).
import { REGISTRY } from "../curation/registry";
import type { FieldSpec } from "../curation/registry/fields";
import type { EntityName } from "./curated";

export { OPTION_LABELS, type FieldKind, type FieldSpec, type OptionLabels } from "../curation/registry/fields";

export const FORM_FIELDS: { readonly [E in EntityName]: FieldSpec[] } = {
  jurisdictions: REGISTRY.jurisdictions.form,
  sources: REGISTRY.sources.form,
  instruments: REGISTRY.instruments.form,
  milestones: REGISTRY.milestones.form,
  assessments: REGISTRY.assessments.form,
  investmentFigures: REGISTRY.investmentFigures.form,
  exchangeRates: REGISTRY.exchangeRates.form,
  events: REGISTRY.events.form,
  flaggedClaims: REGISTRY.flaggedClaims.form,
};

/** Empty values for a new record (selects start on their first option). */
export function emptyValues(entity: EntityName): Record<string, unknown> {
  return Object.fromEntries(
    FORM_FIELDS[entity].map((f) => [
      f.name,
      f.kind === "sources" ? [] : f.kind === "checkbox" ? false : f.kind === "select" && !f.optional ? f.options[0] : "",
    ]),
  );
}
