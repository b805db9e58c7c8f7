// Form field specs and the builders the entity definitions use. Field labels come from the "curation.fields"
// messages; each select names the catalog entry that labels its options (the one the public pages already use,
// where they have one), so that a value reads the same in the form as on the site. tests/unit/form-labels.test.ts
// checks that every option of every form has a label in both languages.
import { CONFIDENCE } from "../enums";

export type FieldKind =
  | { kind: "text" }
  | { kind: "textarea" }
  | { kind: "number" }
  | { kind: "decimal" }
  /** An amount in the figure's currency: typed with a unit (million, billion, …), stored in full units. */
  | { kind: "amount" }
  | { kind: "date" }
  /** When a curator last checked the record against its sources: a date with a "today" button. */
  | { kind: "lastChecked" }
  | { kind: "checkbox" }
  | { kind: "select"; options: readonly string[]; optional?: boolean; labels: OptionLabels }
  | { kind: "ref"; list: "jurisdictions" | "instruments" | "dimensions" | "figures" | "sources"; optional?: boolean }
  | { kind: "sources" };

export type FieldSpec = { name: string; required?: boolean; wide?: boolean } & FieldKind;

/** Where each select's option labels live in the message catalogs (key `${path}.${value}`). */
export const OPTION_LABELS = {
  confidence: "confidence",
  precision: "forms.options.precision",
  jurisdictionKind: "jurisdictions.kind",
  sourceKind: "sources.kind",
  instrumentStatus: "jurisdictions.status",
  actorType: "investment.actorTypes",
  category: "investment.categories",
  funding: "charts.figureLabels.funding",
  qualifier: "forms.options.qualifier",
  periodType: "forms.options.periodType",
  figureKind: "kinds",
} as const;
export type OptionLabels = (typeof OPTION_LABELS)[keyof typeof OPTION_LABELS];

export const text = (name: string, required = false): FieldSpec => ({ name, kind: "text", required });
export const area = (name: string, required = false): FieldSpec => ({ name, kind: "textarea", required, wide: true });
export const select = (name: string, options: readonly string[], labels: OptionLabels, optional = false): FieldSpec => ({
  name,
  kind: "select",
  options,
  labels,
  optional,
  required: !optional,
});
export const ref = (name: string, list: Extract<FieldKind, { kind: "ref" }>["list"], optional = false): FieldSpec => ({
  name,
  kind: "ref",
  list,
  optional,
  required: !optional,
});
export const date = (name: string, required = false): FieldSpec => ({ name, kind: "date", required });
export const number = (name: string): FieldSpec => ({ name, kind: "number" });
export const checkbox = (name: string): FieldSpec => ({ name, kind: "checkbox" });
export const amount = (name: string): FieldSpec => ({ name, kind: "amount", wide: true });
export const sources = (name = "sourceKeys", required = true): FieldSpec => ({ name, kind: "sources", wide: true, required });
export const confidenceFields = [select("confidence", CONFIDENCE, OPTION_LABELS.confidence), text("confidenceNote")];
export const lastChecked: FieldSpec = { name: "lastCheckedOn", kind: "lastChecked" };
/** Confidence, its note, the last check and the sources (at least one): the form's closing fields for most entities. */
export const evidenceFields: FieldSpec[] = [...confidenceFields, lastChecked, sources()];
