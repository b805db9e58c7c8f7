"use client";
import { useId, useMemo, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { searchSources, type SearchableSource } from "@/lib/validations/source-search";
import { Button } from "@/components/ui/button";
import { CuratedFieldError } from "./custom-field";
import { Label } from "@/components/ui/label";

type Props = {
  name: string;
  label: string;
  options: SearchableSource[];
  value: string[];
  onChange: (v: string[]) => void;
  error?: string;
  required?: boolean;
};

/**
 * Sources a record cites. The chosen ones are listed first, as removable chips and as checked boxes at the top
 * of the list; the search box narrows the rest by key, title or publisher. Plain checkboxes named after the
 * field, so it works with the keyboard, screen readers and as a form post.
 */
export function SourcePicker(props: Props) {
  const t = useTranslations("forms.sources");
  const locale = useLocale();
  const [query, setQuery] = useState("");
  const id = useId();
  const byKey = useMemo(() => new Map(props.options.map((o) => [o.value, o])), [props.options]);
  const title = (o: SearchableSource) => (locale === "zh" && o.titleZh ? o.titleZh : o.title);
  const chosen = props.value.map((key) => byKey.get(key) ?? { value: key, title: key, titleZh: null, publisher: null });
  const matches = searchSources(props.options, query).filter((o) => !props.value.includes(o.value));
  const toggle = (key: string, on: boolean) => props.onChange(on ? [...props.value, key] : props.value.filter((v) => v !== key));
  const describedBy = [`${id}-count`, props.error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <fieldset className="min-w-0" aria-describedby={props.error ? `${id}-error` : undefined} aria-invalid={Boolean(props.error)} data-field={props.name}>
      <legend className="text-sm font-medium">
        {props.label}
        {props.required && " *"}
      </legend>
      <div className="mt-1 rounded border border-slate-200 bg-slate-50 p-2" data-testid="chosen-sources">
        <p className="text-xs font-medium text-slate-700">{t("chosen", { count: chosen.length })}</p>
        {chosen.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noneChosen")}</p>
        ) : (
          <ul className="mt-1 flex flex-wrap gap-1.5" aria-label={t("chosen", { count: chosen.length })}>
            {chosen.map((o) => (
              <li
                key={o.value}
                className="flex max-w-full items-center gap-1 rounded-full border border-brand-700 bg-white py-0.5 pl-2 pr-1 text-sm"
                data-chosen-source={o.value}
              >
                <span className="truncate" title={title(o)}>
                  <strong>{o.value}</strong> {title(o)}
                </span>
                <Button
                  variant="remove"
                  size="icon"
                  shape="pill"
                  aria-label={t("remove", { source: `${o.value} ${title(o)}` })}
                  onClick={() => toggle(o.value, false)}
                >
                  ×
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <Label size="xs" className="mt-2 text-slate-700" htmlFor={`${id}-search`}>
        {t("search")}
      </Label>
      <input
        id={`${id}-search`}
        type="search"
        placeholder={t("searchPlaceholder")}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        aria-controls={`${id}-list`}
        aria-describedby={describedBy}
        className="mt-1 w-full rounded border border-slate-300 px-2 py-1 text-sm"
        data-testid="source-search"
      />
      <p id={`${id}-count`} role="status" className="mt-1 text-xs text-slate-600">
        {query.trim() ? t("results", { count: matches.length, query: query.trim() }) : ""}
      </p>
      <div id={`${id}-list`} className="mt-1 max-h-56 overflow-y-auto rounded border border-slate-200 p-2" data-testid="source-options">
        {/* Chosen first (checked), then the matches: what is selected never scrolls out of sight. */}
        {[...chosen, ...matches].map((o) => {
          const on = props.value.includes(o.value);
          return (
            <label key={o.value} className={`flex items-start gap-2 py-0.5 text-sm ${on ? "font-medium" : ""}`} data-source-option={o.value}>
              <input type="checkbox" className="mt-1" name={props.name} value={o.value} checked={on} onChange={(e) => toggle(o.value, e.target.checked)} />
              <span>
                {o.value} — {title(o)}
                {o.publisher && <span className="font-normal text-slate-600"> · {o.publisher}</span>}
              </span>
            </label>
          );
        })}
      </div>
      <CuratedFieldError name={props.name} id={`${id}-error`} error={props.error} />
    </fieldset>
  );
}
