import "server-only";
// A reader's error report lands in the audit log (action "report.error"), where admins read it. No sign-in is
// needed, so each address may send only a few per hour; the attempt is counted (one atomic upsert) before the
// report is written.
import { db } from "../db";
import { writeAudit } from "./write-audit";
import type { ReportErrorInput } from "../validations/report-error";

export const REPORT_THROTTLE = { windowMs: 60 * 60 * 1000, max: 5 } as const;

export type ReportResult = { ok: true } | { ok: false; code: "rate-limited" };

/** Counts this address's report; false once it has sent `max` in the current window. */
async function reserve(ip: string, now: Date): Promise<boolean> {
  const key = `report:${ip}`;
  const row = await db().loginThrottle.upsert({
    where: { key },
    create: { key, failures: 1, windowStart: now },
    update: { failures: { increment: 1 } },
  });
  if (now.getTime() - row.windowStart.getTime() > REPORT_THROTTLE.windowMs) {
    await db().loginThrottle.update({ where: { key }, data: { failures: 1, windowStart: now } });
    return true;
  }
  return row.failures <= REPORT_THROTTLE.max;
}

export async function reportError(input: ReportErrorInput, ip: string, now = new Date()): Promise<ReportResult> {
  if (!(await reserve(ip, now))) return { ok: false, code: "rate-limited" };
  await writeAudit(db(), {
    action: "report.error",
    entityType: "Report",
    ip,
    detail: { page: input.page || null, message: input.message, contact: input.contact || null },
  });
  return { ok: true };
}
