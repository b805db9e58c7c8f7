"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { reportErrorAction, type ReportState } from "@/app/[locale]/(public)/methodology/actions";
import { REPORT_LIMITS } from "@/lib/validations/report-error";
import { useBrowserValue } from "@/lib/hooks/use-browser-value";
import { Button } from "@/components/ui/button";

const input = "mt-1 block w-full rounded border border-slate-400 px-2 py-1.5 text-sm";

type ReportFieldProps = {
  name: "page" | "message" | "contact";
  label: string;
  error?: string;
  maxLength: number;
  required?: boolean;
  defaultValue?: string;
  /** A text area of this many rows instead of a one-line input. */
  rows?: number;
  type?: "email";
};

/** A label around its control, the field's error under it and named as the control's description. */
function ReportField({ name, label, error, rows, type, ...control }: ReportFieldProps) {
  const errorId = `report-${name}-error`;
  const common = { name, className: input, "aria-invalid": Boolean(error), "aria-describedby": errorId, ...control };
  return (
    <label className="block text-sm font-medium">
      {label}
      {rows ? <textarea rows={rows} {...common} /> : <input type={type} {...common} />}
      {error && (
        <span id={errorId} className="text-sm text-red-800">
          {error}
        </span>
      )}
    </label>
  );
}

/** Report an error: which view, what is wrong, optionally how to reach you. Admins read reports in the audit log. */
export function ReportErrorForm() {
  const t = useTranslations("trust.report");
  const [state, action, pending] = useActionState<ReportState, FormData>(reportErrorAction, null);
  // The page the reader came from, when they followed a "report an error" link.
  const page = useBrowserValue(() => new URLSearchParams(window.location.search).get("page") ?? "", "");
  const err = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} className="max-w-2xl space-y-3" data-testid="report-error-form" noValidate>
      <ReportField key={page} name="page" label={t("page")} error={err.page} maxLength={REPORT_LIMITS.page} defaultValue={page} />
      <ReportField name="message" label={t("message")} error={err.message} maxLength={REPORT_LIMITS.message} required rows={5} />
      <ReportField name="contact" label={t("contact")} error={err.contact} maxLength={REPORT_LIMITS.contact} type="email" />
      <div className="hidden" aria-hidden>
        <label>
          Website
          <input name="website" tabIndex={-1} autoComplete="off" />
        </label>
      </div>
      <p className="text-xs text-slate-600">{t("privacy")}</p>
      <Button type="submit" variant="primary" disabled={pending}>
        {pending ? t("sending") : t("send")}
      </Button>
      <div role="status" aria-live="polite" data-testid="report-status">
        {state && <p className={state.ok ? "text-sm text-emerald-800" : "text-sm text-red-800"}>{state.message}</p>}
      </div>
    </form>
  );
}
