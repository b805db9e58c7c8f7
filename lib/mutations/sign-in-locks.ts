import "server-only";
import { z } from "zod";
import { db } from "../db";
import { PermissionError, requirePermission } from "../auth/current-user";
import { describeKey } from "../auth/throttle";
import { writeAudit } from "./write-audit";

export type ClearLockResult = { ok: true; cleared: boolean } | { ok: false; code: "unauthorized" | "forbidden" | "invalid"; message: string };

const clearSchema = z.strictObject({
  key: z
    .string()
    .min(3)
    .max(600)
    .refine((k) => describeKey(k) !== null, "Not a sign-in throttle entry."),
});

/** An admin lifts one sign-in lock or delay (e.g. for a colleague behind an address that an attacker filled). */
export async function clearSignInLock(input: unknown, ctx: { ip?: string | null } = {}): Promise<ClearLockResult> {
  let actor;
  try {
    actor = await requirePermission("MANAGE_USERS");
  } catch (error) {
    if (error instanceof PermissionError) return { ok: false, code: error.status === 401 ? "unauthorized" : "forbidden", message: error.message };
    throw error;
  }
  const parsed = clearSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", message: "Unknown sign-in lock." };
  const { key } = parsed.data;
  const cleared = await db().$transaction(async (tx) => {
    const row = await tx.loginThrottle.findUnique({ where: { key } });
    if (!row) return false;
    await tx.loginThrottle.delete({ where: { key } });
    await writeAudit(tx, {
      actorId: actor.id,
      actorEmail: actor.email,
      action: "auth.throttle.clear",
      entityType: "LoginThrottle",
      entityId: key,
      ip: ctx.ip,
      detail: {
        ...describeKey(key),
        failures: row.failures,
        lockedUntil: row.lockedUntil?.toISOString() ?? null,
        nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
      },
    });
    return true;
  });
  return { ok: true, cleared };
}
