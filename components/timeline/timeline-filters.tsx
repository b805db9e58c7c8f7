"use client";
import { useLocale, useTranslations } from "next-intl";
import { STATUSES, toggle, type TimelineDomain, type TimelineFilters } from "@/lib/charts/timeline-state";
import type { TimelineStatus } from "@/lib/dto/timeline";
import { localized } from "@/components/jurisdictions/localized";
import { MarkIcon } from "./timeline-marks";

const box = "rounded border border-slate-200 p-2";
const legendClass = "px-1 text-sm font-medium";

export function TimelineFiltersForm(props: {
  domain: TimelineDomain;
  filters: TimelineFilters;
  laneNames: Record<string, string>;
  onChange: (next: TimelineFilters) => void;
}) {
  const t = useTranslations("timeline");
  const locale = useLocale();
  const { domain, filters, onChange } = props;
  const set = (patch: Partial<TimelineFilters>) => onChange({ ...filters, ...patch });
  const typeKeys = domain.types.map((x) => x.key);
  const years = Array.from({ length: domain.maxYear - domain.minYear + 1 }, (_, k) => domain.minYear + k);
  const count = (selected: string[], total: number) => t("filters.selected", { count: selected.length || total, total });
  const isOn = (selected: string[], v: string) => !selected.length || selected.includes(v);
  // "Nothing selected" cannot be expressed (an empty list means all), so the last selected box stays checked.
  const isLast = (selected: string[], v: string) => selected.length === 1 && selected[0] === v;

  return (
    <form className="space-y-3 rounded-lg border border-slate-200 bg-white p-3" aria-label={t("filters.legend")} onSubmit={(e) => e.preventDefault()}>
      <div className="grid gap-3 lg:grid-cols-[2fr_1fr_1fr]">
        <fieldset className={box}>
          <legend className={legendClass}>
            {t("filters.jurisdictions")} <span className="font-normal text-slate-600">({count(filters.jurisdictions, domain.jurisdictions.length)})</span>
          </legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {domain.jurisdictions.map((code) => (
              <label key={code} className="flex items-center gap-1">
                <input
                  type="checkbox"
                  name="j"
                  value={code}
                  checked={isOn(filters.jurisdictions, code)}
                  disabled={isLast(filters.jurisdictions, code)}
                  onChange={(e) => set({ jurisdictions: toggle(filters.jurisdictions, domain.jurisdictions, code, e.target.checked) })}
                />
                {props.laneNames[code] ?? code}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className={box}>
          <legend className={legendClass}>{t("filters.statuses")}</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {STATUSES.map((s) => (
              <label key={s} className="flex items-center gap-1">
                <input
                  type="checkbox"
                  name="status"
                  value={s}
                  checked={isOn(filters.statuses, s)}
                  disabled={isLast(filters.statuses, s)}
                  onChange={(e) => set({ statuses: toggle<TimelineStatus>(filters.statuses, STATUSES, s, e.target.checked) })}
                />
                <MarkIcon kind={s} /> {t(`status.${s}`)}
              </label>
            ))}
          </div>
          <p className="mt-1 text-xs text-slate-600">{t("filters.statusHint")}</p>
        </fieldset>
        <fieldset className={box}>
          <legend className={legendClass}>
            {t("filters.from")} – {t("filters.to")}
          </legend>
          <div className="flex flex-wrap gap-3 text-sm">
            <span className="flex items-center gap-1">
              <label htmlFor="timeline-from">{t("filters.from")}</label>
              <select id="timeline-from" className="rounded border border-slate-300 bg-white px-1 py-0.5" name="from" value={filters.from} onChange={(e) => set({ from: Number(e.target.value), to: Math.max(filters.to, Number(e.target.value)) })}>
                {years.map((y) => <option key={y} value={y}>{y}</option>)}
              </select>
            </span>
            <span className="flex items-center gap-1">
              <label htmlFor="timeline-to">{t("filters.to")}</label>
              <select id="timeline-to" className="rounded border border-slate-300 bg-white px-1 py-0.5" name="to" value={filters.to} onChange={(e) => set({ to: Number(e.target.value), from: Math.min(filters.from, Number(e.target.value)) })}>
                {years.map((y) => <option key={y} value={y}>{y}</option>)}
              </select>
            </span>
          </div>
        </fieldset>
      </div>
      <details className={box}>
        <summary className="cursor-pointer text-sm font-medium">
          {t("filters.types")} <span className="font-normal text-slate-600">({count(filters.types, typeKeys.length)})</span>
        </summary>
        <fieldset className="mt-2">
          <legend className="sr-only">{t("filters.types")}</legend>
          <div className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-4">
            {domain.types.map((type) => (
              <label key={type.key} className="flex items-center gap-1">
                <input
                  type="checkbox"
                  name="type"
                  value={type.key}
                  checked={isOn(filters.types, type.key)}
                  disabled={isLast(filters.types, type.key)}
                  onChange={(e) => set({ types: toggle(filters.types, typeKeys, type.key, e.target.checked) })}
                />
                {type.key === "event" ? t("events") : localized(locale, type.label, type.labelZh)}
              </label>
            ))}
          </div>
        </fieldset>
      </details>
      <button
        type="button"
        className="rounded border border-slate-300 bg-white px-2 py-1 text-sm font-medium hover:bg-slate-100"
        onClick={() => onChange({ jurisdictions: [], types: [], statuses: [], from: domain.minYear, to: domain.maxYear })}
      >
        {t("filters.reset")}
      </button>
    </form>
  );
}
