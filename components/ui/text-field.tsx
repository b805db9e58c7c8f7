"use client";
import { useId, type ReactNode } from "react";
import { Field, fieldDescribedBy, inputClass } from "./field";

// Controlled text inputs on top of `Field`: the label, hint and error come from the one field layout.
type Common = { label: string; name: string; error?: string; hint?: ReactNode; required?: boolean; optionalLabel?: string };

function controlProps(id: string, p: Common) {
  return {
    id,
    name: p.name,
    "aria-invalid": p.error ? true : undefined,
    "aria-describedby": fieldDescribedBy(id, { hint: Boolean(p.hint), error: Boolean(p.error) }),
    className: inputClass,
  };
}

/** A labelled input whose error sits right under it and is tied to it for screen readers. */
export function TextField(props: Common & { value: string; onChange: (v: string) => void; type?: "text" | "date"; maxLength?: number }) {
  const id = useId();
  return (
    <Field id={id} label={props.label} hint={props.hint} error={props.error} optionalLabel={props.optionalLabel} name={props.name}>
      <input
        {...controlProps(id, props)}
        type={props.type ?? "text"}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        required={props.required}
      />
    </Field>
  );
}

export function TextArea(props: Common & { value: string; onChange: (v: string) => void; rows?: number }) {
  const id = useId();
  return (
    <Field id={id} label={props.label} hint={props.hint} error={props.error} optionalLabel={props.optionalLabel} name={props.name}>
      <textarea {...controlProps(id, props)} rows={props.rows ?? 3} value={props.value} onChange={(e) => props.onChange(e.target.value)} />
    </Field>
  );
}

/** A labelled select over `options` (each a value and the text shown for it). */
export function SelectField<V extends string>(props: Common & { value: V; onChange: (v: V) => void; options: { value: V; label: string }[] }) {
  const id = useId();
  return (
    <Field id={id} label={props.label} hint={props.hint} error={props.error} optionalLabel={props.optionalLabel} name={props.name}>
      <select {...controlProps(id, props)} value={props.value} onChange={(e) => props.onChange(e.target.value as V)}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
