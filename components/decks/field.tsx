"use client";
import { useId, type ReactNode } from "react";

type Common = { label: string; name: string; error?: string; hint?: ReactNode; required?: boolean; optionalLabel?: string };

function Wrapper(props: Common & { id: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={props.id} className="block text-sm font-medium">
        {props.label}
        {props.optionalLabel && <span className="ml-1 font-normal text-slate-600">({props.optionalLabel})</span>}
      </label>
      {props.children}
      {props.hint && <p id={`${props.id}-hint`} className="text-xs text-slate-600">{props.hint}</p>}
      {props.error && (
        <p id={`${props.id}-error`} className="text-sm font-medium text-red-800" data-field-error={props.name}>
          {props.error}
        </p>
      )}
    </div>
  );
}

const inputClass = "w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-red-700";

function describedBy(id: string, p: Common) {
  return [p.hint ? `${id}-hint` : "", p.error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
}

/** A labelled input whose error sits right under it and is tied to it for screen readers. */
export function TextField(props: Common & { value: string; onChange: (v: string) => void; type?: "text" | "date"; maxLength?: number }) {
  const id = useId();
  return (
    <Wrapper {...props} id={id}>
      <input
        id={id}
        name={props.name}
        type={props.type ?? "text"}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        required={props.required}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props)}
        className={inputClass}
      />
    </Wrapper>
  );
}

export function TextArea(props: Common & { value: string; onChange: (v: string) => void; rows?: number }) {
  const id = useId();
  return (
    <Wrapper {...props} id={id}>
      <textarea
        id={id}
        name={props.name}
        rows={props.rows ?? 3}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props)}
        className={inputClass}
      />
    </Wrapper>
  );
}

export const buttonClass = "rounded border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-60";
export const primaryButtonClass = "rounded bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-900 disabled:cursor-not-allowed disabled:opacity-60";
