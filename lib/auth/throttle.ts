import "server-only";
import { Prisma } from "../generated/prisma/client";
import type { Db, Tx } from "../db-client";

// Sign-in throttling stored in the database, so that it holds across server instances. Designed after OWASP ASVS
// 2.2.1 (anti-automation that does not let an attacker lock the real user out):
//
// - per (account, address) pair: 5 failures within 15 minutes lock that pair for 15 minutes. This is what stops a
//   guesser at one address; the account's owner at any other address is not affected.
// - per account (any address): no lock, only a progressive delay. The first 10 failures within an hour are free;
//   from then on each failure makes the next attempt on the account wait 1 s, 2 s, 4 s … capped at 60 s. A
//   distributed guesser gets at most about 75 verified guesses an hour (ASVS asks for ≤ 100), and the real user
//   waits a minute at worst, never 15.
// - per address (any account): 100 failures within 15 minutes lock the address for 15 minutes (high, because many
//   people can share one address behind a NAT or proxy).
// - admins see every current entry at /admin/sign-in-locks and can clear one (audited).
//
// Counting is atomic: an attempt is reserved (one conditional INSERT … ON CONFLICT DO UPDATE … WHERE … RETURNING)
// before the password is verified, so parallel attempts cannot all pass the check before any failure is recorded.
// A reservation that turns out to be a success, or that another key refused, is given back.

const MINUTE = 60_000;
export const THROTTLE = {
  pair: { max: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE },
  address: { max: 100, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE },
  account: { free: 10, windowMs: 60 * MINUTE, baseDelayMs: 1_000, maxDelayMs: 60_000 },
  /** Wrong current passwords on the change-password form, per user. */
  passwordChange: { max: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE },
} as const;

export type LockRule = { max: number; windowMs: number; lockMs: number };
export type DelayRule = typeof THROTTLE.account;

export const normalizeEmail = (email: string) => email.trim().toLowerCase();
export const accountKey = (email: string) => `acct:${normalizeEmail(email)}`;
export const ipKey = (ip: string) => `ip:${ip}`;
// The address goes first: it never contains "|", an e-mail's local part may.
export const pairKey = (email: string, ip: string) => `pair:${ip}|${normalizeEmail(email)}`;

export type ThrottleSubject =
  | { kind: "pair"; email: string; address: string }
  | { kind: "account"; email: string }
  | { kind: "address"; address: string }
  | { kind: "passwordChange"; userId: string };

export function describeKey(key: string): ThrottleSubject | null {
  const at = key.indexOf(":");
  const [prefix, rest] = [key.slice(0, at), key.slice(at + 1)];
  if (prefix === "acct") return { kind: "account", email: rest };
  if (prefix === "ip") return { kind: "address", address: rest };
  if (prefix === "pwchange") return { kind: "passwordChange", userId: rest };
  if (prefix === "pair" && rest.includes("|")) {
    const bar = rest.indexOf("|");
    return { kind: "pair", address: rest.slice(0, bar), email: rest.slice(bar + 1) };
  }
  return null;
}

/** Delay before the next attempt after the n-th failure on an account within its window. */
export function accountDelayMs(failures: number, rule: DelayRule = THROTTLE.account): number {
  if (failures < rule.free) return 0;
  return Math.min(rule.baseDelayMs * 2 ** Math.min(failures - rule.free, 30), rule.maxDelayMs);
}

export type Reservation = { ok: true; failures: number } | { ok: false; until: Date | null };

const T = Prisma.raw(`"LoginThrottle"`);
const col = (name: string) => Prisma.raw(`"LoginThrottle"."${name}"`);

// Notes for both providers: dates are bound as parameters (SQLite stores Prisma's ISO-8601 text, PostgreSQL a
// timestamp; a bound Date compares correctly with either), and a date parameter only ever appears next to a column
// (in a comparison or a CASE with a column branch), so that PostgreSQL infers its type.

/**
 * Counts one attempt on `key` in one statement: a new row, or, where `allowed` holds, the count restarted (in a
 * `fresh` window) or raised by one, with `also` setting the rule's own column. Null when `allowed` refused it.
 */
async function countAttempt(db: Db | Tx, key: string, now: Date, fresh: Prisma.Sql, also: Prisma.Sql, allowed: Prisma.Sql): Promise<number | null> {
  const rows = await db.$queryRaw<{ failures: number }[]>`
    INSERT INTO ${T} ("key", "failures", "windowStart", "lockedUntil", "nextAttemptAt")
    VALUES (${key}, 1, ${now}, NULL, NULL)
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN ${fresh} THEN 1 ELSE ${col("failures")} + 1 END,
      "windowStart" = CASE WHEN ${fresh} THEN ${now} ELSE ${col("windowStart")} END,
      ${also}
    WHERE ${allowed}
    RETURNING "failures"`;
  return rows.length > 0 ? Number(rows[0].failures) : null;
}

