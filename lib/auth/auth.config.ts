// DB-free part of the Auth.js config (safe to import anywhere on the server). The callbacks that check the
// server-side session on every request live in auth.ts.
import type { NextAuthConfig } from "next-auth";

export const authConfig = {
  trustHost: true,
  // The cookie's own lifetime; the Session row's absolute expiry (lib/auth/sessions.ts) is what counts.
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
} satisfies NextAuthConfig;
