"use client";
import { useId } from "react";
import { useTranslations } from "next-intl";
import { todayIso } from "@/lib/validations/curated-fields";
import { Button } from "@/components/ui/button";
import { CustomField } from "./custom-field";

type Props = { name: string; label: string; value: unknown; onChange: (v: string) => void; error?: string };

const DAY_MS = 24 * 60 * 60 * 1000;

/** When a curator last checked the record against its sources: a date, a "today" button and how long ago that was. */
export function LastCheckedField(props: Props) {
  const t = useTranslations("forms.lastChecked");
  const id = useId();
  const value = typeof props.value === "string" ? props.value : "";
  const today = todayIso();
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(value) && value <= today;
  const days = valid ? Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${value}T00:00:00Z`)) / DAY_MS) : null;
  return (
    <CustomField name={props.name} label={props.label} labelFor={`${id}-date`} errorId={`${id}-error`} error={props.error}>
      <div className="mt-1 flex flex-wrap items-center gap-2">
        <input
          id={`${id}-date`}
          type="date"
          name={props.name}
          max={today}
          value={value}
          onChange={(e) => props.onChange(e.target.value)}
          aria-invalid={Boolean(props.error)}
          aria-describedby={`${id}-help${props.error ? ` ${id}-error` : ""}`}
          className="rounded border border-slate-300 px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600"
          data-testid={`${props.name}-input`}
        />
        <Button aria-label={t("todayLabel")} onClick={() => props.onChange(today)}>
          {t("today")}
        </Button>
        {value && (
          <Button variant="link" className="text-slate-700" onClick={() => props.onChange("")}>
            {t("clear")}
          </Button>
        )}
      </div>
      <p id={`${id}-help`} className="mt-1 text-xs text-slate-600" data-testid={`${props.name}-status`}>
        {days !== null ? t("ago", { days }) : value ? "" : t("never")} · {t("help")}
      </p>
    </CustomField>
  );
}
