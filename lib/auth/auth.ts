import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { CLIENT_IP_HEADER, clientAddressHeaderWritten } from "../http/client-address";
import { z } from "zod";
import { authConfig } from "./auth.config";
import { authenticate } from "./authenticate";
import { env } from "../env";

class AccountLocked extends CredentialsSignin {
  code = "locked";
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

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  secret: env().AUTH_SECRET,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const result = await authenticate(parsed.data.email, parsed.data.password, await clientIp());
        if (result.ok) return result.user;
        if (result.reason === "locked") throw new AccountLocked();
        return null;
      },
    }),
  ],
});
