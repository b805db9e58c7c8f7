"use client";
import { useId, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { CustomField } from "./custom-field";
import { AMOUNT_UNITS, amountPreview, bestUnit, isCurrencyCode, toFullUnits, type AmountUnit } from "@/lib/validations/amount-units";

type Props = {
  name: string;
  label: string;
  /** The stored value in full units ("200000000000"), or "" / null. */
  value: unknown;
  currency: unknown;
  onChange: (full: string) => void;
  error?: string;
};

/**
 * An amount typed as a number and a unit ("200" + billion), stored in full units exactly as before
 * ("200000000000"), with a live preview in the figure's currency and the reader's language.
 */
export function AmountField(props: Props) {
  const t = useTranslations("forms.amount");
  const locale = useLocale();
  const id = useId();
  const stored = props.value === null || props.value === undefined ? "" : String(props.value);
  // An existing amount opens in its best unit ("28100000000" → 28.1 billion).
  const [state, setState] = useState(() => (stored ? bestUnit(stored) : { text: "", unit: "1000000000" as AmountUnit }));
  const full = state.text.trim() ? toFullUnits(state.text, state.unit) : "";
  const preview = full ? amountPreview(full, typeof props.currency === "string" ? props.currency : null, locale) : null;
  const hasCurrency = isCurrencyCode(typeof props.currency === "string" ? props.currency.trim().toUpperCase() : null);
  const notANumber = state.text.trim() !== "" && full === null;

  function update(text: string, unit: AmountUnit) {
    setState({ text, unit });
    // Not a number: pass the text on as typed, so that validation refuses it instead of dropping it silently.
    props.onChange(text.trim() === "" ? "" : (toFullUnits(text, unit) ?? text.trim()));
  }

  const errorId = `${id}-error`;
  const invalid = Boolean(props.error) || notANumber;
  return (
    <CustomField name={props.name} label={props.label} errorId={errorId} error={notANumber ? t("notANumber") : props.error}>
      <div className="mt-1 flex gap-2">
        <input
          name={`${props.name}Number`}
          inputMode="decimal"
          autoComplete="off"
          value={state.text}
          onChange={(e) => update(e.target.value, state.unit)}
          aria-label={t("number", { field: props.label })}
          aria-invalid={invalid}
          aria-describedby={`${id}-preview${invalid ? ` ${errorId}` : ""}`}
          className="w-full min-w-0 rounded border border-slate-300 px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600"
          data-testid={`${props.name}-number`}
        />
        <select
          name={`${props.name}Unit`}
          value={state.unit}
          onChange={(e) => update(state.text, e.target.value as AmountUnit)}
          aria-label={t("unit", { field: props.label })}
          className="rounded border border-slate-300 px-2 py-1.5 text-sm"
          data-testid={`${props.name}-unit`}
        >
          {AMOUNT_UNITS.map((u) => (
            <option key={u} value={u}>
              {t(`units.${u}`)}
            </option>
          ))}
        </select>
        {/* What the form stores: the amount in full units. */}
        <input type="hidden" name={props.name} value={full ?? ""} />
      </div>
      <p id={`${id}-preview`} className="mt-1 text-sm text-slate-700" aria-live="polite" data-testid={`${props.name}-preview`}>
        {preview && (
          <>
            {t("preview", { value: preview.compact })}{" "}
            <span className="text-slate-600">
              ({t("exact", { value: preview.exact })}){hasCurrency ? "" : ` · ${t("noCurrency")}`}
            </span>
          </>
        )}
      </p>
    </CustomField>
  );
}
