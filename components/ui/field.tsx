import type { ReactNode } from "react";
import { Label } from "./label";

// A labelled control with its hint and error right below it, tied to it for screen readers: pass the ids from
// `fieldIds(id)` to the control (`aria-describedby`) so the error is read with the field.

export function fieldDescribedBy(id: string, has: { hint?: boolean; error?: boolean }): string | undefined {
  return [has.hint ? `${id}-hint` : "", has.error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
}

export const inputClass = "w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-red-700";

export function Field(props: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  optionalLabel?: string;
  /** data-field-error value, for tests and for focusing the first error */
  name?: string;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1">
      <Label htmlFor={props.id}>
        {props.label}
        {props.optionalLabel && <span className="ml-1 font-normal text-slate-600">({props.optionalLabel})</span>}
      </Label>
      {props.children}
      {props.hint && (
        <p id={`${props.id}-hint`} className="text-xs text-slate-600">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={`${props.id}-error`} className="text-sm font-medium text-red-800" data-field-error={props.name}>
          {props.error}
        </p>
      )}
    </div>
  );
}
