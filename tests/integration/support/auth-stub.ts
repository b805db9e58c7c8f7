// Stands in for lib/auth/auth.ts in integration tests, so a test chooses who is acting. Only the session lookup
// is stubbed: the role checks re-read the user from the database as in production. Use it with
//   vi.mock("@/lib/auth/auth", () => import("./support/auth-stub"));
import { beforeEach } from "vitest";

/** The request's address as the stub reports it (audit rows record it). */
export const STUB_IP = "203.0.113.7";

/** Who is signed in (a user id, or nobody). */
export const session = { userId: null as string | null };

export const auth = async () => (session.userId ? { user: { id: session.userId } } : null);
export const clientIp = async () => STUB_IP;

/** Signs `user` in (null: signs out) until another test changes it. */
export function signIn(user: { id: string } | null) {
  session.userId = user?.id ?? null;
}

/**
 * A function that signs in one of `users` by its key (or signs out with null). With `signOutBeforeEach` (the
 * default) every test starts signed out.
 */
export function actingAs<U extends Record<string, { id: string }>>(users: U, { signOutBeforeEach = true } = {}) {
  if (signOutBeforeEach) beforeEach(() => void (session.userId = null));
  return (who: keyof U | null) => {
    session.userId = who === null ? null : users[who].id;
  };
}
