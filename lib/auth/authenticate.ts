import "server-only";
import { db } from "../db";
import type { Db } from "../db-client";
import { writeAudit } from "../mutations/write-audit";
import { dummyPasswordHash, hashPassword, needsRehash, verifyPassword } from "./password";
import {
  accountKey,
  clearKey,
  delayAfterFailure,
  ipKey,
  lockIfFull,
  normalizeEmail,
  pairKey,
  pruneThrottle,
  releaseReservation,
  reserveAccount,
  reserveLockedKey,
  THROTTLE,
} from "./throttle";
import type { Role } from "./roles";

export type AuthResult =
  | { ok: true; user: { id: string; email: string; name: string; role: Role } }
  /** locked: this address (for this account, or for all) is locked; delayed: the account asks to wait a little. */
  | { ok: false; reason: "invalid" | "locked" | "delayed"; until?: Date };

type Refusal = { scope: "pair" | "address" | "account"; until: Date | null };

/**
 * Reserves the attempt on the pair, the address and the account, in that order; gives back what it took when a
 * later key refuses. Each reservation is one atomic statement, so no key lets more attempts be verified than its
 * limit, however many arrive at once.
 */
async function reserveAll(client: Db, email: string, ip: string, now: Date): Promise<Refusal | { pair: number; address: number; account: number }> {
  const keys = { pair: pairKey(email, ip), address: ipKey(ip), account: accountKey(email) };
  const pair = await reserveLockedKey(client, keys.pair, THROTTLE.pair, now);
  if (!pair.ok) return { scope: "pair", until: pair.until };
  const address = await reserveLockedKey(client, keys.address, THROTTLE.address, now);
  if (!address.ok) {
    await releaseReservation(client, keys.pair);
    return { scope: "address", until: address.until };
  }
  const account = await reserveAccount(client, keys.account, THROTTLE.account, now);
  if (!account.ok) {
    await releaseReservation(client, keys.pair);
    await releaseReservation(client, keys.address);
    return { scope: "account", until: account.until };
  }
  return { pair: pair.failures, address: address.failures, account: account.failures };
}

export async function authenticate(emailRaw: string, password: string, ip: string, now = new Date()): Promise<AuthResult> {
  const client = db();
  const email = normalizeEmail(emailRaw);
  const keys = { pair: pairKey(email, ip), address: ipKey(ip), account: accountKey(email) };

  const reserved = await reserveAll(client, email, ip, now);
  if ("scope" in reserved) {
    const delayed = reserved.scope === "account";
    await writeAudit(client, {
      actorEmail: email,
      action: delayed ? "auth.signin.delayed" : "auth.signin.locked",
      ip,
      detail: { scope: reserved.scope, until: reserved.until?.toISOString() ?? null },
    });
    return { ok: false, reason: delayed ? "delayed" : "locked", ...(reserved.until ? { until: reserved.until } : {}) };
  }

  let user: { id: string; email: string; name: string; role: Role; active: boolean; passwordHash: string } | null;
  let valid: boolean;
  try {
    user = await client.user.findUnique({
      where: { email },
      select: { id: true, email: true, name: true, role: true, active: true, passwordHash: true },
    });
    // Unknown accounts cost the same argon2id verification as known ones (no enumeration by timing).
    valid = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
  } catch (error) {
    // Nothing was verified: give the attempt back everywhere (and lift the account's hold).
    for (const key of Object.values(keys)) await releaseReservation(client, key);
    await client.loginThrottle.updateMany({ where: { key: keys.account }, data: { nextAttemptAt: null } });
    throw error;
  }

  if (!user || !valid || !user.active) {
    await lockIfFull(client, keys.pair, reserved.pair, THROTTLE.pair, now);
    await lockIfFull(client, keys.address, reserved.address, THROTTLE.address, now);
    await delayAfterFailure(client, keys.account, reserved.account, THROTTLE.account, now);
    await writeAudit(client, {
      actorId: user?.id,
      actorEmail: email,
      action: "auth.signin.failure",
      ip,
      detail: { reason: !user ? "unknown-account" : !user.active ? "inactive" : "bad-password" },
    });
    return { ok: false, reason: "invalid" };
  }

  // Success: the pair and the account start again from zero; the address only gets this attempt back (other
  // people's failures behind the same address still count).
  await clearKey(client, keys.pair);
  await clearKey(client, keys.account);
  await releaseReservation(client, keys.address);
  await pruneThrottle(client, now);
  if (needsRehash(user.passwordHash)) {
    // A legacy bcrypt hash (or older argon2 parameters): store argon2id now that the password is known. Only if
    // the hash is still the one verified, so that a password change made meanwhile wins.
    const passwordHash = await hashPassword(password);
    await client.user.updateMany({ where: { id: user.id, passwordHash: user.passwordHash }, data: { passwordHash } });
  }
  await writeAudit(client, { actorId: user.id, actorEmail: email, action: "auth.signin.success", ip });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
