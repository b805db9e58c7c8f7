import "server-only";
import { db } from "../db";
import { writeAudit } from "../mutations/write-audit";
import { dummyPasswordHash, verifyPassword } from "./password";
import { accountKey, clearFailures, ipKey, lockedUntil, recordFailure, THROTTLE } from "./throttle";
import type { Role } from "./roles";

export type AuthResult =
  | { ok: true; user: { id: string; email: string; name: string; role: Role } }
  | { ok: false; reason: "invalid" | "locked"; until?: Date };

export async function authenticate(emailRaw: string, password: string, ip: string): Promise<AuthResult> {
  const client = db();
  const email = emailRaw.trim().toLowerCase();
  const keys = [accountKey(email), ipKey(ip)];
  const until = await lockedUntil(client, keys);
  if (until) {
    await writeAudit(client, { actorEmail: email, action: "auth.signin.locked", ip });
    return { ok: false, reason: "locked", until };
  }
  const user = await client.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, active: true, passwordHash: true },
  });
  const valid = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
  if (!user || !valid || !user.active) {
    await recordFailure(client, accountKey(email), THROTTLE.maxPerAccount);
    await recordFailure(client, ipKey(ip), THROTTLE.maxPerIp);
    await writeAudit(client, {
      actorId: user?.id,
      actorEmail: email,
      action: "auth.signin.failure",
      ip,
      detail: { reason: !user ? "unknown-account" : !user.active ? "inactive" : "bad-password" },
    });
    return { ok: false, reason: "invalid" };
  }
  await clearFailures(client, accountKey(email));
  await writeAudit(client, { actorId: user.id, actorEmail: email, action: "auth.signin.success", ip });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
