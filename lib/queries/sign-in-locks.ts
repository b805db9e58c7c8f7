import "server-only";
import { db } from "../db";
import { describeKey, THROTTLE, type ThrottleSubject } from "../auth/throttle";

export type SignInLockDto = {
  key: string;
  subject: ThrottleSubject | null;
  failures: number;
  windowStart: string;
  /** "locked": no attempt is verified until `until`; "delayed": the account's next attempt waits until `until`;
   *  "counting": failures within the window, below the limit. */
  status: "locked" | "delayed" | "counting";
  until: string | null;
};

const limitOf = (subject: ThrottleSubject | null) =>
  subject?.kind === "pair"
    ? THROTTLE.pair.max
    : subject?.kind === "address"
      ? THROTTLE.address.max
      : subject?.kind === "passwordChange"
        ? THROTTLE.passwordChange.max
        : null;

/** Every throttle entry that still has an effect or counts failures (oldest windows are left out), locks first. */
export async function listSignInLocks(now = new Date()): Promise<SignInLockDto[]> {
  const longestWindow = Math.max(THROTTLE.pair.windowMs, THROTTLE.address.windowMs, THROTTLE.account.windowMs, THROTTLE.passwordChange.windowMs);
  const rows = await db().loginThrottle.findMany({
    where: {
      OR: [{ lockedUntil: { gt: now } }, { nextAttemptAt: { gt: now } }, { windowStart: { gt: new Date(now.getTime() - longestWindow) }, failures: { gt: 0 } }],
    },
    select: { key: true, failures: true, windowStart: true, lockedUntil: true, nextAttemptAt: true },
    orderBy: [{ windowStart: "desc" }],
    take: 500,
  });
  const dtos = rows.map((row): SignInLockDto => {
    const subject = describeKey(row.key);
    const max = limitOf(subject);
    const locked = (row.lockedUntil && row.lockedUntil > now) || (max !== null && !row.lockedUntil && row.failures >= max);
    const delayed = !locked && row.nextAttemptAt && row.nextAttemptAt > now;
    return {
      key: row.key,
      subject,
      failures: row.failures,
      windowStart: row.windowStart.toISOString(),
      status: locked ? "locked" : delayed ? "delayed" : "counting",
      until: (locked ? row.lockedUntil : delayed ? row.nextAttemptAt : null)?.toISOString() ?? null,
    };
  });
  const rank = { locked: 0, delayed: 1, counting: 2 } as const;
  return dtos.sort((a, b) => rank[a.status] - rank[b.status]);
}
