"use server";
import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn, signOut } from "@/lib/auth/auth";
import { routing } from "@/i18n/routing";
import { safeReturnPath } from "@/lib/http/return-path";

export type LoginState = { error?: "invalid" | "locked" | "delayed" | "badInput" | "generic"; email?: string };

const loginSchema = z.object({
  email: z.string().trim().email().max(254),
  password: z.string().min(1).max(128),
  locale: z.enum(routing.locales),
  next: z.string().max(1000).optional(),
});

export async function login(_prev: LoginState, form: FormData): Promise<LoginState> {
  const parsed = loginSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { error: "badInput", email: String(form.get("email") ?? "") };
  const { email, password, locale, next } = parsed.data;
  try {
    await signIn("credentials", { email, password, redirectTo: safeReturnPath(next) ?? `/${locale}` }); // same-site paths only: no open redirect
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code;
      // "locked": this address is locked (for this account or for all); "delayed": the account asks to wait.
      const refused = code === "locked" || code === "delayed" ? code : "invalid";
      return { error: error.type === "CredentialsSignin" ? refused : "generic", email };
    }
    throw error; // the redirect after a successful sign-in
  }
  return {};
}

export async function logout(form: FormData): Promise<void> {
  const locale = z.enum(routing.locales).catch("en").parse(form.get("locale"));
  await signOut({ redirectTo: `/${locale}` });
}