/**
 * Reserves one attempt on a key that locks after `rule.max` failures: counts it as a failure in advance, unless
 * the key is locked. Returns the new count, or the lock's end (null while the attempt that filled it is running).
 */
export async function reserveLockedKey(db: Db | Tx, key: string, rule: LockRule, now = new Date()): Promise<Reservation> {
  const floor = new Date(now.getTime() - rule.windowMs);
  // A new window: the old one is over and unlocked, or its lock has run out.
  const fresh = Prisma.sql`((${col("lockedUntil")} IS NULL AND ${col("windowStart")} <= ${floor}) OR (${col("lockedUntil")} IS NOT NULL AND ${col("lockedUntil")} <= ${now}))`;
  const failures = await countAttempt(
    db,
    key,
    now,
    fresh,
    Prisma.sql`"lockedUntil" = CASE WHEN ${fresh} THEN NULL ELSE ${col("lockedUntil")} END`,
    Prisma.sql`${fresh} OR ${col("failures")} < ${rule.max}`,
  );
  if (failures !== null) return { ok: true, failures };
  const row = await db.loginThrottle.findUnique({ where: { key }, select: { lockedUntil: true } });
  return { ok: false, until: row?.lockedUntil ?? null };
}

/** After a verified failure: a key that reached its limit is locked from now for rule.lockMs. */
export async function lockIfFull(db: Db | Tx, key: string, failures: number, rule: LockRule, now = new Date()): Promise<Date | null> {
  if (failures < rule.max) return null;
  const until = new Date(now.getTime() + rule.lockMs);
  await db.loginThrottle.updateMany({ where: { key, lockedUntil: null }, data: { lockedUntil: until } });
  return until;
}

/**
 * Reserves one attempt on an account (progressive delay, never a lock). Once the count reaches `rule.free`, the
 * reservation also holds the account for rule.maxDelayMs, so that parallel attempts wait for this one's outcome;
 * delayAfterFailure then shortens the hold to the real delay.
 */
export async function reserveAccount(db: Db | Tx, key: string, rule: DelayRule = THROTTLE.account, now = new Date()): Promise<Reservation> {
  const floor = new Date(now.getTime() - rule.windowMs);
  const hold = new Date(now.getTime() + rule.maxDelayMs);
  const fresh = Prisma.sql`(${col("windowStart")} <= ${floor})`;
  const failures = await countAttempt(
    db,
    key,
    now,
    fresh,
    Prisma.sql`"nextAttemptAt" = CASE WHEN NOT ${fresh} AND ${col("failures")} + 1 >= ${rule.free} THEN ${hold} ELSE ${col("nextAttemptAt")} END`,
    Prisma.sql`${fresh} OR ${col("nextAttemptAt")} IS NULL OR ${col("nextAttemptAt")} <= ${now}`,
  );
  if (failures !== null) return { ok: true, failures };
  const row = await db.loginThrottle.findUnique({ where: { key }, select: { nextAttemptAt: true } });
  return { ok: false, until: row?.nextAttemptAt ?? null };
}

/** After a verified failure on an account: the next attempt waits accountDelayMs(failures). */
export async function delayAfterFailure(
  db: Db | Tx,
  key: string,
  failures: number,
  rule: DelayRule = THROTTLE.account,
  now = new Date(),
): Promise<Date | null> {
  const delay = accountDelayMs(failures, rule);
  if (delay === 0) return null;
  const next = new Date(now.getTime() + delay);
  await db.loginThrottle.updateMany({ where: { key }, data: { nextAttemptAt: next } });
  return next;
}

/** Gives a reservation back (a success, or an attempt that another key refused before it was verified). */
export async function releaseReservation(db: Db | Tx, key: string): Promise<void> {
  await db.loginThrottle.updateMany({ where: { key, failures: { gt: 0 } }, data: { failures: { decrement: 1 } } });
}

export async function clearKey(db: Db | Tx, key: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key } });
}

/** Rows whose window, lock and delay are long over (unknown e-mails leave one each). */
export async function pruneThrottle(db: Db | Tx, now = new Date()): Promise<void> {
  const dayAgo = new Date(now.getTime() - 24 * 60 * MINUTE);
  await db.loginThrottle.deleteMany({
    where: {
      windowStart: { lt: dayAgo },
      OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
      AND: [{ OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lt: now } }] }],
    },
  });
}
