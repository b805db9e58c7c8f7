import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { CLIENT_IP_HEADER, clientAddressHeaderWritten } from "../http/client-address";
import { z } from "zod";
import { authConfig } from "./auth.config";
import { authenticate } from "./authenticate";
import { db } from "../db";
import { env } from "../env";
import { liveSessionUser, openSession, revokeSession } from "./sessions";
import type { Role } from "./roles";

class SignInRefused extends CredentialsSignin {
  constructor(code: "locked" | "delayed") {
    super();
    this.code = code;
  }
}

const credentialsSchema = z.object({
  email: z.string().trim().email().max(254),
  password: z.string().min(1).max(128),
});

/** The client's address as the production server determined it (lib/http/client-address.ts); "local" elsewhere. */
export async function clientIp(): Promise<string> {
  if (!clientAddressHeaderWritten()) return "local";
  return (await headers()).get(CLIENT_IP_HEADER) || "local";
}

type SignedInUser = { id: string; email: string; name: string; role: Role; sid: string; sessionExpiresAt: number };

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  secret: env().AUTH_SECRET,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const ip = await clientIp();
        const result = await authenticate(parsed.data.email, parsed.data.password, ip);
        if (!result.ok) {
          if (result.reason === "locked" || result.reason === "delayed") throw new SignInRefused(result.reason);
          return null;
        }
        const session = await openSession(db(), result.user.id, ip);
        return { ...result.user, sid: session.id, sessionExpiresAt: session.expiresAt.getTime() } satisfies SignedInUser;
      },
    }),
  ],
  callbacks: {
    // Runs on sign-in (with `user`) and on every later read of the session (auth(), /api/auth/session): the
    // cookie names a Session row, and a revoked or expired row, or an inactive user, makes the visitor anonymous
    // (returning null also clears the cookie). Role and name come fresh from the database each time.
    async jwt({ token, user }) {
      if (user) {
        const u = user as SignedInUser;
        return { sub: u.id, uid: u.id, sid: u.sid, sexp: u.sessionExpiresAt, role: u.role, name: u.name, email: u.email };
      }
      const live = await liveSessionUser(db(), token.sid as string | undefined);
      if (!live) return null;
      return { ...token, uid: live.id, role: live.role, name: live.name, email: live.email };
    },
    session({ session, token }) {
      // The session id stays in the signed cookie; the browser is told who is signed in and until when.
      const expires = typeof token.sexp === "number" ? new Date(token.sexp).toISOString() : session.expires;
      return {
        ...session,
        expires,
        user: { ...session.user, id: token.uid as string, role: token.role as Role, name: token.name, email: token.email as string },
      } as unknown as typeof session;
    },
  },
  events: {
    // Sign-out (the header's button, or POST /api/auth/signout) ends the session on the server, not only the cookie.
    async signOut(message) {
      const sid = "token" in message ? (message.token?.sid as string | undefined) : undefined;
      if (sid) await revokeSession(db(), sid, "sign-out");
    },
  },
});
