// Stands in for lib/auth/auth.ts as it answers: the user of a live Session row, else nobody. Sessions are real
// rows (made on a user's first request), so revocation by the mutations is what ends them here too. Use it with
//   vi.mock("@/lib/auth/auth", () => import("./support/session-auth"));
// after DATABASE_URL is set (in `vi.hoisted`).
import { db } from "@/lib/db";
import { createSession, liveSessionUser } from "@/lib/auth/sessions";

/** Who is acting, and the server-side session each user "signed in" with. */
export const session = { userId: null as string | null, sids: new Map<string, string>() };

export async function auth() {
  if (!session.userId) return null;
  let sid = session.sids.get(session.userId);
  if (!sid) session.sids.set(session.userId, (sid = await createSession(db(), session.userId, "192.0.2.1")));
  const user = await liveSessionUser(db(), sid);
  return user ? { user } : null;
}

/** The user signs in again: a new session. */
export const signInAgain = (id: string) => session.sids.delete(id);
