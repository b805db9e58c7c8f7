"use server";
import { getTranslations } from "next-intl/server";
import { clientIp } from "@/lib/auth/auth";
import { reportError } from "@/lib/mutations/report-error";
import { reportErrorSchema } from "@/lib/validations/report-error";

export type ReportState =
  { ok: true; message: string } | { ok: false; code: "invalid" | "rate-limited" | "error"; message: string; fieldErrors: Record<string, string> } | null;

const KNOWN = new Set(["pageTooLong", "messageTooShort", "messageTooLong", "contactInvalid", "unknownField"]);

/** The "report an error" form: parsed, throttled per address, then written to the audit log for admins. */
export async function reportErrorAction(_prev: ReportState, form: FormData): Promise<ReportState> {
  const t = await getTranslations("trust.report");
  const raw = Object.fromEntries([...form.entries()].filter(([k]) => !k.startsWith("$")).map(([k, v]) => [k, typeof v === "string" ? v : ""]));
  const parsed = reportErrorSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "form");
      const key = KNOWN.has(issue.message) ? issue.message : issue.code === "unrecognized_keys" ? "unknownField" : "invalidValue";
      fieldErrors[field] ??= t(`errors.${key}`);
    }
    return { ok: false, code: "invalid", message: t("errors.invalid"), fieldErrors };
  }
  try {
    const result = await reportError(parsed.data, await clientIp());
    if (!result.ok) return { ok: false, code: "rate-limited", message: t("errors.rateLimited"), fieldErrors: {} };
    return { ok: true, message: t("thanks") };
  } catch {
    return { ok: false, code: "error", message: t("errors.generic"), fieldErrors: {} };
  }
}
