import type { ReactNode } from "react";

/** A curated field's error, under the field; `data-error-for` lets the form and its tests find it by field name. */
export function CuratedFieldError({ name, id, error }: { name: string; id?: string; error?: ReactNode }) {
  if (!error) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700" data-error-for={name}>
      {error}
    </p>
  );
}

/**
 * The frame of a curated form's own controls (amount, last checked): the label above (a <label> when it names one
 * control, `labelFor`; plain text when the controls carry their own labels), the controls, and the field's error.
 */
export function CustomField(props: { name: string; label: ReactNode; labelFor?: string; errorId: string; error?: ReactNode; children: ReactNode }) {
  const Label = props.labelFor ? "label" : "span";
  return (
    <div data-field={props.name}>
      <Label className="block text-sm font-medium" htmlFor={props.labelFor}>
        {props.label}
      </Label>
      {props.children}
      <CuratedFieldError name={props.name} id={props.errorId} error={props.error} />
    </div>
  );
}
