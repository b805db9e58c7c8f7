// DB-free part of the Auth.js config (safe to import anywhere on the server).
import type { NextAuthConfig } from "next-auth";
import type { Role } from "./roles";

export const authConfig = {
  trustHost: true,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/en/login" },
  providers: [],
  logger: {
    // Failed sign-ins are expected and audited; don't print a stack trace for each.
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      console.error(error);
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = (user as { role?: Role }).role;
        // When this session began: a later password change ends it (checked in getCurrentUser).
        token.signedInAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = token.uid as string;
        (session.user as { role?: Role }).role = token.role as Role;
        (session.user as { signedInAt?: number }).signedInAt = token.signedInAt as number | undefined;
      }
      return session;
    },
  },
} satisfies NextAuthConfig;
