import { getTranslations } from "next-intl/server";
import { STATUSES, type TimelineDomain, type TimelineFilters } from "@/lib/charts/timeline-state";
import type { DateLocale } from "@/lib/format/dates";
import { localized } from "@/components/jurisdictions/localized";
import { MarkIcon } from "./timeline-marks";
import { TimelineFiltersApply } from "./timeline-filters-apply";

const box = "rounded border border-slate-200 p-2";
const legendClass = "px-1 text-sm font-medium";

/** One end of the year range: a labelled select over the years the data covers. */
function YearSelect({ name, label, years, value }: { name: "from" | "to"; label: string; years: number[]; value: number }) {
  return (
    <span className="flex items-center gap-1">
      <label htmlFor={`timeline-${name}`}>{label}</label>
      <select id={`timeline-${name}`} className="rounded border border-slate-300 bg-white px-1 py-0.5" name={name} defaultValue={value}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </span>
  );
}

/**
 * A plain GET form, rendered on the server with the URL's filters: it works without JavaScript (Apply), and
 * TimelineFiltersApply applies each change at once with a canonical URL. Its key is the query, so a navigation
 * (Back, a shared link) renders the boxes afresh from the URL.
 */
export async function TimelineFiltersForm(props: { domain: TimelineDomain; filters: TimelineFilters; laneNames: Record<string, string>; locale: DateLocale }) {
  const t = await getTranslations({ locale: props.locale, namespace: "timeline" });
  const { domain, filters, locale } = props;
  const typeKeys = domain.types.map((x) => x.key);
  const years = Array.from({ length: domain.maxYear - domain.minYear + 1 }, (_, k) => domain.minYear + k);
  const count = (selected: string[], total: number) => t("filters.selected", { count: selected.length || total, total });
  const isOn = (selected: string[], v: string) => !selected.length || selected.includes(v);
  // "Nothing selected" cannot be expressed (an empty list means all), so the last selected box stays checked (a
  // disabled box is not submitted: a hidden field carries its value).
  const isLast = (selected: string[], v: string) => selected.length === 1 && selected[0] === v;
  const path = `/${locale}/timeline`;

  return (
    <form
      id="timeline-filters"
      method="get"
      action={path}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-3"
      aria-label={t("filters.legend")}
    >
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
                  defaultChecked={isOn(filters.jurisdictions, code)}
                  disabled={isLast(filters.jurisdictions, code)}
                />
                {isLast(filters.jurisdictions, code) && <input type="hidden" name="j" value={code} />}
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
                <input type="checkbox" name="status" value={s} defaultChecked={isOn(filters.statuses, s)} disabled={isLast(filters.statuses, s)} />
                {isLast(filters.statuses, s) && <input type="hidden" name="status" value={s} />}
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
            <YearSelect name="from" label={t("filters.from")} years={years} value={filters.from} />
            <YearSelect name="to" label={t("filters.to")} years={years} value={filters.to} />
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
                <input type="checkbox" name="type" value={type.key} defaultChecked={isOn(filters.types, type.key)} disabled={isLast(filters.types, type.key)} />
                {isLast(filters.types, type.key) && <input type="hidden" name="type" value={type.key} />}
                {type.key === "event" ? t("events") : localized(locale, type.label, type.labelZh)}
              </label>
            ))}
          </div>
        </fieldset>
      </details>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="rounded border border-slate-300 bg-white px-2 py-1 text-sm font-medium hover:bg-slate-100">
          {t("filters.apply")}
        </button>
        <a href={path} className="rounded border border-slate-300 bg-white px-2 py-1 text-sm font-medium hover:bg-slate-100" data-testid="timeline-reset">
          {t("filters.reset")}
        </a>
      </div>
      <TimelineFiltersApply
        formId="timeline-filters"
        path={path}
        domain={{ jurisdictions: domain.jurisdictions, types: typeKeys, minYear: domain.minYear, maxYear: domain.maxYear }}
      />
    </form>
  );
}
