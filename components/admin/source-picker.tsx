"use client";
import { useId, useState } from "react";
import { useTranslations } from "next-intl";

type Option = { value: string; label: string };

/** Multi-select of sources with a filter box; a list of checkboxes, so it works with keyboard and screen readers. */
export function SourcePicker(props: { name: string; label: string; options: Option[]; value: string[]; onChange: (v: string[]) => void; error?: string; required?: boolean }) {
  const t = useTranslations("curation.form");
  const [filter, setFilter] = useState("");
  const id = useId();
  const shown = props.options.filter((o) => o.label.toLowerCase().includes(filter.toLowerCase()) || props.value.includes(o.value));
  return (
    <fieldset className="min-w-0" aria-describedby={props.error ? `${id}-error` : undefined} data-field={props.name}>
      <legend className="text-sm font-medium">
        {props.label}
        {props.required && " *"} <span className="font-normal text-slate-600">({t("selected", { count: props.value.length })})</span>
      </legend>
      <input
        type="search"
        aria-label={`${props.label}: ${t("filter")}`}
        placeholder={t("filter")}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        className="mt-1 w-full rounded border border-slate-300 px-2 py-1 text-sm"
      />
      <div className="mt-1 max-h-48 overflow-y-auto rounded border border-slate-200 p-2">
        {shown.map((o) => (
          <label key={o.value} className="flex items-start gap-2 py-0.5 text-sm">
            <input
              type="checkbox"
              className="mt-1"
              checked={props.value.includes(o.value)}
              onChange={(e) => props.onChange(e.target.checked ? [...props.value, o.value] : props.value.filter((v) => v !== o.value))}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {props.error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {props.error}
        </p>
      )}
    </fieldset>
  );
}
