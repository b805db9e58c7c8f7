"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { reportErrorAction, type ReportState } from "@/app/[locale]/(public)/methodology/actions";
import { REPORT_LIMITS } from "@/lib/validations/report-error";
import { useBrowserValue } from "@/lib/hooks/use-browser-value";
import { Button } from "@/components/ui/button";

const input = "mt-1 block w-full rounded border border-slate-400 px-2 py-1.5 text-sm";

/** Report an error: which view, what is wrong, optionally how to reach you. Admins read reports in the audit log. */
export function ReportErrorForm() {
  const t = useTranslations("trust.report");
  const [state, action, pending] = useActionState<ReportState, FormData>(reportErrorAction, null);
  // The page the reader came from, when they followed a "report an error" link.
  const page = useBrowserValue(() => new URLSearchParams(window.location.search).get("page") ?? "", "");
  const err = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} className="max-w-2xl space-y-3" data-testid="report-error-form" noValidate>
      <label className="block text-sm font-medium">
        {t("page")}
        <input
          name="page"
          className={input}
          maxLength={REPORT_LIMITS.page}
          defaultValue={page}
          key={page}
          aria-invalid={Boolean(err.page)}
          aria-describedby="report-page-error"
        />
        {err.page && (
          <span id="report-page-error" className="text-sm text-red-800">
            {err.page}
          </span>
        )}
      </label>
      <label className="block text-sm font-medium">
        {t("message")}
        <textarea
          name="message"
          required
          rows={5}
          className={input}
          maxLength={REPORT_LIMITS.message}
          aria-invalid={Boolean(err.message)}
          aria-describedby="report-message-error"
        />
        {err.message && (
          <span id="report-message-error" className="text-sm text-red-800">
            {err.message}
          </span>
        )}
      </label>
      <label className="block text-sm font-medium">
        {t("contact")}
        <input
          name="contact"
          type="email"
          className={input}
          maxLength={REPORT_LIMITS.contact}
          aria-invalid={Boolean(err.contact)}
          aria-describedby="report-contact-error"
        />
        {err.contact && (
          <span id="report-contact-error" className="text-sm text-red-800">
            {err.contact}
          </span>
        )}
      </label>
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
