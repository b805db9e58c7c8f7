// "Report an error" against a migrated SQLite database: a report lands in the audit log as report.error with what
// the reader wrote, input is parsed strictly, and one address is limited to a few reports an hour.
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.DATABASE_URL = `file:${process.env.TMPDIR ?? "/tmp"}/govatlas-report-test-${process.pid}-${Date.now()}.db`;
});

import { db } from "@/lib/db";
import { REPORT_THROTTLE, reportError } from "@/lib/mutations/report-error";
import { reportErrorSchema } from "@/lib/validations/report-error";
import { useMigratedDatabase } from "./support/database";

useMigratedDatabase();

describe("report an error", () => {
  it("records the report in the audit log where admins read it", async () => {
    const input = reportErrorSchema.parse({ page: "/en/compare?j=EU,US", message: "The EU stance changed in 2026.", contact: "" });
    expect(await reportError(input, "203.0.113.5")).toEqual({ ok: true });
    const row = await db().auditLog.findFirstOrThrow({ where: { action: "report.error" }, orderBy: { createdAt: "desc" } });
    expect(row).toMatchObject({ action: "report.error", entityType: "Report", ip: "203.0.113.5", actorId: null });
    expect(row.detail).toEqual({ page: "/en/compare?j=EU,US", message: "The EU stance changed in 2026.", contact: null });
  });

  it("refuses too-short, oversized, unknown and bot-filled input with named problems", () => {
    const problems = (raw: unknown) => {
      const r = reportErrorSchema.safeParse(raw);
      return r.success ? [] : r.error.issues.map((i) => i.message);
    };
    expect(problems({ message: "short" })).toEqual(["messageTooShort"]);
    expect(problems({ message: "x".repeat(2001) })).toEqual(["messageTooLong"]);
    expect(problems({ message: "A real description", contact: "not-an-email" })).toEqual(["contactInvalid"]);
    expect(problems({ message: "A real description", website: "http://spam" })).toEqual(["unknownField"]);
    expect(reportErrorSchema.safeParse({ message: "A real description", admin: true }).success).toBe(false);
  });

  it("allows a few reports per address an hour, then refuses without writing, and starts again after the hour", async () => {
    const input = reportErrorSchema.parse({ message: "Wrong date on the timeline." });
    const ip = "198.51.100.7";
    const t0 = new Date("2026-12-04T10:00:00Z");
    const before = await db().auditLog.count({ where: { action: "report.error", ip } });
    const results = [];
    for (let i = 0; i < REPORT_THROTTLE.max + 2; i++) results.push((await reportError(input, ip, t0)).ok);
    expect(results).toEqual([...Array(REPORT_THROTTLE.max).fill(true), false, false]);
    expect(await db().auditLog.count({ where: { action: "report.error", ip } })).toBe(before + REPORT_THROTTLE.max);
    // Another address is not affected.
    expect(await reportError(input, "198.51.100.8", t0)).toEqual({ ok: true });
    // After the window the address may report again.
    expect(await reportError(input, ip, new Date(t0.getTime() + REPORT_THROTTLE.windowMs + 1000))).toEqual({ ok: true });
  });
});
